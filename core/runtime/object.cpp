// Generic object operations (CPython's Objects/abstract.c and object.c): the
// functions every other file calls to repr, hash, compare, combine, index,
// iterate and call values, dispatching through type slots.
#include "runtime/object.h"

#include <cinttypes>
#include <cstdio>

#include "runtime/builtin_docs.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/version_table.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/str.h"

namespace ls::rt {

void dealloc_object(Object* o) {
  if (o->refcnt < 0) o->refcnt = 0;
  if (o->dict) {
    Object* d = o->dict;
    o->dict = nullptr;
    d->decref();
  }
  o->type->dealloc(o);
}

uint32_t CallArgs::nkw() const { return kwnames ? uint32_t(kwnames->size()) : 0; }

bool is_subtype(Type* t, Type* base) {
  if (t == base) return true;
  if (!t) return false;
  if (!t->mro.empty()) {
    for (Type* m : t->mro)
      if (m == base) return true;
    return false;
  }
  for (Type* b = t->base; b; b = b->base)
    if (b == base) return true;
  return base == &object_type;
}

bool is_int_like(const Value& v) {
  return v.is_small_int() || (v.is_obj() && is_subtype(v.obj()->type, &int_type));
}

std::string_view type_name(const Value& v) {
  Type* t = type_of(v);
  if (!t) return "NULL";
  if (t->flags & kHeapType) return t->name_str->s;
  std::string_view n = t->name;
  size_t dot = n.rfind('.');
  return dot == std::string_view::npos ? n : n.substr(dot + 1);
}

Dict* instance_dict(Object* o, bool create) {
  if (!(o->type->flags & kHasDict)) return nullptr;  // (__slots__ values live in o->dict)
  if (!o->dict && create) o->dict = new_dict().release();
  return static_cast<Dict*>(o->dict);
}

// ---------------------------------------------------------------- repr / str

static Value default_repr(const Value& v) {
  Type* t = type_of(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.obj()));
  std::string s = "<";
  if (t->flags & kHeapType) {
    Value mod = t->module ? t->module.value() : Value();
    if (mod && is_str(mod) && sv(mod) != "builtins") {
      s += sv(mod);
      s += ".";
    }
    s += t->qualname ? std::string(t->qualname->s) : std::string(t->name_str->s);
  } else {
    s += t->name;
  }
  s += buf;
  return str_value(s);
}

Value repr(const Value& v) {
  Type* t = type_of(v);
  Value r = t->repr ? t->repr(v) : default_repr(v);
  if (r && !is_str(r)) {
    return raisef(&TypeError_type, "__repr__ returned non-string (type %s)",
                  std::string(type_name(r)).c_str());
  }
  return r;
}

Value str(const Value& v) {
  Type* t = type_of(v);
  if (t == &str_type) return v;
  Value r = t->str ? t->str(v) : repr(v);
  if (r && !is_str(r)) {
    return raisef(&TypeError_type, "__str__ returned non-string (type %s)",
                  std::string(type_name(r)).c_str());
  }
  return r;
}

std::string repr_utf8(const Value& v) {
  Value r = repr(v);
  if (!r) {
    clear_pending();
    return "<unrepresentable object>";
  }
  return std::string(sv(r));
}

// ---------------------------------------------------------------- hash / compare

bool hash(const Value& v, int64_t* out) {
  Type* t = type_of(v);
  if (!t->hash) {
    raisef(&TypeError_type, "unhashable type: '%s'", std::string(type_name(v)).c_str());
    return false;
  }
  return t->hash(v, out);
}

static const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::LT: return "<";
    case CmpOp::LE: return "<=";
    case CmpOp::EQ: return "==";
    case CmpOp::NE: return "!=";
    case CmpOp::GT: return ">";
    case CmpOp::GE: return ">=";
  }
  return "?";
}

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::LT: return CmpOp::GT;
    case CmpOp::LE: return CmpOp::GE;
    case CmpOp::GT: return CmpOp::LT;
    case CmpOp::GE: return CmpOp::LE;
    default: return op;
  }
}

static Value richcompare_impl(const Value& a, const Value& b, CmpOp op);

// Before 3.12 a comparison is one level toward the recursion limit
// (PyObject_RichCompare's " in comparison" check).
Value richcompare(const Value& a, const Value& b, CmpOp op) {
  Interp* in = current_interp();
  if (!in || !vfeature(VFeature::CCallsCountDepth)) return richcompare_impl(a, b, op);
  if (in->depth >= in->recursion_limit)
    return raise(&RecursionError_type, "maximum recursion depth exceeded in comparison");
  ++in->depth;
  Value r = richcompare_impl(a, b, op);
  --in->depth;
  return r;
}

