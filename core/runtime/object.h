// The object model: type objects with C++ slots, and the generic operations
// (repr, hash, compare, attribute access, call, iteration) every other file uses.
// Mirrors CPython's PyTypeObject/abstract.c split: a type fills the slots it
// implements natively; classes written in Python get slots that look up the
// dunder method (types/klass.cpp), so `a + b` costs one indirect call for
// builtins and behaves exactly like CPython for user classes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/heap.h"
#include "runtime/value.h"

namespace ls::rt {

struct Str;
struct Tuple;
struct Dict;

// Arguments of a call, CPython's CALL convention: `nargs` counts ALL values in
// `v` -- the positional values followed by one value per name in `kwnames`
// (null when there are no keywords). So there are npos() = nargs - nkw()
// positional arguments and keyword value i is kw(i) = v[npos() + i]
// (this is what the VM, bind_args and parse_args implement).
struct CallArgs {
  const Value* v = nullptr;
  uint32_t nargs = 0;
  Tuple* kwnames = nullptr;
  uint32_t nkw() const;
  uint32_t npos() const { return nargs - nkw(); }
  const Value& kw(uint32_t i) const { return v[npos() + i]; }
  const Value& operator[](uint32_t i) const { return v[i]; }
};

enum class CmpOp : uint8_t { LT, LE, EQ, NE, GT, GE };
// Order matches the compiler's BINARY_OP argument (CPython's NB_* order).
enum class BinOp : uint8_t {
  Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor, Count
};
enum class UnOp : uint8_t { Neg, Pos, Invert };

using VisitFn = void (*)(Object* child, void* ctx);

enum TypeFlags : uint32_t {
  kHeapType = 1 << 0,      // created by a class statement
  kBaseType = 1 << 1,      // may be subclassed
  kHasDict = 1 << 2,       // instances carry a __dict__
  kIsAbstractIter = 1 << 3,
  kCoroutineObject = 1 << 4,  // instances derive from CoroutineObject (interp.h)
};

struct Type : Object {
  std::string name;  // tp_name: "int", "_asyncio.Task", "coroutine"
  Ref<Str> name_str, qualname, module;  // __name__, __qualname__, __module__
  Type* base = nullptr;
  std::vector<Type*> mro;  // self first
  Ref<Tuple> bases;
  Ref<Dict> dict;
  uint32_t flags = 0;
  uint32_t version = 0;  // bumped when the dict of this type or a base changes

  // Lifetime.
  void (*dealloc)(Object*) = nullptr;
  void (*traverse)(Object*, VisitFn, void*) = nullptr;
  void (*clear)(Object*) = nullptr;
  // Construction: type(...) calls new_ then init.
  Value (*new_)(Type* t, CallArgs a) = nullptr;
  Value (*init)(Value self, CallArgs a) = nullptr;  // returns None or null
  // Protocols.
  Value (*repr)(const Value& self) = nullptr;
  Value (*str)(const Value& self) = nullptr;
  bool (*hash)(const Value& self, int64_t* out) = nullptr;
  Value (*richcompare)(const Value& a, const Value& b, CmpOp op) = nullptr;
  Value (*binop[size_t(BinOp::Count)])(const Value& a, const Value& b) = {};
  Value (*unop[3])(const Value& a) = {};
  int (*truth)(const Value& self) = nullptr;      // -1 error
  int64_t (*len)(const Value& self) = nullptr;    // -1 error
  Value (*getattr)(const Value& self, Str* name) = nullptr;
  bool (*setattr)(const Value& self, Str* name, const Value& v) = nullptr;  // null v: delete
  Value (*call)(const Value& self, CallArgs a) = nullptr;
  Value (*iter)(const Value& self) = nullptr;
  // Returns null with no exception set when exhausted (fast StopIteration).
  Value (*next)(const Value& self) = nullptr;
  Value (*getitem)(const Value& self, const Value& key) = nullptr;
  bool (*setitem)(const Value& self, const Value& key, const Value& v) = nullptr;  // null v: del
  int (*contains)(const Value& self, const Value& item) = nullptr;  // -1 error
  Value (*descr_get)(const Value& descr, const Value& obj, const Value& type) = nullptr;
  bool (*descr_set)(const Value& descr, const Value& obj, const Value& v) = nullptr;
  bool is_data_descr = false;
};

// The attribute dict of an object (Object::dict), created on first use when
// the type allows one (kHasDict). Borrowed; null if none.
Dict* instance_dict(Object* o, bool create);

// ---- the built-in type objects (immortal, shared by all sessions) ----
extern Type type_type, object_type, none_type, bool_type, int_type, float_type,
    str_type, bytes_type, tuple_type, list_type, dict_type, set_type, frozenset_type,
    function_type, builtin_function_type, method_type, code_type, cell_type,
    module_type, range_type, slice_type, not_implemented_type, ellipsis_type,
    property_type, staticmethod_type, classmethod_type, generator_type,
    coroutine_type, async_generator_type, frame_type;

// Singletons.
extern Object none_obj, true_obj, false_obj, not_implemented_obj, ellipsis_obj;
inline Value None() { return Value::borrow(&none_obj); }
inline Value True() { return Value::borrow(&true_obj); }
inline Value False() { return Value::borrow(&false_obj); }
inline Value Bool(bool b) { return b ? True() : False(); }
inline Value NotImplemented() { return Value::borrow(&not_implemented_obj); }
inline bool is_none(const Value& v) { return v.is(&none_obj); }

// ---- type queries ----
inline Type* type_of(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::Int: return &int_type;
    case Value::Tag::Float: return &float_type;
    case Value::Tag::Obj: return v.obj()->type;
    case Value::Tag::Null: return nullptr;
  }
  return nullptr;
}
bool is_subtype(Type* t, Type* base);
inline bool isinstance(const Value& v, Type* t) { return is_subtype(type_of(v), t); }
inline bool is_exact(const Value& v, Type* t) { return v.is_obj() && v.obj()->type == t; }
bool is_int_like(const Value& v);  // int or bool or subclass (not float)
std::string_view type_name(const Value& v);  // "int", "NoneType", user class __name__

