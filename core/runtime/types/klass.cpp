// `type` and `object`, classes written in Python, and super() (CPython's
// typeobject.c): class creation with C3 MRO, __init_subclass__/__set_name__,
// the __classcell__ for zero-argument super(), and the slot functions that make
// a class's dunder methods drive the C++ protocols (repr, ==, +, [], iter...).
#include <algorithm>
#include <cstdio>

#include "runtime/builtin_docs.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/version_table.h"

namespace ls::rt {

Type type_type, object_type, super_type;

void ready_static_type(Type* t);
Value call_function_nested(Function* fn, CallArgs a);

namespace {
Type* g_native_owner = nullptr;
}

// ---------------------------------------------------------------- object

static Value object_new(Type* t, CallArgs a) {
  if (a.nargs) {
    bool init_overridden = t->init && t->init != object_type.init;
    bool new_overridden = t->new_ != object_type.new_;
    if (new_overridden || !init_overridden) {
      return raisef(&TypeError_type, "%s() takes no arguments",
                    std::string(t->name_str ? t->name_str->s : t->name).c_str());
    }
  }
  Object* o = make_object<Object>(t);
  return Value::steal(o);
}

static Value object_init(Value self, CallArgs a) {
  Type* t = type_of(self);
  if (a.nargs) {
    bool init_overridden = t->init != object_type.init;
    bool new_overridden = t->new_ != object_type.new_;
    if (init_overridden || !new_overridden) {
      return raise(&TypeError_type, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
  }
  return None();
}

static bool object_hash(const Value& self, int64_t* out) {
  uintptr_t p = reinterpret_cast<uintptr_t>(self.obj());
  *out = int64_t((p >> 4) | (p << (8 * sizeof(p) - 4)));
  if (*out == -1) *out = -2;
  return true;
}

static Value object_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (op == CmpOp::EQ) return a.is(b) ? True() : NotImplemented();
  if (op == CmpOp::NE) {
    // object.__ne__ inverts __eq__ unless NotImplemented.
    Type* t = type_of(a);
    if (t->richcompare && t->richcompare != object_richcompare) {
      Value r = t->richcompare(a, b, CmpOp::EQ);
      if (!r || r.is(&not_implemented_obj)) return r;
      int tr = truthy(r);
      if (tr < 0) return Value();
      return Bool(!tr);
    }
    return a.is(b) ? False() : NotImplemented();
  }
  return NotImplemented();
}

static Value object_class(const Value& self) { return Value::borrow(type_of(self)); }
static Value object_dict(const Value& self) {
  if (!self.is_obj()) return raise(&AttributeError_type, "__dict__");
  Dict* d = instance_dict(self.obj(), true);
  if (!d) {
    return raisef(&AttributeError_type, "'%s' object has no attribute '__dict__'",
                  std::string(type_name(self)).c_str());
  }
  return Value::borrow(d);
}

// ---------------------------------------------------------------- slot wrappers

// Methods such as object.__init__ or BaseException.__str__ call the slot of
// the type that defines them (not of the instance's most derived type), so
// super().__init__(...) reaches the base class's behaviour.
static Type* owner_or(const Value& self) { return g_native_owner ? g_native_owner : type_of(self); }

Type* native_owner() { return g_native_owner; }
void set_native_owner(Type* t) { g_native_owner = t; }

static Value w_init(const Value& self, CallArgs a) {
  Type* t = owner_or(self);
  if (!t->init) return None();
  return t->init(self, a);
}
static Value w_repr(const Value& self, CallArgs a) {
  Type* t = owner_or(self);
  if (t->repr) return t->repr(self);
  return repr(self);
}
static Value w_str(const Value& self, CallArgs a) {
  Type* t = owner_or(self);
  if (t->str) return t->str(self);
  return t->repr ? t->repr(self) : repr(self);
}
static Value w_hash(const Value& self, CallArgs a) {
  Type* t = owner_or(self);
  int64_t h;
  if (!t->hash) return raisef(&TypeError_type, "unhashable type: '%s'", std::string(type_name(self)).c_str());
  if (!t->hash(self, &h)) return Value();
  return Int(h);
}
static Value w_cmp(const Value& self, CallArgs a, CmpOp op) {
  if (a.nargs != 1) return raise(&TypeError_type, "expected 1 argument");
  Type* t = owner_or(self);
  if (!t->richcompare) return NotImplemented();
  return t->richcompare(self, a[0], op);
}
static Value w_eq(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::EQ); }
static Value w_ne(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::NE); }
static Value w_lt(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::LT); }
static Value w_le(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::LE); }
static Value w_gt(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::GT); }
static Value w_ge(const Value& self, CallArgs a) { return w_cmp(self, a, CmpOp::GE); }
static Value w_getattribute(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "attribute name must be string");
  return generic_getattr(self, intern(sv(a[0])));
}
static Value w_setattr(const Value& self, CallArgs a) {
  if (a.nargs != 2 || !is_str(a[0])) return raise(&TypeError_type, "attribute name must be string");
  if (!generic_setattr(self, intern(sv(a[0])), a[1])) return Value();
  return None();
}
static Value w_delattr(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "attribute name must be string");
  if (!generic_setattr(self, intern(sv(a[0])), Value())) return Value();
  return None();
}
// type.__setattr__ / type.__delattr__: the type's own slot (class dict + slot updates).
static Value w_type_setattr(const Value& self, CallArgs a) {
  if (a.nargs != 2 || !is_str(a[0])) return raise(&TypeError_type, "attribute name must be string");
  if (!isinstance(self, &type_type)) return raise(&TypeError_type, "descriptor '__setattr__' requires a 'type' object");
  if (!type_type.setattr(self, intern(sv(a[0])), a[1])) return Value();
  return None();
}
static Value w_type_delattr(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "attribute name must be string");
  if (!isinstance(self, &type_type)) return raise(&TypeError_type, "descriptor '__delattr__' requires a 'type' object");
  if (!type_type.setattr(self, intern(sv(a[0])), Value())) return Value();
  return None();
}
static Value w_format(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "format spec must be a string");
  if (!sv(a[0]).empty()) {
    return raisef(&TypeError_type, "unsupported format string passed to %s.__format__",
                  std::string(type_name(self)).c_str());
  }
  return str(self);
}
// object.__repr__ / object.__str__: the default "<mod.Name object at 0x...>".
static Value w_object_repr(const Value& self, CallArgs a) {
  Type* t = type_of(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
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
static Value w_object_str(const Value& self, CallArgs a) { return repr(self); }
static Value w_init_subclass(const Value& self, CallArgs a) {
  if (a.nargs) {
    return raisef(&TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
                  isinstance(self, &type_type) ? self.as<Type>()->name_str->s.c_str() : "object");
  }
  return None();
}
static Value w_new(const Value& self, CallArgs a) {
  // Static method: object.__new__(cls, *args)
  if (a.nargs < 1) return raise(&TypeError_type, "object.__new__(): not enough arguments");
  if (!isinstance(a[0], &type_type))
    return raisef(&TypeError_type, "object.__new__(X): X is not a type object (%s)",
                  std::string(type_name(a[0])).c_str());
  Type* t = a[0].as<Type>();
  Type* owner = g_native_owner ? g_native_owner : &object_type;
  CallArgs rest{a.v + 1, a.nargs - 1, a.kwnames};
  if (!owner->new_) return raise(&TypeError_type, "cannot create instances");
  if (owner == &object_type) {
    // object.__new__ ignores extra arguments when __init__ is overridden.
    if (rest.nargs && t->init != object_type.init && t->new_ == object_type.new_) rest.nargs = 0, rest.kwnames = nullptr;
    if (rest.nargs && t->init != object_type.init) rest.nargs = 0, rest.kwnames = nullptr;
  }
  return owner->new_(t, rest);
}
static Value w_call(const Value& self, CallArgs a) {
  Type* t = owner_or(self);
  if (!t->call) return raise_type_error_not_callable(self);
  return t->call(self, a);
}
static Value w_dir(const Value& self, CallArgs a) {
  Ref<List> l = new_list(0);
  Ref<Set> seen = new_set();
  auto add_keys = [&](Dict* d) {
    if (!d) return;
    Value k, v;
    for (size_t p = 0; dict_next(d, &p, &k, &v);) set_add(seen.get(), k);
  };
  if (self.is_obj()) add_keys(static_cast<Dict*>(self.obj()->dict));
  for (Type* t : type_of(self)->mro) add_keys(t->dict.get());
  Value k, v;
  for (size_t p = 0; dict_next(seen->table.get(), &p, &k, &v);) l->items.push_back(k);
  return l.take();
}

void add_slot_wrappers(Type* t) {
  auto has = [&](const char* n) { return t->dict && dict_get_str(t->dict.get(), intern(n)); };
  auto add = [&](const char* n, NativeFn fn) {
    if (!has(n)) add_method(t, n, fn);
  };
  if (t->init) add("__init__", w_init);
  if (t->repr) add("__repr__", w_repr);
  if (t->str) add("__str__", w_str);
  if (t->hash) add("__hash__", w_hash);
  if (t->richcompare) {
    add("__eq__", w_eq);
    add("__ne__", w_ne);
    add("__lt__", w_lt);
    add("__le__", w_le);
    add("__gt__", w_gt);
    add("__ge__", w_ge);
  }
  if (t->call && t != &type_type) add("__call__", w_call);
  if (t->new_ && !has("__new__")) add_staticmethod(t, "__new__", w_new);
}

// ---------------------------------------------------------------- type

static std::string type_display_name(Type* t) {
  return t->name_str ? t->name_str->s : t->name;
}

static Value type_repr(const Value& self) {
  Type* t = self.as<Type>();
  std::string mod = t->module ? std::string(t->module->s) : "builtins";
  Value m = t->dict ? dict_get_str(t->dict.get(), intern("__module__")) : Value();
  if (m && is_str(m)) mod = std::string(sv(m));
  if (mod == "builtins") return str_value("<class '" + type_display_name(t) + "'>");
  return str_value("<class '" + mod + "." + (t->qualname ? t->qualname->s : type_display_name(t)) + "'>");
}

static Value type_call(const Value& self, CallArgs a) {
  Type* t = self.as<Type>();
  if (t == &type_type) {
    if (a.nargs == 1 && !a.kwnames) return Value::borrow(type_of(a[0]));
    if (a.nargs - a.nkw() != 3) return raise(&TypeError_type, "type() takes 1 or 3 arguments");
  }
  if (!t->new_) {
    return raisef(&TypeError_type, "cannot create '%s' instances", t->name.c_str());
  }
  Value obj = t->new_(t, a);
  if (!obj) return obj;
  if (!isinstance(obj, t)) return obj;
  Type* ot = type_of(obj);
  if (ot->init) {
    Value r = ot->init(obj, a);
    if (!r) return r;
  }
  return obj;
}

static Value type_getattr(const Value& self, Str* name) {
  Type* t = self.as<Type>();
  const std::string& n = name->s;
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__name__") return t->name_str.value();
    if (n == "__qualname__") return t->qualname ? t->qualname.value() : t->name_str.value();
    if (n == "__module__") {
      Value m = t->dict ? dict_get_str(t->dict.get(), name) : Value();
      if (m) return m;
      return t->module ? t->module.value() : str_value("builtins");
    }
    if (n == "__bases__") return t->bases.value();
    if (n == "__base__") return t->base ? Value::borrow(t->base) : None();
    if (n == "__mro__") {
      Ref<Tuple> m = new_tuple(t->mro.size());
      for (size_t i = 0; i < t->mro.size(); ++i) m->items[i] = Value::borrow(t->mro[i]);
      return m.take();
    }
    if (n == "__dict__") return t->dict.value();
    if (n == "__class__") return Value::borrow(type_of(self));
    if (n == "__doc__") {
      Value d = t->dict ? dict_get_str(t->dict.get(), name) : Value();
      return d ? d : static_type_doc(t);
    }
  }
  Type* meta = type_of(self);
  Value meta_attr = type_lookup_value(meta, name);
  Type* mt = meta_attr ? type_of(meta_attr) : nullptr;
  if (mt && mt->descr_get && mt->is_data_descr) return mt->descr_get(meta_attr, self, Value::borrow(meta));
  Value attr = type_lookup_value(t, name);
  if (attr) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value(), self);
    return attr;
  }
  if (mt && mt->descr_get) return mt->descr_get(meta_attr, self, Value::borrow(meta));
  if (meta_attr) return meta_attr;
  return raise_attribute_error(self, name);
}

