// Functions, code objects, cells, natives and method binding (CPython's
// funcobject.c, methodobject.c, descrobject.c, classobject.c): reprs such as
// `<function f at 0x...>` and `<bound method A.f of <A object at 0x...>>`,
// and the argument parsing helper every native uses.
#include "runtime/types/function.h"

#include <cstdio>
#include <cstring>

#include "runtime/builtin_docs.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

namespace ls::rt {

Type function_type, builtin_function_type, method_type, code_type, cell_type,
    method_descr_type, getset_descr_type, property_type, staticmethod_type, classmethod_type;

void ready_static_type(Type* t);  // init_types.cpp
Value call_function_nested(Function* fn, CallArgs a);  // interp.cpp

static std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---------------------------------------------------------------- functions

static Value function_call(const Value& self, CallArgs a) {
  return call_function_nested(self.as<Function>(), a);
}

static Value function_repr(const Value& self) {
  Function* f = self.as<Function>();
  return str_value("<function " + f->qualname->s + " at " + addr(f) + ">");
}

static Value function_get(const Value& descr, const Value& obj, const Value& type) {
  if (!obj || is_none(obj)) return descr;
  return new_bound_method(descr, obj);
}

static void function_clear(Object* o) {
  Function* f = static_cast<Function*>(o);
  f->defaults = nullptr;
  f->kwdefaults = nullptr;
  f->closure = nullptr;
  f->module = Value();
  f->doc = Value();
  f->annotations = Value();
}

static Value fn_name(const Value& s) { return s.as<Function>()->name.value(); }
static bool fn_set_name(const Value& s, const Value& v) {
  if (!is_str(v)) {
    raise(&TypeError_type, "__name__ must be set to a string object");
    return false;
  }
  s.as<Function>()->name = Ref<Str>::borrow(v.as<Str>());
  return true;
}
static Value fn_qualname(const Value& s) { return s.as<Function>()->qualname.value(); }
static bool fn_set_qualname(const Value& s, const Value& v) {
  if (!is_str(v)) {
    raise(&TypeError_type, "__qualname__ must be set to a string object");
    return false;
  }
  s.as<Function>()->qualname = Ref<Str>::borrow(v.as<Str>());
  return true;
}
static Value fn_module(const Value& s) {
  Function* f = s.as<Function>();
  return f->module ? f->module : None();
}
static bool fn_set_module(const Value& s, const Value& v) {
  s.as<Function>()->module = v;
  return true;
}
static Value fn_doc(const Value& s) {
  Function* f = s.as<Function>();
  return f->doc ? f->doc : None();
}
static bool fn_set_doc(const Value& s, const Value& v) {
  s.as<Function>()->doc = v;
  return true;
}
static Value fn_code(const Value& s) { return s.as<Function>()->code.value(); }
static Value fn_defaults(const Value& s) {
  Function* f = s.as<Function>();
  return f->defaults ? f->defaults.value() : None();
}
static Value fn_kwdefaults(const Value& s) {
  Function* f = s.as<Function>();
  return f->kwdefaults ? f->kwdefaults.value() : None();
}
static Value fn_globals(const Value& s) { return s.as<Function>()->globals.value(); }
static Value fn_closure(const Value& s) {
  Function* f = s.as<Function>();
  return f->closure ? f->closure.value() : None();
}
static Value fn_annotations(const Value& s) {
  Function* f = s.as<Function>();
  if (!f->annotations) f->annotations = new_dict().take();
  return f->annotations;
}
static Value fn_dict(const Value& s) {
  Dict* d = instance_dict(s.obj(), true);
  return Value::borrow(d);
}

// ---------------------------------------------------------------- code

static Value code_repr(const Value& self) {
  Code* c = self.as<Code>();
  return str_value("<code object " + c->name->s + " at " + addr(c) + ", file \"" + c->filename->s +
                   "\", line " + std::to_string(c->firstlineno) + ">");
}
static Value code_name(const Value& s) { return s.as<Code>()->name.value(); }
static Value code_qualname(const Value& s) { return s.as<Code>()->qualname.value(); }
static Value code_filename(const Value& s) { return s.as<Code>()->filename.value(); }
static Value code_firstlineno(const Value& s) { return Value::from_int(s.as<Code>()->firstlineno); }
static Value code_flags(const Value& s) { return Value::from_int(s.as<Code>()->flags & 0xffff); }
static Value code_argcount(const Value& s) { return Value::from_int(s.as<Code>()->argcount); }
static Value code_kwonlyargcount(const Value& s) { return Value::from_int(s.as<Code>()->kwonlyargcount); }
static Value code_posonlyargcount(const Value& s) { return Value::from_int(s.as<Code>()->posonlyargcount); }
static Value code_varnames(const Value& s) {
  Code* c = s.as<Code>();
  Ref<Tuple> t = new_tuple(c->varnames.size());
  for (size_t i = 0; i < c->varnames.size(); ++i) t->items[i] = c->varnames[i].value();
  return t.take();
}

// ---------------------------------------------------------------- cells

static Value cell_repr(const Value& self) {
  Cell* c = self.as<Cell>();
  if (!c->ref) return str_value("<cell at " + addr(c) + ": empty>");
  std::string inner = std::string(type_name(c->ref));
  return str_value("<cell at " + addr(c) + ": " + inner + " object at " + addr(c->ref.obj()) + ">");
}
static void cell_clear(Object* o) { static_cast<Cell*>(o)->ref = Value(); }
static Value cell_contents(const Value& s) {
  Cell* c = s.as<Cell>();
  if (!c->ref) return raise(&ValueError_type, "Cell is empty");
  return c->ref;
}

// ---------------------------------------------------------------- natives

Ref<BuiltinFunction> new_builtin(const char* name, NativeFn fn, Value self) {
  BuiltinFunction* b = make_object<BuiltinFunction>(&builtin_function_type);
  b->name = name;
  b->fn = fn;
  b->self = std::move(self);
  b->is_method = bool(b->self);
  return Ref<BuiltinFunction>::steal(b);
}

static Value builtin_call(const Value& self, CallArgs a) {
  BuiltinFunction* b = self.as<BuiltinFunction>();
  Type* saved = native_owner();
  set_native_owner(b->owner);
  Value r = b->fn(b->self, a);
  set_native_owner(saved);
  return r;
}

static Value builtin_repr(const Value& self) {
  BuiltinFunction* b = self.as<BuiltinFunction>();
  if (b->is_method && b->self && !is_exact(b->self, &module_type)) {
    Type* t = type_of(b->self);
    if (t == &type_type || is_subtype(t, &type_type)) {
      return str_value(std::string("<built-in method ") + b->name + " of type object at " +
                       addr(b->self.obj()) + ">");
    }
    return str_value(std::string("<built-in method ") + b->name + " of " + std::string(t->name) +
                     " object at " + addr(b->self.obj()) + ">");
  }
  return str_value(std::string("<built-in function ") + b->name + ">");
}

static void builtin_clear(Object* o) {
  BuiltinFunction* b = static_cast<BuiltinFunction*>(o);
  b->self = Value();
  b->module = Value();
}

static Value builtin_name(const Value& s) { return str_value(s.as<BuiltinFunction>()->name); }
static Value builtin_qualname(const Value& s) {
  BuiltinFunction* b = s.as<BuiltinFunction>();
  if (b->is_method && b->self && !is_exact(b->self, &module_type)) {
    Type* t = isinstance(b->self, &type_type) ? b->self.as<Type>() : type_of(b->self);
    return str_value(std::string(t->name_str ? t->name_str->s : t->name) + "." + b->name);
  }
  return str_value(b->name);
}
static Value builtin_module(const Value& s);
// __doc__ of a native: CPython's docstring for a builtin function or a method
// of a core type (runtime/builtin_docs.h), None for the rest.
static Value builtin_doc_get(const Value& s) {
  BuiltinFunction* b = s.as<BuiltinFunction>();
  const char* d = nullptr;
  if (b->is_method && b->self && !is_exact(b->self, &module_type)) {
    Type* t = b->owner ? b->owner : isinstance(b->self, &type_type) ? b->self.as<Type>() : type_of(b->self);
    d = builtin_doc(std::string(t->name) + "." + b->name);
  } else {
    Value mod = builtin_module(s);
    if (is_none(mod) || (is_str(mod) && sv(mod) == "builtins")) d = builtin_doc(b->name);
  }
  return d ? str_value(d) : None();
}
static Value method_descr_doc(const Value& s) {
  MethodDescr* m = s.as<MethodDescr>();
  const char* d = builtin_doc(std::string(m->owner->name) + "." + m->name);
  return d ? str_value(d) : None();
}
static Value builtin_self(const Value& s) {
  BuiltinFunction* b = s.as<BuiltinFunction>();
  return b->self ? b->self : None();
}
static Value builtin_module(const Value& s) {
  BuiltinFunction* b = s.as<BuiltinFunction>();
  if (b->module) return b->module;
  return is_exact(b->self, &module_type) ? getattr(b->self, "__name__") : None();
}

static Value method_descr_get(const Value& descr, const Value& obj, const Value& type) {
  MethodDescr* m = descr.as<MethodDescr>();
  Ref<BuiltinFunction> b;
  if (m->is_static) {
    b = new_builtin(m->name, m->fn);
  } else if (m->is_classmethod) {
    Value cls = type && !is_none(type) ? type : Value::borrow(type_of(obj));
    b = new_builtin(m->name, m->fn, cls);
  } else {
    if (!obj || is_none(obj)) return descr;
    if (!isinstance(obj, m->owner)) {
      return raisef(&TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    m->name, std::string(m->owner->name).c_str(), std::string(type_name(obj)).c_str());
    }
    b = new_builtin(m->name, m->fn, obj);
  }
  b->owner = m->owner;
  return b.take();
}

// Calling an unbound method descriptor: list.append(l, x).
static Value method_descr_call(const Value& self, CallArgs a) {
  MethodDescr* m = self.as<MethodDescr>();
  struct OwnerScope {
    Type* saved;
    explicit OwnerScope(Type* t) : saved(native_owner()) { set_native_owner(t); }
    ~OwnerScope() { set_native_owner(saved); }
  } scope(m->owner);
  if (m->is_static) return m->fn(Value(), a);
  if (a.nargs - a.nkw() < 1) {
    return raisef(&TypeError_type, "unbound method %s.%s() needs an argument",
                  std::string(m->owner->name).c_str(), m->name);
  }
  if (!isinstance(a[0], m->owner) && !m->is_classmethod) {
    return raisef(&TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  m->name, std::string(m->owner->name).c_str(), std::string(type_name(a[0])).c_str());
  }
  CallArgs rest{a.v + 1, a.nargs - 1, a.kwnames};
  return m->fn(a[0], rest);
}

static Value method_descr_repr(const Value& self) {
  MethodDescr* m = self.as<MethodDescr>();
  return str_value(std::string("<method '") + m->name + "' of '" + std::string(m->owner->name) + "' objects>");
}

static Value getset_get(const Value& descr, const Value& obj, const Value& type) {
  GetSetDescr* g = descr.as<GetSetDescr>();
  if (!obj || is_none(obj)) return descr;
  return g->get(obj);
}

static bool getset_set(const Value& descr, const Value& obj, const Value& v) {
  GetSetDescr* g = descr.as<GetSetDescr>();
  if (!g->set) {
    if (interp().minor >= 11)
      raisef(&AttributeError_type, "attribute '%s' of '%s' objects is not writable", g->name,
             std::string(g->owner->name).c_str());
    else
      raisef(&AttributeError_type, "attribute '%s' of '%s' objects is not writable", g->name,
             std::string(g->owner->name).c_str());
    return false;
  }
  return g->set(obj, v);
}

static Value getset_repr(const Value& self) {
  GetSetDescr* g = self.as<GetSetDescr>();
  return str_value(std::string("<attribute '") + g->name + "' of '" + std::string(g->owner->name) + "' objects>");
}

static Dict* type_dict_for_add(Type* t) {
  if (!t->dict) {
    Heap* h = current_heap();
    set_current_heap(nullptr);
    t->dict = new_dict();
    t->dict->refcnt = kImmortal;
    set_current_heap(h);
  }
  return t->dict.get();
}

// A built-in type is immortal and shared by all sessions, so are the
// descriptors added to it. A class made by a session (sys.version_info's)
// keeps its descriptors on that session's heap: they die with it.
static bool shared_type(Type* t) { return !(t->flags & kHeapType); }

static void add_descr(Type* t, const char* name, Value d) {
  if (!shared_type(t)) {
    dict_set_str(type_dict_for_add(t), intern(name), d);
    return;
  }
  Heap* h = current_heap();
  set_current_heap(nullptr);
  d.obj()->refcnt = kImmortal;
  dict_set_str(type_dict_for_add(t), intern(name), d);
  set_current_heap(h);
}

// One immortal method descriptor in a built-in type's dict.
static void add_method_descr(Type* t, const char* name, NativeFn fn, bool is_classmethod, bool is_static) {
  Heap* h = current_heap();
  if (shared_type(t)) set_current_heap(nullptr);
  MethodDescr* m = make_object<MethodDescr>(&method_descr_type);
  m->name = name;
  m->fn = fn;
  m->owner = t;
  m->is_classmethod = is_classmethod;
  m->is_static = is_static;
  set_current_heap(h);
  add_descr(t, name, Value::steal(m));
}

void add_method(Type* t, const char* name, NativeFn fn) { add_method_descr(t, name, fn, false, false); }
void add_classmethod(Type* t, const char* name, NativeFn fn) { add_method_descr(t, name, fn, true, false); }
void add_staticmethod(Type* t, const char* name, NativeFn fn) { add_method_descr(t, name, fn, false, true); }

void add_getset(Type* t, const char* name, Value (*get)(const Value&), bool (*set)(const Value&, const Value&)) {
  Heap* h = current_heap();
  if (shared_type(t)) set_current_heap(nullptr);
  GetSetDescr* g = make_object<GetSetDescr>(&getset_descr_type);
  g->name = name;
  g->get = get;
  g->set = set;
  g->owner = t;
  set_current_heap(h);
  add_descr(t, name, Value::steal(g));
}

// ---------------------------------------------------------------- bound methods

Value new_bound_method(Value func, Value self) {
  BoundMethod* m = make_object<BoundMethod>(&method_type);
  m->func = std::move(func);
  m->self = std::move(self);
  return Value::steal(m);
}

static Value method_call(const Value& self, CallArgs a) {
  BoundMethod* m = self.as<BoundMethod>();
  uint32_t n = a.nargs;
  Value stackbuf[8];
  std::vector<Value> heapbuf;
  Value* argv = stackbuf;
  if (n + 1 > 8) {
    heapbuf.resize(n + 1);
    argv = heapbuf.data();
  }
  argv[0] = m->self;
  for (uint32_t i = 0; i < n; ++i) argv[i + 1] = a.v[i];
  CallArgs b{argv, n + 1, a.kwnames};
  return call(m->func, b);
}

static Value method_repr(const Value& self) {
  BoundMethod* m = self.as<BoundMethod>();
  Value qn = getattr_opt(m->func, intern("__qualname__"));
  std::string name = qn && is_str(qn) ? std::string(sv(qn)) : "?";
  return str_value("<bound method " + name + " of " + repr_utf8(m->self) + ">");
}

static Value method_getattr(const Value& self, Str* name) {
  BoundMethod* m = self.as<BoundMethod>();
  if (name->s == "__self__") return m->self;
  if (name->s == "__func__") return m->func;
  Value v = getattr_opt(Value::borrow(&method_type), name);
  if (v && !name->s.empty() && name->s[0] == '_' && name->s != "__doc__" && name->s != "__name__" &&
      name->s != "__qualname__" && name->s != "__module__")
    return generic_getattr(self, name);
  return getattr(m->func, name);
}

static Value method_richcompare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::EQ && op != CmpOp::NE) || !is_exact(b, &method_type)) return NotImplemented();
  BoundMethod* x = a.as<BoundMethod>();
  BoundMethod* y = b.as<BoundMethod>();
  bool eq = x->func.is(y->func) && x->self.is(y->self);
  return Bool(op == CmpOp::EQ ? eq : !eq);
}

