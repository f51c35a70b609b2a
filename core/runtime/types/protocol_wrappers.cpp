// Dunder methods for the number/sequence/mapping/iterator slots of the
// built-in value types (int.__add__, list.__len__, dict.__getitem__, ...), so
// `(5).__add__(3)`, `list.__getitem__(l, 0)` and `super().__getitem__(k)` in
// a subclass work as in CPython. Each wrapper calls the slot of the type that
// defines the method (native_owner(), like klass.cpp's slot wrappers), never
// the most-derived type's, so a subclass override does not recurse.
#include "runtime/errors.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"

namespace ls::rt {

namespace {

// Slot wrappers check their arguments as CPython's check_num_args does.
bool wrapper_nargs(CallArgs a, const char* name, uint32_t n) {
  if (a.nkw()) {
    raisef(&TypeError_type, "wrapper %s() takes no keyword arguments", name);
    return false;
  }
  if (a.nargs == n) return true;
  raisef(&TypeError_type, "expected %u argument%s, got %u", n, n == 1 ? "" : "s", a.nargs);
  return false;
}

Type* owner(const Value& self) {
  Type* t = native_owner();
  return t ? t : type_of(self);
}

template <BinOp op, bool reflected>
Value w_binop(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, reflected ? "__r__" : "__op__", 1)) return Value();
  auto slot = owner(self)->binop[size_t(op)];
  if (!slot) return NotImplemented();
  return reflected ? slot(a[0], self) : slot(self, a[0]);
}

template <UnOp op>
Value w_unop(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__unary__", 0)) return Value();
  auto slot = owner(self)->unop[size_t(op)];
  if (!slot) return unary_op(self, op);
  return slot(self);
}

Value w_len(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__len__", 0)) return Value();
  int64_t n = owner(self)->len(self);
  return n < 0 ? Value() : Int(n);
}
Value w_bool(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__bool__", 0)) return Value();
  int r = owner(self)->truth(self);
  return r < 0 ? Value() : Bool(r);
}
Value w_getitem(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__getitem__", 1)) return Value();
  return owner(self)->getitem(self, a[0]);
}
Value w_setitem(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__setitem__", 2)) return Value();
  return owner(self)->setitem(self, a[0], a[1]) ? None() : Value();
}
Value w_delitem(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__delitem__", 1)) return Value();
  return owner(self)->setitem(self, a[0], Value()) ? None() : Value();
}
Value w_contains(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__contains__", 1)) return Value();
  int r = owner(self)->contains(self, a[0]);
  return r < 0 ? Value() : Bool(r);
}
Value w_iter(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__iter__", 0)) return Value();
  return owner(self)->iter(self);
}
Value w_next(const Value& self, CallArgs a) {
  if (!wrapper_nargs(a, "__next__", 0)) return Value();
  Value r = owner(self)->next(self);
  if (!r && !pending()) {
    Value e = call(Value::borrow(&StopIteration_type), {});
    if (e) set_pending(e);
  }
  return r;
}

struct BinName {
  BinOp op;
  const char* fwd;
  const char* rev;
  NativeFn f;
  NativeFn r;
};

#define BN(OP, F, R) {BinOp::OP, F, R, w_binop<BinOp::OP, false>, w_binop<BinOp::OP, true>}
const BinName kBinNames[] = {
    BN(Add, "__add__", "__radd__"),           BN(Sub, "__sub__", "__rsub__"),
    BN(Mul, "__mul__", "__rmul__"),           BN(TrueDiv, "__truediv__", "__rtruediv__"),
    BN(FloorDiv, "__floordiv__", "__rfloordiv__"), BN(Mod, "__mod__", "__rmod__"),
    BN(Pow, "__pow__", "__rpow__"),           BN(And, "__and__", "__rand__"),
    BN(Or, "__or__", "__ror__"),              BN(Xor, "__xor__", "__rxor__"),
    BN(LShift, "__lshift__", "__rlshift__"),  BN(RShift, "__rshift__", "__rrshift__"),
};
#undef BN

}  // namespace

void add_protocol_wrappers(Type* t) {
  auto has = [&](const char* n) { return t->dict && dict_get_str(t->dict.get(), intern(n)); };
  auto add = [&](const char* n, NativeFn fn) {
    if (!has(n)) add_method(t, n, fn);
  };
  // Sequences (str/list/tuple/bytes) have no __radd__, like CPython.
  bool sequence = t->getitem && t->len && t->binop[size_t(BinOp::Add)] && !t->unop[size_t(UnOp::Neg)];
  for (const BinName& b : kBinNames) {
    if (!t->binop[size_t(b.op)]) continue;
    add(b.fwd, b.f);
    bool seq_forward_only = sequence && b.op == BinOp::Add;
    if (!seq_forward_only) add(b.rev, b.r);
  }
  if (t->unop[size_t(UnOp::Neg)]) add("__neg__", w_unop<UnOp::Neg>);
  if (t->unop[size_t(UnOp::Pos)]) add("__pos__", w_unop<UnOp::Pos>);
  if (t->unop[size_t(UnOp::Invert)]) add("__invert__", w_unop<UnOp::Invert>);
  if (t->truth) add("__bool__", w_bool);
  if (t->len) add("__len__", w_len);
  if (t->getitem) add("__getitem__", w_getitem);
  if (t->setitem) {
    add("__setitem__", w_setitem);
    add("__delitem__", w_delitem);
  }
  if (t->contains) add("__contains__", w_contains);
  if (t->iter) add("__iter__", w_iter);
  if (t->next) add("__next__", w_next);
}

void add_iterator_wrappers(Type* t) {
  if (!t->iter || !t->next) return;
  auto add = [&](const char* n, NativeFn fn) {
    if (!t->dict || !dict_get_str(t->dict.get(), intern(n))) add_method(t, n, fn);
  };
  add("__iter__", w_iter);
  add("__next__", w_next);
}

}  // namespace ls::rt