void update_slot(Type* t, Str* name);

static bool type_setattr(const Value& self, Str* name, const Value& v) {
  Type* t = self.as<Type>();
  if (!(t->flags & kHeapType)) {
    raisef(&TypeError_type,
           interp().minor >= 12 ? "cannot set '%s' attribute of immutable type '%s'"
                                : "can't set attributes of built-in/extension type '%s'",
           name->s.c_str(), t->name.c_str());
    if (interp().minor < 12) {
      clear_pending();
      raisef(&TypeError_type, "can't set attributes of built-in/extension type '%s'", t->name.c_str());
    }
    return false;
  }
  Value meta_attr = type_lookup_value(type_of(self), name);
  if (meta_attr && type_of(meta_attr)->descr_set)
    return type_of(meta_attr)->descr_set(meta_attr, self, v);
  if (name->s == "__name__" && v) {
    if (!is_str(v)) {
      raise(&TypeError_type, "can only assign string to " + type_display_name(t) + ".__name__, not '" +
                                 std::string(type_name(v)) + "'");
      return false;
    }
    t->name_str = Ref<Str>::borrow(v.as<Str>());
    return true;
  }
  if (name->s == "__qualname__" && v && is_str(v)) {
    t->qualname = Ref<Str>::borrow(v.as<Str>());
    return true;
  }
  if (!v) {
    int r = dict_del(t->dict.get(), Value::borrow(name));
    if (r == 0) {
      raise_attribute_error(self, name);
      return false;
    }
    if (r < 0) return false;
  } else if (!dict_set_str(t->dict.get(), name, v)) {
    return false;
  }
  ++t->version;
  update_slot(t, name);
  return true;
}