static bool method_hash(const Value& self, int64_t* out) {
  BoundMethod* m = self.as<BoundMethod>();
  *out = int64_t(reinterpret_cast<uintptr_t>(m->func.obj()) >> 4) ^ int64_t(reinterpret_cast<uintptr_t>(m->self.obj()));
  return true;
}

static void method_clear(Object* o) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  m->func = Value();
  m->self = Value();
}

// ---------------------------------------------------------------- property, staticmethod, classmethod

static Value property_new(Type* t, CallArgs a) {
  Value args[4];
  if (!parse_args_c(a, "property", "|fget,fset,fdel,doc", args)) return Value();
  Property* p = make_object<Property>(t);
  p->fget = args[0] && !is_none(args[0]) ? args[0] : Value();
  p->fset = args[1] && !is_none(args[1]) ? args[1] : Value();
  p->fdel = args[2] && !is_none(args[2]) ? args[2] : Value();
  p->doc = args[3] ? args[3] : (p->fget ? getattr_opt(p->fget, intern("__doc__")) : Value());
  if (pending()) clear_pending();
  return Value::steal(p);
}

static Value property_get(const Value& descr, const Value& obj, const Value& type) {
  Property* p = descr.as<Property>();
  if (!obj || is_none(obj)) return descr;
  if (!p->fget) {
    Value qn = p->fset ? getattr_opt(p->fset, intern("__qualname__")) : Value();
    return raisef(&AttributeError_type, "property of '%s' object has no getter",
                  std::string(type_name(obj)).c_str());
  }
  return call(p->fget, {obj});
}