static Value richcompare_impl(const Value& a, const Value& b, CmpOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta) && tb->richcompare) {
    checked_reverse = true;
    Value r = tb->richcompare(b, a, swapped(op));
    if (!r) return r;
    if (!r.is(&not_implemented_obj)) return r;
  }
  if (ta->richcompare) {
    Value r = ta->richcompare(a, b, op);
    if (!r) return r;
    if (!r.is(&not_implemented_obj)) return r;
  }
  if (!checked_reverse && tb->richcompare) {
    Value r = tb->richcompare(b, a, swapped(op));
    if (!r) return r;
    if (!r.is(&not_implemented_obj)) return r;
  }
  switch (op) {
    case CmpOp::EQ: return Bool(a.is(b));
    case CmpOp::NE: return Bool(!a.is(b));
    default:
      return raisef(&TypeError_type, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbol(op), std::string(type_name(a)).c_str(),
                    std::string(type_name(b)).c_str());
  }
}

int richcompare_bool(const Value& a, const Value& b, CmpOp op) {
  if (a.is(b) && a.is_obj()) {
    if (op == CmpOp::EQ) return 1;
    if (op == CmpOp::NE) return 0;
  }
  Value r = richcompare(a, b, op);
  if (!r) return -1;
  return truthy(r);
}

// ---------------------------------------------------------------- arithmetic