static bool type_hash(const Value& self, int64_t* out) { return object_hash(self, out); }

static Value type_or(const Value& a, const Value& b) {
  // `int | None` (3.10+): a union object; we only need it to exist for annotations.
  if ((isinstance(a, &type_type) || is_none(a)) && (isinstance(b, &type_type) || is_none(b))) {
    return tuple_of({a, b}).take();
  }
  return NotImplemented();
}

static Value type_mro_method(const Value& self, CallArgs a) {
  Type* t = self.as<Type>();
  Ref<List> l = new_list(0);
  for (Type* m : t->mro) l->items.push_back(Value::borrow(m));
  return l.take();
}

static Value type_subclasses(const Value& self, CallArgs a) { return new_list(0).take(); }

static void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  for (Type* b : t->mro)
    if (b != t && (b->flags & kHeapType)) b->decref();
  dealloc_as<Type>(o);
}

static void type_clear(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!(t->flags & kHeapType)) return;
  if (t->dict) dict_clear(t->dict.get());
  t->bases = nullptr;
}

// ---------------------------------------------------------------- classes: slots

static Value lookup_dunder(const Value& self, const char* name) {
  return type_lookup_value(type_of(self), intern(name));
}

// Calls type(self).<name>(self, args...) binding descriptors like CPython's
// lookup_maybe_method + call.
static Value call_dunder(const Value& self, Value meth, std::initializer_list<Value> args) {
  Type* mt = type_of(meth);
  if (mt == &function_type) {
    std::vector<Value> argv;
    argv.reserve(args.size() + 1);
    argv.push_back(self);
    for (const Value& v : args) argv.push_back(v);
    CallArgs ca{argv.data(), uint32_t(argv.size()), nullptr};
    return call_function_nested(meth.as<Function>(), ca);
  }
  if (mt->descr_get) {
    Value bound = mt->descr_get(meth, self, Value::borrow(type_of(self)));
    if (!bound) return bound;
    return call_nested(bound, CallArgs{args.begin(), uint32_t(args.size()), nullptr});
  }
  return call_nested(meth, CallArgs{args.begin(), uint32_t(args.size()), nullptr});
}

static Value call_dunder_named(const Value& self, const char* name, std::initializer_list<Value> args) {
  Value m = lookup_dunder(self, name);
  if (!m) return raise_attribute_error(self, intern(name));
  return call_dunder(self, m, args);
}

static Value slot_repr(const Value& self) { return call_dunder_named(self, "__repr__", {}); }
static Value slot_str(const Value& self) { return call_dunder_named(self, "__str__", {}); }
static bool slot_hash(const Value& self, int64_t* out) {
  Value m = lookup_dunder(self, "__hash__");
  if (!m || is_none(m)) {
    raisef(&TypeError_type, "unhashable type: '%s'", std::string(type_name(self)).c_str());
    return false;
  }
  Value r = call_dunder(self, m, {});
  if (!r) return false;
  if (!is_int_like(r)) {
    raise(&TypeError_type, "__hash__ method should return an integer");
    return false;
  }
  int64_t h;
  if (!int_as_int64(r, &h)) {
    clear_pending();
    Value hh = hash(r, &h) ? Int(h) : Value();
    if (!hh) return false;
  }
  if (h == -1) h = -2;
  *out = h;
  return true;
}