static bool property_set(const Value& descr, const Value& obj, const Value& v) {
  Property* p = descr.as<Property>();
  Value f = v ? p->fset : p->fdel;
  if (!f) {
    Value qn;
    if (p->fget) qn = getattr_opt(p->fget, intern("__name__"));
    if (interp().minor >= 11 && qn) {
      raisef(&AttributeError_type, "property '%s' of '%s' object has no %s", std::string(sv(qn)).c_str(),
             std::string(type_name(obj)).c_str(), v ? "setter" : "deleter");
    } else {
      raise(&AttributeError_type, v ? "can't set attribute" : "can't delete attribute");
    }
    return false;
  }
  Value r = v ? call(f, {obj, v}) : call(f, {obj});
  return bool(r);
}

static Value property_copy_with(const Value& self, int which, const Value& fn) {
  Property* p = self.as<Property>();
  Property* q = make_object<Property>(type_of(self));
  q->fget = which == 0 ? fn : p->fget;
  q->fset = which == 1 ? fn : p->fset;
  q->fdel = which == 2 ? fn : p->fdel;
  q->doc = p->doc;
  return Value::steal(q);
}
static Value property_getter(const Value& self, CallArgs a) {
  if (!check_nargs(a, "getter", 1, 1)) return Value();
  return property_copy_with(self, 0, a[0]);
}
static Value property_setter(const Value& self, CallArgs a) {
  if (!check_nargs(a, "setter", 1, 1)) return Value();
  return property_copy_with(self, 1, a[0]);
}
static Value property_deleter(const Value& self, CallArgs a) {
  if (!check_nargs(a, "deleter", 1, 1)) return Value();
  return property_copy_with(self, 2, a[0]);
}
static Value property_fget(const Value& s) {
  Property* p = s.as<Property>();
  return p->fget ? p->fget : None();
}
static Value property_doc(const Value& s) {
  Property* p = s.as<Property>();
  return p->doc ? p->doc : None();
}
static void property_clear(Object* o) {
  Property* p = static_cast<Property*>(o);
  p->fget = p->fset = p->fdel = p->doc = Value();
}

