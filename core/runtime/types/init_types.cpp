// One-time registration of the built-in types this layer defines. Called once
// at startup before any session heap exists, so every object made here
// (type dicts, method descriptors, interned names) is global and immortal.
#include "runtime/types/init_types.h"

#include "runtime/heap.h"
#include "runtime/object.h"
#include "runtime/types/complex.h"
#include "runtime/types/containers.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"

namespace ls::rt {

void init_str();         // str.cpp (+ str_methods.cpp)
void init_number();      // number.cpp
void init_containers();  // containers.cpp
void init_builtin_iter_types();  // builtins_functions.cpp

void ready_static_type(Type* t) {
  type_ready(t);
  add_iterator_wrappers(t);  // every built-in iterator has __iter__/__next__
  if (t->dict) t->dict->refcnt = kImmortal;
  if (t->bases) t->bases->refcnt = kImmortal;
}

void init_core_types() {
  static bool done = false;
  if (done) return;
  done = true;
  Heap* h = current_heap();
  set_current_heap(nullptr);
  init_str();
  init_number();
  init_complex();
  init_containers();
  init_builtin_iter_types();
  for (Type* t : {&int_type, &float_type, &str_type, &bytes_type, &bytearray_type, &tuple_type, &list_type, &dict_type, &set_type,
                  &frozenset_type, &range_type})
    add_protocol_wrappers(t);
  set_current_heap(h);
}

}  // namespace ls::rt