// Allocate a new object of C++ type T and Python type `t`; charged to the heap.
template <class T, class... Args>
T* make_object(Type* t, Args&&... args) {
  void* mem = heap_alloc(sizeof(T));
  T* o = new (mem) T(std::forward<Args>(args)...);
  o->type = t;
  o->alloc_size = sizeof(T);
  if (t->flags & kHeapType) t->incref();
  heap_track(o);
  return o;
}
// The dealloc every C++ object type uses: run the destructor, free the memory.
template <class T>
void dealloc_as(Object* o) {
  heap_untrack(o);
  Type* t = o->type;
  uint32_t size = o->alloc_size;
  T* self = static_cast<T*>(o);  // T may have a vtable before its Object base
  void* mem = static_cast<void*>(self);
  self->~T();
  heap_free(mem, size);
  if (t->flags & kHeapType) t->decref();
}

// ---- generic operations (abstract.c). null result = exception pending ----
Value repr(const Value& v);
Value str(const Value& v);
std::string repr_utf8(const Value& v);  // for internal messages; never fails (falls back)
bool hash(const Value& v, int64_t* out);
Value richcompare(const Value& a, const Value& b, CmpOp op);
int richcompare_bool(const Value& a, const Value& b, CmpOp op);  // -1 error; identity shortcut for EQ/NE
Value binary_op(const Value& a, const Value& b, BinOp op);
Value inplace_op(const Value& a, const Value& b, BinOp op);
Value unary_op(const Value& a, UnOp op);
int truthy(const Value& v);  // -1 error
Value getattr(const Value& v, Str* name);
Value getattr(const Value& v, std::string_view name);
// Like getattr but returns null WITHOUT an exception when the attribute is missing.
Value getattr_opt(const Value& v, Str* name);
bool setattr(const Value& v, Str* name, const Value& val);
bool delattr(const Value& v, Str* name);
Value call(const Value& f, CallArgs a);
Value call(const Value& f, std::initializer_list<Value> args);
Value call_method(const Value& self, std::string_view name, std::initializer_list<Value> args);
Value get_iter(const Value& v);
Value iter_next(const Value& it);  // null + no exception = exhausted
Value getitem(const Value& v, const Value& key);
bool setitem(const Value& v, const Value& key, const Value& val);
bool delitem(const Value& v, const Value& key);
int contains(const Value& container, const Value& item);
int64_t length(const Value& v);  // -1 error

// Type attribute lookup along the MRO (borrowed result, no exception).
Object* type_lookup(Type* t, Str* name);
Value type_lookup_value(Type* t, Str* name);
// True when the result of type_lookup_value(t, name) stays valid exactly as
// long as g_type_epoch is unchanged (every dict on t's MRO is watched), so a
// cache keyed by (t, epoch) may keep it (the VM's per-instruction caches).
bool type_lookup_cacheable(Type* t, Str* name);

// Generic attribute access used by most types: data descriptors on the type,
// then the instance dict, then other type attributes (bound if descriptors).
Value generic_getattr(const Value& self, Str* name);
bool generic_setattr(const Value& self, Str* name, const Value& v);

// Registers `t` (static type) once: fills mro, dict, name objects.
void type_ready(Type* t);

}  // namespace ls::rt