static Value wrapper_new(Type* t, CallArgs a) {
  if (!check_nargs(a, t->name.c_str(), 1, 1)) return Value();
  StaticMethod* s = make_object<StaticMethod>(t);
  s->func = a[0];
  return Value::steal(s);
}
static Value staticmethod_get(const Value& descr, const Value& obj, const Value& type) {
  return descr.as<StaticMethod>()->func;
}
static Value staticmethod_call(const Value& self, CallArgs a) { return call(self.as<StaticMethod>()->func, a); }
static Value classmethod_get(const Value& descr, const Value& obj, const Value& type) {
  Value cls = type && !is_none(type) ? type : Value::borrow(type_of(obj));
  return new_bound_method(descr.as<StaticMethod>()->func, cls);
}
static Value wrapper_func(const Value& s) { return s.as<StaticMethod>()->func; }
static void wrapper_clear(Object* o) { static_cast<StaticMethod*>(o)->func = Value(); }
static Value wrapper_getattr(const Value& self, Str* name) {
  Value v = generic_getattr(self, name);
  if (v || !pending_matches(&AttributeError_type)) return v;
  // __name__, __doc__, __qualname__ ... come from the wrapped function (3.10+).
  clear_pending();
  return getattr(self.as<StaticMethod>()->func, name);
}