static const char* binop_symbol(BinOp op) {
  static const char* names[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"};
  return names[size_t(op)];
}

Value binary_op(const Value& a, const Value& b, BinOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto sa = ta->binop[size_t(op)];
  auto sb = tb->binop[size_t(op)];
  if (sb == sa) sb = nullptr;
  if (sa) {
    if (sb && is_subtype(tb, ta)) {
      Value r = sb(a, b);
      if (!r || !r.is(&not_implemented_obj)) return r;
      sb = nullptr;
    }
    Value r = sa(a, b);
    if (!r || !r.is(&not_implemented_obj)) return r;
  }
  if (sb) {
    Value r = sb(a, b);
    if (!r || !r.is(&not_implemented_obj)) return r;
  }
  if (op == BinOp::Mod && is_str(a)) {
    // str % x is handled by str's slot; reaching here means it declined.
  }
  return raisef(&TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'",
                binop_symbol(op), std::string(type_name(a)).c_str(),
                std::string(type_name(b)).c_str());
}

static const char* inplace_dunder(BinOp op) {
  static const char* names[] = {"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__",
                                "__imatmul__", "__imul__", "__imod__", "__ior__",
                                "__ipow__", "__irshift__", "__isub__", "__itruediv__",
                                "__ixor__"};
  return names[size_t(op)];
}

Value list_inplace_concat(const Value& l, const Value& other);  // containers.cpp
Value set_inplace(const Value& a, const Value& b, char op);      // containers.cpp
Value dict_inplace_or(const Value& a, const Value& b);           // containers.cpp
Value list_inplace_repeat(const Value& l, const Value& n);

Value inplace_op(const Value& a, const Value& b, BinOp op) {
  Type* ta = type_of(a);
  if (ta == &list_type) {
    if (op == BinOp::Add) return list_inplace_concat(a, b);
    if (op == BinOp::Mul) return list_inplace_repeat(a, b);
  }
  if (ta->flags & kHeapType) {
    Value f = type_lookup_value(ta, intern(inplace_dunder(op)));
    if (f) {
      Value bound = f;
      Type* ft = type_of(f);
      if (ft->descr_get) bound = ft->descr_get(f, a, Value::borrow(ta));
      if (!bound) return bound;
      Value r = call(bound, {b});
      if (!r || !r.is(&not_implemented_obj)) return r;
    }
  }
  // set |= &= -= ^= and dict |= update the left operand in place.
  if (is_subtype(ta, &set_type)) {
    char c = op == BinOp::Or ? '|' : op == BinOp::And ? '&' : op == BinOp::Sub ? '-' : op == BinOp::Xor ? '^' : 0;
    if (c) {
      Value r = set_inplace(a, b, c);
      if (!r || !r.is(&not_implemented_obj)) return r;
    }
  }
  if (op == BinOp::Or && is_subtype(ta, &dict_type) && isinstance(b, &dict_type)) return dict_inplace_or(a, b);
  Value r = binary_op(a, b, op);
  if (!r && pending_matches(&TypeError_type)) {
    // CPython names the augmented operator: "+=".
    Value e = take_pending();
    std::string msg(sv(exception_str(e)));
    std::string sym = binop_symbol(op);
    std::string from = "for " + sym + ":";
    size_t p = msg.find(from);
    if (p != std::string::npos && msg.rfind("unsupported operand", 0) == 0) {
      std::string isym = op == BinOp::Pow ? "**=" : sym + "=";
      msg.replace(p, from.size(), "for " + isym + ":");
      return raise(&TypeError_type, msg);
    }
    set_pending(e);
  }
  return r;
}

Value unary_op(const Value& a, UnOp op) {
  Type* t = type_of(a);
  if (t->unop[size_t(op)]) return t->unop[size_t(op)](a);
  static const char* names[] = {"unary -", "unary +", "unary ~"};
  return raisef(&TypeError_type, "bad operand type for %s: '%s'", names[size_t(op)],
                std::string(type_name(a)).c_str());
}

int truthy(const Value& v) {
  if (v.is(&true_obj)) return 1;
  if (v.is(&false_obj) || v.is(&none_obj)) return 0;
  if (v.is_small_int()) return v.as_int() != 0;
  if (v.is_float()) return v.as_float() != 0.0;
  Type* t = type_of(v);
  if (t->truth) return t->truth(v);
  if (t->len) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---------------------------------------------------------------- attributes

Object* type_lookup(Type* t, Str* name) {
  if (t->mro.empty()) {
    for (Type* b = t; b; b = b->base)
      if (b->dict) {
        Value v = dict_get_str(b->dict.get(), name);
        if (v) return v.obj() ? v.obj() : nullptr;
      }
    return nullptr;
  }
  for (Type* b : t->mro) {
    if (!b->dict) continue;
    Value v = dict_get_str(b->dict.get(), name);
    if (v) {
      // Values stored in type dicts are objects or small ints/floats; return the
      // object pointer when there is one (ints/floats are handled by _value).
      if (v.is_obj()) return v.obj();
      return nullptr;
    }
  }
  return nullptr;
}

// The method cache (CPython's type cache): a direct-mapped table of MRO
// lookups keyed by (type, interned name), valid while g_type_epoch is
// unchanged. The epoch moves whenever a dict that a cached lookup walked
// changes or dies (Dict::watched) and when a class is created, so an entry
// never outlives what it saw; entries hold no references.
namespace {
struct MethodCacheEntry {
  Type* type = nullptr;
  Str* name = nullptr;
  uint64_t epoch = 0;
  Value::Tag tag = Value::Tag::Null;  // Null: not found
  union {
    Object* o;
    int64_t i;
    double d;
  } u{};
};
constexpr size_t kMethodCacheSize = 4096;
MethodCacheEntry g_method_cache[kMethodCacheSize];
}  // namespace

static Value type_lookup_uncached(Type* t, Str* name);

Value type_lookup_value(Type* t, Str* name) {
  size_t h = ((uintptr_t(t) >> 4) ^ (uintptr_t(name) >> 3) ^ (uintptr_t(name) >> 13)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = g_method_cache[h];
  if (e.type == t && e.name == name && e.epoch == g_type_epoch) {
    switch (e.tag) {
      case Value::Tag::Null: return Value();
      case Value::Tag::Int: return Value::from_int(e.u.i);
      case Value::Tag::Float: return Value::from_float(e.u.d);
      case Value::Tag::Obj: return Value::borrow(e.u.o);
    }
  }
  Value v = type_lookup_uncached(t, name);
  if (!name->interned || t->mro.empty()) return v;
  for (Type* b : t->mro) {
    if (!b->dict) return v;  // nothing to watch: do not cache
    b->dict->watched = true;
  }
  e.type = t;
  e.name = name;
  e.epoch = g_type_epoch;
  e.tag = v.tag();
  if (v.is_small_int()) e.u.i = v.as_int();
  else if (v.is_float()) e.u.d = v.as_float();
  else e.u.o = v.obj();
  return v;
}

bool type_lookup_cacheable(Type* t, Str* name) {
  if (!name->interned || t->mro.empty()) return false;
  for (Type* b : t->mro)
    if (!b->dict || !b->dict->watched) return false;
  return true;
}

static Value type_lookup_uncached(Type* t, Str* name) {
  for (Type* b : t->mro) {
    if (!b->dict) continue;
    Value v = dict_get_str(b->dict.get(), name);
    if (v) return v;
  }
  if (t->mro.empty())
    for (Type* b = t; b; b = b->base)
      if (b->dict) {
        Value v = dict_get_str(b->dict.get(), name);
        if (v) return v;
      }
  return Value();
}

Value raise_attribute_error(const Value& obj, Str* name);

Value generic_getattr(const Value& self, Str* name) {
  Type* t = type_of(self);
  Value descr = type_lookup_value(t, name);
  Type* dt = descr ? type_of(descr) : nullptr;
  if (dt && dt->descr_get && dt->is_data_descr) return dt->descr_get(descr, self, Value::borrow(t));
  if (self.is_obj()) {
    if (Dict* d = static_cast<Dict*>(self.obj()->dict)) {
      Value v = dict_get_str(d, name);
      if (v) return v;
    }
  }
  if (dt && dt->descr_get) return dt->descr_get(descr, self, Value::borrow(t));
  if (descr) return descr;
  if (name->s == "__doc__") return static_type_doc(t);  // a built-in type's tp_doc
  return raise_attribute_error(self, name);
}

Value getattr_opt(const Value& v, Str* name) {
  Value r = getattr(v, name);
  if (!r && pending_matches(&AttributeError_type)) clear_pending();
  return r;
}

bool generic_setattr(const Value& self, Str* name, const Value& v) {
  Type* t = type_of(self);
  Value descr = type_lookup_value(t, name);
  Type* dt = descr ? type_of(descr) : nullptr;
  if (dt && dt->descr_set) return dt->descr_set(descr, self, v);
  Dict* d = self.is_obj() ? instance_dict(self.obj(), true) : nullptr;
  if (!d) {
    if (descr) {
      raisef(&AttributeError_type, "'%s' object attribute '%s' is read-only",
             std::string(type_name(self)).c_str(), name->s.c_str());
    } else {
      raisef(&AttributeError_type, "'%s' object has no attribute '%s'",
             std::string(type_name(self)).c_str(), name->s.c_str());
    }
    return false;
  }
  if (!v) {
    int r = dict_del(d, Value::borrow(name));
    if (r == 0) {
      raisef(&AttributeError_type, "'%s' object has no attribute '%s'",
             std::string(type_name(self)).c_str(), name->s.c_str());
      return false;
    }
    return r > 0;
  }
  return dict_set_str(d, name, v);
}

Value getattr(const Value& v, Str* name) {
  Type* t = type_of(v);
  return t->getattr ? t->getattr(v, name) : generic_getattr(v, name);
}

Value getattr(const Value& v, std::string_view name) { return getattr(v, intern(name)); }

bool setattr(const Value& v, Str* name, const Value& val) {
  Type* t = type_of(v);
  return t->setattr ? t->setattr(v, name, val) : generic_setattr(v, name, val);
}

bool delattr(const Value& v, Str* name) { return setattr(v, name, Value()); }

// ---------------------------------------------------------------- calls

Value call(const Value& f, CallArgs a) {
  Type* t = type_of(f);
  if (!t->call) return raise_type_error_not_callable(f);
  return t->call(f, a);
}

Value call(const Value& f, std::initializer_list<Value> args) {
  CallArgs a{args.begin(), uint32_t(args.size()), nullptr};
  return call(f, a);
}

Value call_method(const Value& self, std::string_view name, std::initializer_list<Value> args) {
  Value m = getattr(self, intern(name));
  if (!m) return m;
  return call(m, args);
}

// ---------------------------------------------------------------- containers

Value seq_iter_new(const Value& seq);  // containers.cpp: iterator over __getitem__

Value get_iter(const Value& v) {
  Type* t = type_of(v);
  if (t->iter) {
    Value it = t->iter(v);
    if (it && !type_of(it)->next) {
      return raisef(&TypeError_type, "iter() returned non-iterator of type '%s'",
                    std::string(type_name(it)).c_str());
    }
    return it;
  }
  if (t->getitem && t != &dict_type) return seq_iter_new(v);
  return raisef(&TypeError_type, "'%s' object is not iterable", std::string(type_name(v)).c_str());
}

Value iter_next(const Value& it) {
  Type* t = type_of(it);
  if (!t->next) {
    return raisef(&TypeError_type, "'%s' object is not an iterator",
                  std::string(type_name(it)).c_str());
  }
  return t->next(it);
}

Value getitem(const Value& v, const Value& key) {
  Type* t = type_of(v);
  if (t->getitem) return t->getitem(v, key);
  if (t == &type_type || is_subtype(t, &type_type)) {
    // Class subscription (list[int], typing generics): __class_getitem__.
    Value cg = getattr_opt(v, intern("__class_getitem__"));
    if (cg) return call(cg, {key});
    if (pending()) return Value();
    return raisef(&TypeError_type, "type '%s' is not subscriptable",
                  std::string(v.as<Type>()->name_str ? v.as<Type>()->name_str->s : v.as<Type>()->name).c_str());
  }
  return raisef(&TypeError_type, "'%s' object is not subscriptable",
                std::string(type_name(v)).c_str());
}

bool setitem(const Value& v, const Value& key, const Value& val) {
  Type* t = type_of(v);
  if (t->setitem) return t->setitem(v, key, val);
  raisef(&TypeError_type, "'%s' object does not support item assignment",
         std::string(type_name(v)).c_str());
  return false;
}

bool delitem(const Value& v, const Value& key) {
  Type* t = type_of(v);
  if (t->setitem) return t->setitem(v, key, Value());
  raisef(&TypeError_type, "'%s' object does not support item deletion",
         std::string(type_name(v)).c_str());
  return false;
}

int contains(const Value& container, const Value& item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  Value it = get_iter(container);
  if (!it) {
    if (pending_matches(&TypeError_type)) {
      clear_pending();
      raisef(&TypeError_type, "argument of type '%s' is not iterable",
             std::string(type_name(container)).c_str());
    }
    return -1;
  }
  for (;;) {
    Value x = iter_next(it);
    if (!x) return pending() ? -1 : 0;
    int r = richcompare_bool(x, item, CmpOp::EQ);
    if (r != 0) return r;
  }
}

int64_t length(const Value& v) {
  Type* t = type_of(v);
  if (t->len) return t->len(v);
  raisef(&TypeError_type, "object of type '%s' has no len()", std::string(type_name(v)).c_str());
  return -1;
}

// ---------------------------------------------------------------- types

void type_ready(Type* t) {
  if (!t->mro.empty()) return;
  // Static types are process-wide: nothing they own may belong to a session heap.
  struct NoHeap {
    Heap* saved = current_heap();
    NoHeap() { set_current_heap(nullptr); }
    ~NoHeap() { set_current_heap(saved); }
  } no_heap;
  if (t != &object_type && !t->base) t->base = &object_type;
  if (t->base) type_ready(t->base);
  t->refcnt = kImmortal;
  if (!t->type) t->type = &type_type;
  t->mro.push_back(t);
  if (t->base)
    for (Type* b : t->base->mro) t->mro.push_back(b);
  if (!t->dict) t->dict = new_dict();
  std::string_view n = t->name;
  size_t dot = n.rfind('.');
  std::string_view shortname = dot == std::string_view::npos ? n : n.substr(dot + 1);
  if (!t->name_str) t->name_str = Ref<Str>::borrow(intern(shortname));
  if (!t->qualname) t->qualname = t->name_str;
  if (!t->module)
    t->module = Ref<Str>::borrow(intern(dot == std::string_view::npos ? "builtins" : n.substr(0, dot)));
  // Inherit slots not set.
  if (Type* b = t->base) {
#define INHERIT(s) if (!t->s) t->s = b->s
    INHERIT(dealloc); INHERIT(traverse); INHERIT(clear); INHERIT(new_); INHERIT(init);
    INHERIT(repr); INHERIT(str); INHERIT(richcompare); INHERIT(truth);
    INHERIT(len); INHERIT(getattr); INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(next);
    INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(descr_get); INHERIT(descr_set);
#undef INHERIT
    if (!t->hash && !(t->flags & kHeapType)) t->hash = b->hash;
    for (size_t i = 0; i < size_t(BinOp::Count); ++i)
      if (!t->binop[i]) t->binop[i] = b->binop[i];
    for (size_t i = 0; i < 3; ++i)
      if (!t->unop[i]) t->unop[i] = b->unop[i];
    if (b->flags & kHasDict) t->flags |= kHasDict;
  }
  if (!t->bases) t->bases = t->base ? tuple_of({Value::borrow(t->base)}) : new_tuple(0);
  if (!(t->flags & kHeapType)) {
    t->dict->refcnt = kImmortal;
    t->bases->refcnt = kImmortal;
  }
}

}  // namespace ls::rt
