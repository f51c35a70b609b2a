// init_runtime(): the order matters -- object/type slots first (every other
// type inherits from them when it is readied), then the value types, then the
// types whose methods are written against them.
#include "runtime/runtime.h"

#include "runtime/heap.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/types/init_types.h"

namespace ls::rt {

void init_klass_types();
void init_function_types();
void init_exception_types();
void init_gen_types();
void init_module_type();
void init_interp_types();
void init_sys_types();
void add_slot_wrappers(Type* t);
extern Type super_type, traceback_type;

void init_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  Heap* saved = current_heap();
  set_current_heap(nullptr);
  init_klass_types();
  init_function_types();
  init_core_types();
  init_exception_types();
  init_gen_types();
  init_module_type();
  init_interp_types();
  init_sys_types();
  Type* with_wrappers[] = {&object_type, &type_type, &BaseException_type, &int_type, &float_type, &str_type,
                           &bytes_type, &tuple_type, &list_type, &dict_type, &set_type, &frozenset_type,
                           &bool_type, &range_type, &function_type, &property_type, &super_type};
  for (Type* t : with_wrappers) add_slot_wrappers(t);
  set_current_heap(saved);
}

}  // namespace ls::rt