// ---------------------------------------------------------------- argument parsing

uint32_t count_spec(const char* spec) {
  uint32_t n = 0;
  for (const char* p = spec; *p; ++p)
    if (*p == ',') ++n;
  return *spec ? n + 1 : 0;
}

namespace {
// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}
}  // namespace

static bool g_clinic_wording = false;

bool parse_args_c(CallArgs a, const char* fname, const char* spec, Value* out) {
  g_clinic_wording = true;
  bool ok = parse_args(a, fname, spec, out);
  g_clinic_wording = false;
  return ok;
}

bool parse_args(CallArgs a, const char* fname, const char* spec, Value* out) {
  // A leading '@': the function is written in Python in CPython, so argument
  // errors use the interpreter's wording ("missing 1 required positional
  // argument: 'fs'") rather than the C argument parser's.
  bool py_style = *spec == '@';
  if (py_style) ++spec;
  // Split the spec into names with flags (no allocation: natives such as
  // str() and dict.get() parse their arguments on every call).
  struct P {
    std::string_view name;
    bool required, kwonly;
  };
  constexpr size_t kMaxParams = 32;
  P params[kMaxParams];
  size_t nparams = 0;
  bool optional = false, kwonly = false;
  const char* cur = nullptr;
  auto flush = [&](const char* end) {
    if (cur && end > cur) {
      LS_ASSERT(nparams < kMaxParams);
      params[nparams++] = {std::string_view(cur, size_t(end - cur)), !optional, kwonly};
    }
    cur = nullptr;
  };
  const char* p = spec;
  for (; *p; ++p) {
    char c = *p;
    if (c == ',') {
      flush(p);
    } else if (c == '|') {
      flush(p);
      optional = true;
    } else if (c == '$') {
      flush(p);
      kwonly = true;
      optional = true;
    } else if (!cur) {
      cur = p;
    }
  }
  flush(p);
  uint32_t nkw = a.nkw();
  uint32_t npos = a.nargs - nkw;
  uint32_t maxpos = 0;
  for (size_t i = 0; i < nparams; ++i)
    if (!params[i].kwonly) ++maxpos;
  if (npos > maxpos) {
    uint32_t minpos = 0;
    for (size_t i = 0; i < nparams; ++i)
      if (!params[i].kwonly && params[i].required) ++minpos;
    if (py_style && minpos == maxpos)
      raisef(&TypeError_type, "%s() takes %u positional argument%s but %u %s given", fname, maxpos,
             maxpos == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
    else if (py_style)
      raisef(&TypeError_type, "%s() takes from %u to %u positional arguments but %u were given", fname, minpos,
             maxpos, npos);
    else if (maxpos == 0)
      raisef(&TypeError_type, "%s() takes no positional arguments", fname);
    else if (minpos == maxpos)
      raisef(&TypeError_type, "%s() takes exactly %u argument%s (%u given)", fname, maxpos,
             maxpos == 1 ? "" : "s", npos);
    else
      raisef(&TypeError_type, "%s() takes at most %u argument%s (%u given)", fname, maxpos,
             maxpos == 1 ? "" : "s", npos);
    return false;
  }
  for (size_t i = 0; i < nparams; ++i) out[i] = Value();
  for (uint32_t i = 0; i < npos; ++i) out[i] = a.v[i];
  for (uint32_t k = 0; k < nkw; ++k) {
    std::string_view kn = sv(a.kwnames->items[k]);
    size_t j = 0;
    for (; j < nparams; ++j)
      if (params[j].name == kn) break;
    if (j == nparams) {
      if (g_clinic_wording)
        raisef(&TypeError_type, "'%s' is an invalid keyword argument for %s()", std::string(kn).c_str(), fname);
      else
        raisef(&TypeError_type, "%s() got an unexpected keyword argument '%s'", fname, std::string(kn).c_str());
      return false;
    }
    if (out[j]) {
      if (py_style)
        raisef(&TypeError_type, "%s() got multiple values for argument '%s'", fname, std::string(kn).c_str());
      else
        raisef(&TypeError_type, "argument for %s() given by name ('%s') and position (%zu)", fname,
               std::string(kn).c_str(), j + 1);
      return false;
    }
    out[j] = a.v[npos + k];
  }
  if (py_style) {
    for (bool kw : {false, true}) {
      std::vector<std::string> missing;
      for (size_t i = 0; i < nparams; ++i)
        if (params[i].required && params[i].kwonly == kw && !out[i]) missing.emplace_back(params[i].name);
      if (missing.empty()) continue;
      raisef(&TypeError_type, "%s() missing %zu required %s argument%s: %s", fname, missing.size(),
             kw ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
      return false;
    }
  }
  for (size_t i = 0; i < nparams; ++i) {
    if (params[i].required && !out[i]) {
      std::string name(params[i].name);
      if (params[i].kwonly)
        raisef(&TypeError_type, "%s() missing required keyword-only argument: '%s'", fname, name.c_str());
      else
        raisef(&TypeError_type, "%s() missing required argument '%s' (pos %zu)", fname, name.c_str(), i + 1);
      return false;
    }
  }
  return true;
}

bool no_kwargs(CallArgs a, const char* fname) {
  if (a.nkw()) {
    raisef(&TypeError_type, "%s() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool check_nargs(CallArgs a, const char* fname, uint32_t min, uint32_t max) {
  if (!no_kwargs(a, fname)) return false;
  uint32_t n = a.nargs;
  if (n >= min && n <= max) return true;
  if (min == max) {
    // METH_NOARGS / METH_O: CPython names a method by its qualified name ("str.join()").
    std::string qual = native_owner() ? std::string(native_owner()->name) + "." + fname : std::string(fname);
    if (min == 0) raisef(&TypeError_type, "%s() takes no arguments (%u given)", qual.c_str(), n);
    else if (min == 1) raisef(&TypeError_type, "%s() takes exactly one argument (%u given)", qual.c_str(), n);
    else raisef(&TypeError_type, "%s expected %u arguments, got %u", fname, min, n);
  } else if (n < min) {
    raisef(&TypeError_type, "%s expected at least %u argument%s, got %u", fname, min, min == 1 ? "" : "s", n);
  } else {
    raisef(&TypeError_type, "%s expected at most %u argument%s, got %u", fname, max, max == 1 ? "" : "s", n);
  }
  return false;
}

void init_function_types() {
  function_type.name = "function";
  function_type.flags = kHasDict;
  function_type.dealloc = dealloc_as<Function>;
  function_type.clear = function_clear;
  function_type.call = function_call;
  function_type.repr = function_repr;
  function_type.descr_get = function_get;
  add_getset(&function_type, "__name__", fn_name, fn_set_name);
  add_getset(&function_type, "__qualname__", fn_qualname, fn_set_qualname);
  add_getset(&function_type, "__module__", fn_module, fn_set_module);
  add_getset(&function_type, "__doc__", fn_doc, fn_set_doc);
  add_getset(&function_type, "__code__", fn_code);
  add_getset(&function_type, "__defaults__", fn_defaults);
  add_getset(&function_type, "__kwdefaults__", fn_kwdefaults);
  add_getset(&function_type, "__globals__", fn_globals);
  add_getset(&function_type, "__closure__", fn_closure);
  add_getset(&function_type, "__annotations__", fn_annotations);
  add_getset(&function_type, "__dict__", fn_dict);
  ready_static_type(&function_type);

  code_type.name = "code";
  code_type.dealloc = dealloc_as<Code>;
  code_type.repr = code_repr;
  add_getset(&code_type, "co_name", code_name);
  add_getset(&code_type, "co_qualname", code_qualname);
  add_getset(&code_type, "co_filename", code_filename);
  add_getset(&code_type, "co_firstlineno", code_firstlineno);
  add_getset(&code_type, "co_flags", code_flags);
  add_getset(&code_type, "co_argcount", code_argcount);
  add_getset(&code_type, "co_kwonlyargcount", code_kwonlyargcount);
  add_getset(&code_type, "co_posonlyargcount", code_posonlyargcount);
  add_getset(&code_type, "co_varnames", code_varnames);
  ready_static_type(&code_type);

  cell_type.name = "cell";
  cell_type.dealloc = dealloc_as<Cell>;
  cell_type.clear = cell_clear;
  cell_type.repr = cell_repr;
  add_getset(&cell_type, "cell_contents", cell_contents);
  ready_static_type(&cell_type);

  builtin_function_type.name = "builtin_function_or_method";
  builtin_function_type.dealloc = dealloc_as<BuiltinFunction>;
  builtin_function_type.clear = builtin_clear;
  builtin_function_type.call = builtin_call;
  builtin_function_type.repr = builtin_repr;
  add_getset(&builtin_function_type, "__name__", builtin_name);
  add_getset(&builtin_function_type, "__qualname__", builtin_qualname);
  add_getset(&builtin_function_type, "__self__", builtin_self);
  add_getset(&builtin_function_type, "__module__", builtin_module);
  add_getset(&builtin_function_type, "__doc__", builtin_doc_get);
  ready_static_type(&builtin_function_type);

  method_descr_type.name = "method_descriptor";
  method_descr_type.dealloc = dealloc_as<MethodDescr>;
  method_descr_type.descr_get = method_descr_get;
  method_descr_type.call = method_descr_call;
  method_descr_type.repr = method_descr_repr;
  add_getset(&method_descr_type, "__doc__", method_descr_doc);
  ready_static_type(&method_descr_type);

  getset_descr_type.name = "getset_descriptor";
  getset_descr_type.dealloc = dealloc_as<GetSetDescr>;
  getset_descr_type.descr_get = getset_get;
  getset_descr_type.descr_set = getset_set;
  getset_descr_type.is_data_descr = true;
  getset_descr_type.repr = getset_repr;
  ready_static_type(&getset_descr_type);

  method_type.name = "method";
  method_type.dealloc = dealloc_as<BoundMethod>;
  method_type.clear = method_clear;
  method_type.call = method_call;
  method_type.repr = method_repr;
  method_type.getattr = method_getattr;
  method_type.richcompare = method_richcompare;
  method_type.hash = method_hash;
  ready_static_type(&method_type);

  property_type.name = "property";
  property_type.flags = kBaseType;
  property_type.dealloc = dealloc_as<Property>;
  property_type.clear = property_clear;
  property_type.new_ = property_new;
  property_type.descr_get = property_get;
  property_type.descr_set = property_set;
  property_type.is_data_descr = true;
  add_method(&property_type, "getter", property_getter);
  add_method(&property_type, "setter", property_setter);
  add_method(&property_type, "deleter", property_deleter);
  add_getset(&property_type, "fget", property_fget);
  add_getset(&property_type, "__doc__", property_doc);
  ready_static_type(&property_type);

  staticmethod_type.name = "staticmethod";
  staticmethod_type.flags = kBaseType | kHasDict;
  staticmethod_type.dealloc = dealloc_as<StaticMethod>;
  staticmethod_type.clear = wrapper_clear;
  staticmethod_type.new_ = wrapper_new;
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
  staticmethod_type.getattr = wrapper_getattr;
  add_getset(&staticmethod_type, "__func__", wrapper_func);
  ready_static_type(&staticmethod_type);

  classmethod_type.name = "classmethod";
  classmethod_type.flags = kBaseType | kHasDict;
  classmethod_type.dealloc = dealloc_as<StaticMethod>;
  classmethod_type.clear = wrapper_clear;
  classmethod_type.new_ = wrapper_new;
  classmethod_type.descr_get = classmethod_get;
  classmethod_type.getattr = wrapper_getattr;
  add_getset(&classmethod_type, "__func__", wrapper_func);
  ready_static_type(&classmethod_type);
}

}  // namespace ls::rt