static const char* cmp_dunder(CmpOp op) {
  static const char* n[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return n[size_t(op)];
}

static Value slot_richcompare(const Value& a, const Value& b, CmpOp op) {
  Value m = lookup_dunder(a, cmp_dunder(op));
  if (!m) return NotImplemented();
  return call_dunder(a, m, {b});
}

static const char* binop_names[][2] = {
    {"__add__", "__radd__"}, {"__and__", "__rand__"}, {"__floordiv__", "__rfloordiv__"},
    {"__lshift__", "__rlshift__"}, {"__matmul__", "__rmatmul__"}, {"__mul__", "__rmul__"},
    {"__mod__", "__rmod__"}, {"__or__", "__ror__"}, {"__pow__", "__rpow__"},
    {"__rshift__", "__rrshift__"}, {"__sub__", "__rsub__"}, {"__truediv__", "__rtruediv__"},
    {"__xor__", "__rxor__"}};

template <int OP>
static Value slot_binop(const Value& a, const Value& b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto self_slot = &slot_binop<OP>;
  bool left = ta->binop[OP] == self_slot;
  bool do_other = ta != tb && tb->binop[OP] == self_slot;
  Value rm = do_other ? type_lookup_value(tb, intern(binop_names[OP][1])) : Value();
  if (!rm) do_other = false;
  if (left) {
    Value lm = type_lookup_value(ta, intern(binop_names[OP][0]));
    if (do_other && is_subtype(tb, ta)) {
      Value r = call_dunder(b, rm, {a});
      if (!r || !r.is(&not_implemented_obj)) return r;
      do_other = false;
    }
    if (lm) {
      Value r = call_dunder(a, lm, {b});
      if (!r || !r.is(&not_implemented_obj) || ta == tb) return r;
    }
  }
  if (do_other) return call_dunder(b, rm, {a});
  if (!left && tb->binop[OP] == self_slot) {
    Value m = type_lookup_value(tb, intern(binop_names[OP][1]));
    if (m) return call_dunder(b, m, {a});
  }
  return NotImplemented();
}

static Value slot_neg(const Value& a) { return call_dunder_named(a, "__neg__", {}); }
static Value slot_pos(const Value& a) { return call_dunder_named(a, "__pos__", {}); }
static Value slot_invert(const Value& a) { return call_dunder_named(a, "__invert__", {}); }

static int slot_truth(const Value& self) {
  Value m = lookup_dunder(self, "__bool__");
  if (m) {
    Value r = call_dunder(self, m, {});
    if (!r) return -1;
    if (!is_exact(r, &bool_type)) {
      raisef(&TypeError_type, "__bool__ should return bool, returned %s", std::string(type_name(r)).c_str());
      return -1;
    }
    return r.is(&true_obj);
  }
  m = lookup_dunder(self, "__len__");
  if (m) {
    Value r = call_dunder(self, m, {});
    if (!r) return -1;
    int64_t n;
    if (!int_as_int64(r, &n)) return -1;
    return n != 0;
  }
  return 1;
}

static int64_t slot_len(const Value& self) {
  Value r = call_dunder_named(self, "__len__", {});
  if (!r) return -1;
  if (!is_int_like(r)) {
    raisef(&TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(r)).c_str());
    return -1;
  }
  int64_t n;
  if (!int_as_int64(r, &n)) return -1;
  if (n < 0) {
    raise(&ValueError_type, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static Value slot_getattr(const Value& self, Str* name) {
  Type* t = type_of(self);
  Value ga = type_lookup_value(t, intern("__getattribute__"));
  Value r;
  if (ga && type_of(ga) == &function_type) r = call_dunder(self, ga, {Value::borrow(name)});
  else r = generic_getattr(self, name);
  if (r || !pending_matches(&AttributeError_type)) return r;
  Value gattr = type_lookup_value(t, intern("__getattr__"));
  if (!gattr) return r;
  clear_pending();
  return call_dunder(self, gattr, {Value::borrow(name)});
}

static bool slot_setattr(const Value& self, Str* name, const Value& v) {
  Value m = lookup_dunder(self, v ? "__setattr__" : "__delattr__");
  if (m && type_of(m) == &function_type) {
    Value r = v ? call_dunder(self, m, {Value::borrow(name), v}) : call_dunder(self, m, {Value::borrow(name)});
    return bool(r);
  }
  return generic_setattr(self, name, v);
}

static Value slot_call(const Value& self, CallArgs a) {
  Value m = lookup_dunder(self, "__call__");
  if (!m) return raise_type_error_not_callable(self);
  Type* mt = type_of(m);
  Value bound = mt->descr_get ? mt->descr_get(m, self, Value::borrow(type_of(self))) : m;
  if (!bound) return bound;
  return call_nested(bound, a);
}

static Value slot_iter(const Value& self) {
  Value m = lookup_dunder(self, "__iter__");
  if (!m || is_none(m)) {
    return raisef(&TypeError_type, "'%s' object is not iterable", std::string(type_name(self)).c_str());
  }
  return call_dunder(self, m, {});
}

static Value slot_next(const Value& self) {
  Value r = call_dunder_named(self, "__next__", {});
  if (!r && pending_matches(&StopIteration_type)) clear_pending();
  return r;
}

static Value slot_getitem(const Value& self, const Value& key) {
  return call_dunder_named(self, "__getitem__", {key});
}

static bool slot_setitem(const Value& self, const Value& key, const Value& v) {
  Value r = v ? call_dunder_named(self, "__setitem__", {key, v}) : call_dunder_named(self, "__delitem__", {key});
  return bool(r);
}

static int slot_contains(const Value& self, const Value& item) {
  Value m = lookup_dunder(self, "__contains__");
  if (!m) {
    // Fall back to iteration.
    Value it = get_iter(self);
    if (!it) return -1;
    for (;;) {
      Value x = iter_next(it);
      if (!x) return pending() ? -1 : 0;
      int r = richcompare_bool(x, item, CmpOp::EQ);
      if (r != 0) return r;
    }
  }
  Value r = call_dunder(self, m, {item});
  if (!r) return -1;
  return truthy(r);
}

static Value slot_descr_get(const Value& descr, const Value& obj, const Value& type) {
  Value m = lookup_dunder(descr, "__get__");
  return call_dunder(descr, m, {obj ? obj : None(), type ? type : None()});
}

static bool slot_descr_set(const Value& descr, const Value& obj, const Value& v) {
  Value r = v ? call_dunder_named(descr, "__set__", {obj, v}) : call_dunder_named(descr, "__delete__", {obj});
  return bool(r);
}

static Value slot_init(Value self, CallArgs a) {
  Value m = lookup_dunder(self, "__init__");
  if (!m) return None();
  Value r;
  if (type_of(m) == &function_type) {
    std::vector<Value> argv;
    argv.push_back(self);
    for (uint32_t i = 0; i < a.nargs; ++i) argv.push_back(a.v[i]);
    r = call_function_nested(m.as<Function>(), CallArgs{argv.data(), uint32_t(argv.size()), a.kwnames});
  } else {
    Type* mt = type_of(m);
    Value bound = mt->descr_get ? mt->descr_get(m, self, Value::borrow(type_of(self))) : m;
    if (!bound) return bound;
    r = call_nested(bound, a);
  }
  if (!r) return r;
  if (!is_none(r)) {
    return raisef(&TypeError_type, "__init__() should return None, not '%s'", std::string(type_name(r)).c_str());
  }
  return r;
}

static Value slot_new(Type* t, CallArgs a) {
  Value m = type_lookup_value(t, intern("__new__"));
  if (!m) return raise(&TypeError_type, "no __new__");
  Value f = m;
  if (is_exact(m, &staticmethod_type)) f = m.as<StaticMethod>()->func;
  std::vector<Value> argv;
  argv.push_back(Value::borrow(t));
  for (uint32_t i = 0; i < a.nargs; ++i) argv.push_back(a.v[i]);
  return call_nested(f, CallArgs{argv.data(), uint32_t(argv.size()), a.kwnames});
}

// Which class in the MRO provides `name`: a Python class (then use the slot
// function) or a built-in (then inherit that built-in's C++ slot).
static Type* provider(Type* t, Str* name) {
  for (Type* b : t->mro) {
    if (b->dict && dict_get_str(b->dict.get(), name)) return b;
  }
  return nullptr;
}

static bool python_provides(Type* t, const char* name) {
  Type* p = provider(t, intern(name));
  return p && (p->flags & kHeapType);
}

// Recomputes the slots of heap type `t` from its MRO.
static void fixup_slots(Type* t) {
  Type* b = t->base;
  t->dealloc = b->dealloc;
  t->traverse = b->traverse;
  t->clear = b->clear;
#define SLOT(field, dunder, fn) t->field = python_provides(t, dunder) ? fn : b->field
  SLOT(repr, "__repr__", slot_repr);
  SLOT(str, "__str__", slot_str);
  SLOT(richcompare, "__eq__", slot_richcompare);
  if (python_provides(t, "__lt__") || python_provides(t, "__le__") || python_provides(t, "__gt__") ||
      python_provides(t, "__ge__") || python_provides(t, "__ne__"))
    t->richcompare = slot_richcompare;
  SLOT(call, "__call__", slot_call);
  SLOT(iter, "__iter__", slot_iter);
  SLOT(next, "__next__", slot_next);
  SLOT(getitem, "__getitem__", slot_getitem);
  SLOT(setitem, "__setitem__", slot_setitem);
  if (python_provides(t, "__delitem__")) t->setitem = slot_setitem;
  SLOT(contains, "__contains__", slot_contains);
  SLOT(len, "__len__", slot_len);
  SLOT(descr_get, "__get__", slot_descr_get);
  SLOT(descr_set, "__set__", slot_descr_set);
  if (python_provides(t, "__delete__")) t->descr_set = slot_descr_set;
  t->is_data_descr = t->descr_set != nullptr || b->is_data_descr;
  SLOT(init, "__init__", slot_init);
  SLOT(new_, "__new__", slot_new);
#undef SLOT
  t->truth = (python_provides(t, "__bool__") || python_provides(t, "__len__")) ? slot_truth : b->truth;
  t->getattr = (python_provides(t, "__getattribute__") || python_provides(t, "__getattr__")) ? slot_getattr
                                                                                           : b->getattr;
  t->setattr = (python_provides(t, "__setattr__") || python_provides(t, "__delattr__")) ? slot_setattr
                                                                                      : b->setattr;
  // __hash__: None when __eq__ is defined without __hash__ in the same class.
  Type* hp = provider(t, intern("__hash__"));
  if (hp && (hp->flags & kHeapType)) {
    Value hv = dict_get_str(hp->dict.get(), intern("__hash__"));
    t->hash = is_none(hv) ? nullptr : slot_hash;
  } else {
    t->hash = b->hash;
  }
  static Value (*const binops[])(const Value&, const Value&) = {
      slot_binop<0>, slot_binop<1>, slot_binop<2>, slot_binop<3>, slot_binop<4>, slot_binop<5>, slot_binop<6>,
      slot_binop<7>, slot_binop<8>, slot_binop<9>, slot_binop<10>, slot_binop<11>, slot_binop<12>};
  for (int i = 0; i < int(BinOp::Count); ++i) {
    t->binop[i] = (python_provides(t, binop_names[i][0]) || python_provides(t, binop_names[i][1]))
                      ? binops[i] : b->binop[i];
  }
  t->unop[0] = python_provides(t, "__neg__") ? slot_neg : b->unop[0];
  t->unop[1] = python_provides(t, "__pos__") ? slot_pos : b->unop[1];
  t->unop[2] = python_provides(t, "__invert__") ? slot_invert : b->unop[2];
}

void update_slot(Type* t, Str* name) {
  if (!(t->flags & kHeapType)) return;
  if (name->s.size() > 4 && name->s.rfind("__", 0) == 0) fixup_slots(t);
}

// C3 linearization (CPython's mro_internal).
static bool c3_merge(std::vector<std::vector<Type*>> seqs, std::vector<Type*>& out) {
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return true;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      Type* c = s[0];
      bool in_tail = false;
      for (auto& o : seqs)
        if (std::find(o.begin() + 1, o.end(), c) != o.end()) in_tail = true;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
}

static Value calculate_metaclass(Tuple* bases, Type* meta) {
  Type* winner = meta;
  for (const Value& b : bases->items) {
    Type* bt = type_of(b);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    return raise(&TypeError_type,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                 "of the metaclasses of all its bases");
  }
  return Value::borrow(winner);
}

// ---------------------------------------------------------------- __slots__

// A slot of a class with __slots__ (CPython's member_descriptor). Instances
// of such a class have no __dict__ unless a base provides one; slot values
// are kept in the object's raw attribute dict, reached only through these.
struct MemberDescr : Object {
  Ref<Str> name;
  Type* owner = nullptr;
};
Type member_descr_type;

static Value member_get(const Value& descr, const Value& obj, const Value& owner) {
  if (!obj || is_none(obj)) return descr;
  MemberDescr* m = descr.as<MemberDescr>();
  Dict* d = obj.is_obj() ? static_cast<Dict*>(obj.obj()->dict) : nullptr;
  Value v = d ? dict_get_str(d, m->name.get()) : Value();
  if (v) return v;
  if (!vfeature(VFeature::SlotUnsetTypeName)) return raise(&AttributeError_type, m->name->s);
  return raisef(&AttributeError_type, "'%s' object has no attribute '%s'", std::string(type_name(obj)).c_str(),
                m->name->s.c_str());
}

static bool member_set(const Value& descr, const Value& obj, const Value& v) {
  MemberDescr* m = descr.as<MemberDescr>();
  if (!obj.is_obj()) return false;
  Object* o = obj.obj();
  if (!v) {
    Dict* d = static_cast<Dict*>(o->dict);
    int r = d ? dict_del(d, Value::borrow(m->name.get())) : 0;
    if (r == 0) raise(&AttributeError_type, m->name->s);
    return r > 0;
  }
  if (!o->dict) o->dict = new_dict().release();
  return dict_set_str(static_cast<Dict*>(o->dict), m->name.get(), v);
}

static Value member_repr(const Value& self) {
  MemberDescr* m = self.as<MemberDescr>();
  return str_value("<member '" + m->name->s + "' of '" + type_display_name(m->owner) + "' objects>");
}

static void member_clear(Object* o) { static_cast<MemberDescr*>(o)->name = nullptr; }

// Reads `__slots__` of a class namespace: adds a member descriptor per name
// (private names mangled) and reports whether "__dict__" was listed.
static bool apply_slots(Type* t, const Value& slots, bool* wants_dict) {
  std::vector<Value> names;
  if (is_str(slots)) {
    names.push_back(slots);
  } else if (!for_each_iter(slots, [&](Value x) {
               names.push_back(std::move(x));
               return true;
             })) {
    return false;
  }
  for (const Value& n : names) {
    if (!is_str(n)) {
      raisef(&TypeError_type, "__slots__ items must be strings, not '%s'", std::string(type_name(n)).c_str());
      return false;
    }
    std::string name(sv(n));
    if (name == "__dict__") {
      *wants_dict = true;
      continue;
    }
    if (name == "__weakref__") continue;
    if (name.size() > 2 && name.rfind("__", 0) == 0 && name.compare(name.size() - 2, 2, "__") != 0) {
      std::string cls = t->name;
      size_t k = cls.find_first_not_of('_');
      if (k != std::string::npos) name = "_" + cls.substr(k) + name;
    }
    Str* key = intern(name);
    if (dict_get_str(t->dict.get(), key)) {
      raisef(&ValueError_type, "'%s' in __slots__ conflicts with class variable", name.c_str());
      return false;
    }
    MemberDescr* m = make_object<MemberDescr>(&member_descr_type);
    Value mv = Value::steal(m);
    m->name = Ref<Str>::borrow(key);
    m->owner = t;
    if (!dict_set_str(t->dict.get(), key, mv)) return false;
  }
  return true;
}

// type(name, bases, ns): creates a class.
static Value type_new(Type* meta, CallArgs a) {
  if (a.nargs - a.nkw() != 3) return raise(&TypeError_type, "type() takes 1 or 3 arguments");
  if (!is_str(a[0]) || !isinstance(a[1], &tuple_type) || !isinstance(a[2], &dict_type))
    return raise(&TypeError_type, "type.__new__() argument types");
  Str* name = a[0].as<Str>();
  Tuple* bases = a[1].as<Tuple>();
  Dict* ns = a[2].as<Dict>();
  std::vector<Type*> base_types;
  for (const Value& b : bases->items) {
    if (!isinstance(b, &type_type)) {
      // _PyType_CalculateMetaclass: type(b) is neither a subclass nor a base of type.
      if (!is_subtype(&type_type, type_of(b)))
        return raise(&TypeError_type,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                     "of the metaclasses of all its bases");
      return raise(&TypeError_type, "bases must be types");
    }
    Type* bt = b.as<Type>();
    if (!(bt->flags & kBaseType) && !(bt->flags & kHeapType)) {
      return raisef(&TypeError_type, "type '%s' is not an acceptable base type", bt->name.c_str());
    }
    base_types.push_back(bt);
  }
  if (base_types.empty()) base_types.push_back(&object_type);
  Type* t = make_object<Type>(meta);
  Value tv = Value::steal(t);
  t->flags = kHeapType | kBaseType | kHasDict;
  t->name = name->s;
  t->name_str = Ref<Str>::borrow(name);
  // Solid base: the first base whose layout is not plain object, else object.
  Type* solid = base_types[0];
  for (Type* bt : base_types) {
    if (bt->dealloc != object_type.dealloc) {
      solid = bt;
      break;
    }
  }
  t->base = solid;
  {
    Ref<Tuple> bt = new_tuple(base_types.size());
    for (size_t i = 0; i < base_types.size(); ++i) bt->items[i] = Value::borrow(base_types[i]);
    t->bases = std::move(bt);
  }
  std::vector<std::vector<Type*>> seqs;
  for (Type* bt : base_types) seqs.push_back(bt->mro);
  seqs.push_back(base_types);
  std::vector<Type*> mro{t};
  if (!c3_merge(seqs, mro)) {
    std::string names;
    for (size_t i = 0; i < base_types.size(); ++i) names += (i ? ", " : "") + type_display_name(base_types[i]);
    return raise(&TypeError_type, "Cannot create a consistent method resolution order (MRO) for bases " + names);
  }
  t->mro = mro;
  for (Type* m : t->mro)
    if (m != t && (m->flags & kHeapType)) m->incref();
  t->dict = new_dict();
  t->dict->watched = true;  // the method cache (object.cpp) sees its changes
  ++g_type_epoch;           // a new class may reuse a freed one's address
  Value k, v;
  Value classcell;
  for (size_t p = 0; dict_next(ns, &p, &k, &v);) {
    if (is_str(k) && sv(k) == "__classcell__") {
      classcell = v;
      continue;
    }
    if (is_str(k) && sv(k) == "__qualname__") {
      if (!is_str(v)) return raise(&TypeError_type, "type __qualname__ must be a str, not " + std::string(type_name(v)));
      t->qualname = Ref<Str>::borrow(v.as<Str>());
      continue;
    }
    // __new__ is a static method; __init_subclass__/__class_getitem__ class methods.
    if (is_str(k) && is_exact(v, &function_type)) {
      std::string_view kn = sv(k);
      if (kn == "__new__") {
        StaticMethod* sm = make_object<StaticMethod>(&staticmethod_type);
        sm->func = v;
        v = Value::steal(sm);
      } else if (kn == "__init_subclass__" || kn == "__class_getitem__") {
        StaticMethod* cm = make_object<StaticMethod>(&classmethod_type);
        cm->func = v;
        v = Value::steal(cm);
      }
    }
    if (!dict_set(t->dict.get(), k, v)) return Value();
  }
  if (!t->qualname) t->qualname = t->name_str;
  if (Value slots = dict_get_str(t->dict.get(), intern("__slots__"))) {
    bool wants_dict = false;
    if (!apply_slots(t, slots, &wants_dict)) return Value();
    bool base_dict = false;
    for (Type* m : t->mro)
      if (m != t && (m->flags & kHasDict)) base_dict = true;
    if (!wants_dict && !base_dict) t->flags &= ~uint32_t(kHasDict);
  }
  Value mod = dict_get_str(t->dict.get(), intern("__module__"));
  if (!mod) {
    // type(name, bases, ns) without __module__: the calling frame's module.
    Frame* f = interp().frame;
    Value name = f && f->globals ? dict_get_str(f->globals.get(), intern("__name__")) : Value();
    if (name) {
      dict_set_str(t->dict.get(), intern("__module__"), name);
      mod = name;
    }
  }
  if (mod && is_str(mod)) t->module = Ref<Str>::borrow(mod.as<Str>());
  // __eq__ without __hash__ makes instances unhashable.
  if (dict_get_str(t->dict.get(), intern("__eq__")) && !dict_get_str(t->dict.get(), intern("__hash__"))) {
    dict_set_str(t->dict.get(), intern("__hash__"), None());
  }
  if (!dict_get_str(t->dict.get(), intern("__doc__"))) dict_set_str(t->dict.get(), intern("__doc__"), None());
  fixup_slots(t);
  if (classcell) {
    if (!is_exact(classcell, &cell_type)) return raise(&TypeError_type, "__classcell__ must be a nonlocal cell");
    classcell.as<Cell>()->ref = tv;
  }
  // __set_name__ on descriptors.
  std::vector<std::pair<Value, Value>> items;
  for (size_t p = 0; dict_next(t->dict.get(), &p, &k, &v);) items.push_back({k, v});
  for (auto& [key, val] : items) {
    Value sn = type_lookup_value(type_of(val), intern("__set_name__"));
    if (sn) {
      Value r = call_dunder(val, sn, {tv, key});
      if (!r) return r;
    }
  }
  // __init_subclass__ of the parent.
  {
    Type* parent = t->mro.size() > 1 ? t->mro[1] : &object_type;
    Value isc = type_lookup_value(parent, intern("__init_subclass__"));
    if (isc && !is_exact(isc, &method_descr_type)) {
      Type* it = type_of(isc);
      Value bound = it->descr_get ? it->descr_get(isc, Value(), tv) : isc;
      if (!bound) return bound;
      CallArgs kw{a.v + 3, a.nargs - 3, a.kwnames};
      Value r = call_nested(bound, kw);
      if (!r) return r;
    } else if (a.nkw()) {
      return raisef(&TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
                    type_display_name(parent).c_str());
    }
  }
  return tv;
}

static Value type_new_slot(Type* meta, CallArgs a) {
  if (meta == &type_type && a.nargs == 1 && !a.kwnames) return Value::borrow(type_of(a[0]));
  return type_new(meta, a);
}

static Value type_init(Value self, CallArgs a) { return None(); }

// __build_class__(func, name, *bases, **kwds)
Value build_class(const Value& self, CallArgs a) {
  uint32_t nkw = a.nkw();
  uint32_t npos = a.nargs - nkw;
  if (npos < 2) return raise(&TypeError_type, "__build_class__: not enough arguments");
  Value func = a[0];
  Value name = a[1];
  Ref<Tuple> bases = new_tuple(npos - 2);
  for (uint32_t i = 2; i < npos; ++i) bases->items[i - 2] = a[i];
  Value meta;
  std::vector<Value> kwvals;
  Ref<Tuple> kwnames;
  for (uint32_t k = 0; k < nkw; ++k) {
    if (sv(a.kwnames->items[k]) == "metaclass") {
      meta = a.v[npos + k];
    } else {
      if (!kwnames) kwnames = new_tuple(0);
      kwnames->items.push_back(a.kwnames->items[k]);
      kwvals.push_back(a.v[npos + k]);
    }
  }
  if (!meta) meta = bases->size() ? Value::borrow(type_of(bases->items[0])) : Value::borrow(&type_type);
  if (isinstance(meta, &type_type)) {
    meta = calculate_metaclass(bases.get(), meta.as<Type>());
    if (!meta) return meta;
  }
  // __prepare__ is rare; use a plain dict.
  Ref<Dict> ns = new_dict();
  Function* fn = func.as<Function>();
  Ref<Frame> frame = new_frame(fn->code.get(), fn, fn->globals, fn->builtins, ns.value());
  Code* co = fn->code.get();
  uint32_t base = co->nlocals;
  for (size_t i = 0; i < co->cellvars.size(); ++i)
    frame->slots()[base + i] = Value::steal(make_object<Cell>(&cell_type));
  for (size_t i = 0; i < co->freevars.size(); ++i)
    frame->slots()[base + co->cellvars.size() + i] = fn->closure->items[i];
  Exec ex;
  ex.base = std::move(frame);
  ++interp().no_preempt;
  RunStatus st = run(ex, false);
  --interp().no_preempt;
  if (st != RunStatus::Return) {
    if (st == RunStatus::Blocked) {
      interp().block = BlockRequest();
      return raise(&RuntimeError_type, "loopscope: blocking calls inside a class body are not supported");
    }
    return Value();
  }
  Value cell = std::move(ex.result);
  std::vector<Value> argv{name, bases.value(), ns.value()};
  for (Value& v : kwvals) argv.push_back(v);
  Value cls = call(meta, CallArgs{argv.data(), uint32_t(argv.size()), kwnames.get()});
  if (!cls) return cls;
  if (is_exact(cell, &cell_type) && isinstance(cls, &type_type)) {
    Cell* c = cell.as<Cell>();
    if (!c->ref.is(cls)) c->ref = cls;
  }
  return cls;
}

// ---------------------------------------------------------------- super

struct Super : Object {
  Value type_, obj, obj_type;
};

static Value super_new(Type* t, CallArgs a) {
  Super* s = make_object<Super>(t);
  return Value::steal(s);
}

static Value super_init(Value self, CallArgs a) {
  Super* s = self.as<Super>();
  Value type_, obj;
  if (a.nargs == 0) {
    Frame* f = interp().frame;
    if (!f || !f->code || f->code->argcount == 0) return raise(&RuntimeError_type, "super(): no arguments");
    Code* co = f->code.get();
    obj = f->slots()[0];
    if (!co->cell2arg.empty()) {
      for (size_t i = 0; i < co->cell2arg.size(); ++i)
        if (co->cell2arg[i] == 0) obj = f->slots()[co->nlocals + i].as<Cell>()->ref;
    }
    if (!obj) return raise(&RuntimeError_type, "super(): arg[0] deleted");
    for (size_t i = 0; i < co->freevars.size(); ++i) {
      if (co->freevars[i]->s == "__class__") {
        Cell* c = f->slots()[co->nlocals + co->cellvars.size() + i].as<Cell>();
        type_ = c->ref;
        break;
      }
    }
    if (!type_) return raise(&RuntimeError_type, "super(): __class__ cell not found");
  } else {
    type_ = a[0];
    if (a.nargs > 1) obj = a[1];
  }
  if (!isinstance(type_, &type_type)) return raise(&TypeError_type, "super() argument 1 must be a type, not " + std::string(type_name(type_)));
  s->type_ = type_;
  if (obj && !is_none(obj)) {
    if (isinstance(obj, &type_type) && is_subtype(obj.as<Type>(), type_.as<Type>())) {
      s->obj_type = obj;
    } else if (isinstance(obj, type_.as<Type>())) {
      s->obj_type = Value::borrow(type_of(obj));
    } else {
      return raise(&TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
    }
    s->obj = obj;
  }
  return None();
}

static Value super_getattr(const Value& self, Str* name) {
  Super* s = self.as<Super>();
  if (s->obj_type && name->s != "__class__") {
    Type* start = s->type_.as<Type>();
    Type* ot = s->obj_type.as<Type>();
    size_t i = 0;
    while (i < ot->mro.size() && ot->mro[i] != start) ++i;
    for (++i; i < ot->mro.size(); ++i) {
      Type* b = ot->mro[i];
      if (!b->dict) continue;
      Value v = dict_get_str(b->dict.get(), name);
      if (!v) continue;
      Type* vt = type_of(v);
      if (vt->descr_get) {
        Value obj = s->obj.is(s->obj_type) ? Value() : s->obj;
        return vt->descr_get(v, obj, s->obj_type);
      }
      return v;
    }
  }
  return generic_getattr(self, name);
}

static Value super_repr(const Value& self) {
  Super* s = self.as<Super>();
  std::string tn = s->type_ ? type_display_name(s->type_.as<Type>()) : "NULL";
  if (s->obj_type)
    return str_value("<super: <class '" + tn + "'>, <" + type_display_name(s->obj_type.as<Type>()) + " object>>");
  return str_value("<super: <class '" + tn + "'>, NULL>");
}

static void super_clear(Object* o) {
  Super* s = static_cast<Super*>(o);
  s->type_ = s->obj = s->obj_type = Value();
}

Value super_attr(const Value& sup, const Value& cls, const Value& self, Str* name) {
  Value s = call(sup, {cls, self});
  if (!s) return s;
  return getattr(s, name);
}

// ---------------------------------------------------------------- init

void init_klass_types() {
  object_type.name = "object";
  object_type.flags = kBaseType;
  object_type.dealloc = dealloc_as<Object>;
  object_type.new_ = object_new;
  object_type.init = object_init;
  object_type.hash = object_hash;
  object_type.richcompare = object_richcompare;
  object_type.getattr = generic_getattr;
  object_type.setattr = generic_setattr;
  object_type.base = nullptr;
  ready_static_type(&object_type);
  add_getset(&object_type, "__class__", object_class);
  add_getset(&object_type, "__dict__", object_dict);
  add_method(&object_type, "__getattribute__", w_getattribute);
  add_method(&object_type, "__setattr__", w_setattr);
  add_method(&object_type, "__delattr__", w_delattr);
  add_method(&object_type, "__format__", w_format);
  add_method(&object_type, "__repr__", w_object_repr);
  add_method(&object_type, "__str__", w_object_str);
  add_method(&object_type, "__dir__", w_dir);
  add_classmethod(&object_type, "__init_subclass__", w_init_subclass);

  type_type.name = "type";
  type_type.flags = kBaseType;
  type_type.base = &object_type;
  type_type.dealloc = type_dealloc;
  type_type.clear = type_clear;
  type_type.new_ = type_new_slot;
  type_type.init = type_init;
  type_type.call = type_call;
  type_type.repr = type_repr;
  type_type.getattr = type_getattr;
  type_type.setattr = type_setattr;
  type_type.hash = type_hash;
  type_type.binop[size_t(BinOp::Or)] = type_or;
  ready_static_type(&type_type);
  add_method(&type_type, "mro", type_mro_method);
  add_method(&type_type, "__setattr__", w_type_setattr);
  add_method(&type_type, "__delattr__", w_type_delattr);
  add_method(&type_type, "__subclasses__", type_subclasses);

  member_descr_type.name = "member_descriptor";
  member_descr_type.dealloc = dealloc_as<MemberDescr>;
  member_descr_type.clear = member_clear;
  member_descr_type.descr_get = member_get;
  member_descr_type.descr_set = member_set;
  member_descr_type.is_data_descr = true;
  member_descr_type.repr = member_repr;
  ready_static_type(&member_descr_type);

  super_type.name = "super";
  super_type.flags = kBaseType;
  super_type.dealloc = dealloc_as<Super>;
  super_type.clear = super_clear;
  super_type.new_ = super_new;
  super_type.init = super_init;
  super_type.getattr = super_getattr;
  super_type.repr = super_repr;
  ready_static_type(&super_type);
}

}  // namespace ls::rt
