// The built-in exception hierarchy (CPython's Objects/exceptions.c): args,
// str()/repr(), __cause__/__context__/__traceback__, StopIteration.value,
// SystemExit.code, NameError/AttributeError names, ExceptionGroup basics.
#include <cstdio>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::rt {

Type BaseException_type, Exception_type, ArithmeticError_type, ZeroDivisionError_type,
    OverflowError_type, ValueError_type, TypeError_type, LookupError_type, KeyError_type,
    IndexError_type, AttributeError_type, NameError_type, UnboundLocalError_type,
    RuntimeError_type, NotImplementedError_type, RecursionError_type, StopIteration_type,
    StopAsyncIteration_type, GeneratorExit_type, KeyboardInterrupt_type, SystemExit_type,
    AssertionError_type, OSError_type, TimeoutError_type, ConnectionError_type,
    MemoryError_type, ImportError_type, ModuleNotFoundError_type, SyntaxError_type,
    IndentationError_type, TabError_type, EOFError_type, UnicodeError_type,
    UnicodeDecodeError_type, UnicodeEncodeError_type, BaseExceptionGroup_type,
    ExceptionGroup_type, Warning_type, DeprecationWarning_type, RuntimeWarning_type,
    UserWarning_type, PendingDeprecationWarning_type, SyntaxWarning_type,
    FutureWarning_type, ResourceWarning_type, BufferError_type, InterruptedError_type,
    PermissionError_type, FileNotFoundError_type, BrokenPipeError_type,
    ConnectionResetError_type, ConnectionRefusedError_type, ConnectionAbortedError_type,
    ReferenceError_type, SystemError_type, UnicodeTranslateError_type,
    FloatingPointError_type, BlockingIOError_type, ChildProcessError_type,
    FileExistsError_type, IsADirectoryError_type, NotADirectoryError_type,
    ProcessLookupError_type, BytesWarning_type, ImportWarning_type, UnicodeWarning_type,
    EncodingWarning_type;

Type traceback_type;

void ready_static_type(Type* t);

static Value exc_new(Type* t, CallArgs a) {
  BaseExc* e = make_object<BaseExc>(t);
  Value v = Value::steal(e);
  uint32_t npos = a.nargs - a.nkw();
  e->args = new_tuple(npos);
  for (uint32_t i = 0; i < npos; ++i) e->args->items[i] = a[i];
  return v;
}

static Value exc_init(Value self, CallArgs a) {
  Type* t = type_of(self);
  if (a.nkw() && !(t->flags & kHeapType)) {
    return raisef(&TypeError_type, "%s() takes no keyword arguments", std::string(type_name(self)).c_str());
  }
  BaseExc* e = as_exc(self);
  uint32_t npos = a.nargs - a.nkw();
  e->args = new_tuple(npos);
  for (uint32_t i = 0; i < npos; ++i) e->args->items[i] = a[i];
  return None();
}

static Value exc_str(const Value& self) {
  BaseExc* e = as_exc(self);
  if (!e->args || e->args->size() == 0) return str_value("");
  if (e->args->size() == 1) return str(e->args->items[0]);
  return str(e->args.value());
}

static Value keyerror_str(const Value& self) {
  BaseExc* e = as_exc(self);
  if (e->args && e->args->size() == 1) return repr(e->args->items[0]);
  return exc_str(self);
}

Value exception_str(const Value& e) {
  Value s = str(e);
  if (!s) {
    clear_pending();
    return str_value("<exception str() failed>");
  }
  return s;
}

static Value exc_repr(const Value& self) {
  BaseExc* e = as_exc(self);
  std::string name(type_name(self));
  if (!e->args || e->args->size() == 0) return str_value(name + "()");
  if (e->args->size() == 1) {
    Value r = repr(e->args->items[0]);
    if (!r) return r;
    return str_value(name + "(" + std::string(sv(r)) + ")");
  }
  Value r = repr(e->args.value());
  if (!r) return r;
  return str_value(name + std::string(sv(r)));
}

static void exc_clear(Object* o) {
  BaseExc* e = static_cast<BaseExc*>(o);
  e->args = nullptr;
  e->traceback = Value();
  e->cause = Value();
  e->context = Value();
  e->notes = Value();
  e->value = Value();
  e->name = Value();
  e->obj = Value();
  e->exceptions = nullptr;
}

static Value g_args(const Value& s) { return as_exc(s)->args ? as_exc(s)->args.value() : empty_tuple(); }
static bool s_args(const Value& s, const Value& v) {
  Value t = seq_to_tuple(v);
  if (!t) return false;
  as_exc(s)->args = Ref<Tuple>::steal(static_cast<Tuple*>(t.release()));
  return true;
}
static Value g_tb(const Value& s) { return as_exc(s)->traceback ? as_exc(s)->traceback : None(); }
static bool s_tb(const Value& s, const Value& v) {
  as_exc(s)->traceback = is_none(v) ? Value() : v;
  return true;
}
static Value g_cause(const Value& s) { return as_exc(s)->cause ? as_exc(s)->cause : None(); }
static bool s_cause(const Value& s, const Value& v) {
  if (!is_none(v) && !isinstance(v, &BaseException_type)) {
    raise(&TypeError_type, "exception cause must be None or derive from BaseException");
    return false;
  }
  as_exc(s)->cause = is_none(v) ? Value() : v;
  as_exc(s)->suppress_context = true;
  return true;
}
static Value g_context(const Value& s) { return as_exc(s)->context ? as_exc(s)->context : None(); }
static bool s_context(const Value& s, const Value& v) {
  as_exc(s)->context = is_none(v) ? Value() : v;
  return true;
}
static Value g_suppress(const Value& s) { return Bool(as_exc(s)->suppress_context); }
static bool s_suppress(const Value& s, const Value& v) {
  int t = truthy(v);
  if (t < 0) return false;
  as_exc(s)->suppress_context = t;
  return true;
}
static Value g_notes(const Value& s) {
  if (!as_exc(s)->notes) return raise_attribute_error(s, intern("__notes__"));
  return as_exc(s)->notes;
}
static Value m_add_note(const Value& self, CallArgs a) {
  if (!check_nargs(a, "add_note", 1, 1)) return Value();
  if (!is_str(a[0])) return raisef(&TypeError_type, "note must be a str, not '%s'", std::string(type_name(a[0])).c_str());
  BaseExc* e = as_exc(self);
  if (!e->notes) e->notes = new_list(0).take();
  e->notes.as<List>()->items.push_back(a[0]);
  return None();
}
static Value m_with_traceback(const Value& self, CallArgs a) {
  if (!check_nargs(a, "with_traceback", 1, 1)) return Value();
  as_exc(self)->traceback = is_none(a[0]) ? Value() : a[0];
  return self;
}

static Value stopiter_init(Value self, CallArgs a) {
  Value r = exc_init(self, a);
  if (!r) return r;
  BaseExc* e = as_exc(self);
  e->value = e->args->size() ? e->args->items[0] : None();
  return r;
}
static Value g_value(const Value& s) { return as_exc(s)->value ? as_exc(s)->value : None(); }
static bool s_value(const Value& s, const Value& v) {
  as_exc(s)->value = v;
  return true;
}
static Value sysexit_init(Value self, CallArgs a) {
  Value r = exc_init(self, a);
  if (!r) return r;
  BaseExc* e = as_exc(self);
  size_t n = e->args->size();
  e->value = n == 0 ? None() : n == 1 ? e->args->items[0] : e->args.value();
  return r;
}
static Value g_name(const Value& s) { return as_exc(s)->name ? as_exc(s)->name : None(); }
static bool s_name(const Value& s, const Value& v) {
  as_exc(s)->name = v;
  return true;
}
static Value g_obj(const Value& s) { return as_exc(s)->obj ? as_exc(s)->obj : None(); }

static Value name_error_init(Value self, CallArgs a) {
  Value args[2];
  uint32_t npos = a.nargs - a.nkw();
  CallArgs pos{a.v, npos, nullptr};
  Value r = exc_init(self, pos);
  if (!r) return r;
  for (uint32_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = sv(a.kwnames->items[k]);
    if (n == "name") as_exc(self)->name = a.v[npos + k];
    else if (n == "obj") as_exc(self)->obj = a.v[npos + k];
    else return raisef(&TypeError_type, "%s() got an unexpected keyword argument '%s'",
                       std::string(type_name(self)).c_str(), std::string(n).c_str());
  }
  (void)args;
  return r;
}

// OSError(errno, strerror): str is "[Errno N] text".
static Value oserror_str(const Value& self) {
  BaseExc* e = as_exc(self);
  size_t n = e->args ? e->args->size() : 0;
  if (n >= 3 && n <= 5 && !is_none(e->args->items[2])) {
    Value a0 = str(e->args->items[0]), a1 = str(e->args->items[1]), f = repr(e->args->items[2]);
    if (!a0 || !a1 || !f) return Value();
    std::string out = "[Errno " + std::string(sv(a0)) + "] " + std::string(sv(a1)) + ": " + std::string(sv(f));
    if (n == 5 && !is_none(e->args->items[4])) {
      Value f2 = repr(e->args->items[4]);
      if (!f2) return Value();
      out += " -> " + std::string(sv(f2));
    }
    return str_value(out);
  }
  if (n >= 2 && n <= 5) {
    Value a0 = str(e->args->items[0]), a1 = str(e->args->items[1]);
    if (!a0 || !a1) return Value();
    return str_value("[Errno " + std::string(sv(a0)) + "] " + std::string(sv(a1)));
  }
  return exc_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]) attributes,
// read from args as CPython's oserror_init fills them (None otherwise).
static Value oserror_arg(const Value& s, size_t i) {
  BaseExc* e = as_exc(s);
  size_t n = e->args ? e->args->size() : 0;
  if (n < 2 || n > 5 || i >= n || i == 3) return None();
  return e->args->items[i];
}
static Value g_errno(const Value& s) { return oserror_arg(s, 0); }
static Value g_strerror(const Value& s) { return oserror_arg(s, 1); }
static Value g_filename(const Value& s) { return oserror_arg(s, 2); }
static Value g_filename2(const Value& s) { return oserror_arg(s, 4); }

// ExceptionGroup(message, exceptions)
static Value eg_new(Type* t, CallArgs a) {
  uint32_t npos = a.nargs - a.nkw();
  if (npos != 2) return raisef(&TypeError_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%u given)", npos);
  if (!is_str(a[0])) return raise(&TypeError_type, "argument 1 must be str, not " + std::string(type_name(a[0])));
  Value seq = seq_to_tuple(a[1]);
  if (!seq) return raise(&TypeError_type, "second argument (exceptions) must be a sequence");
  Tuple* ex = seq.as<Tuple>();
  if (ex->size() == 0) return raise(&ValueError_type, "second argument (exceptions) must be a non-empty sequence");
  bool all_exc = true;
  for (size_t i = 0; i < ex->size(); ++i) {
    if (!isinstance(ex->items[i], &BaseException_type)) {
      return raisef(&ValueError_type, "Item %zu of second argument (exceptions) is not an exception", i);
    }
    if (!isinstance(ex->items[i], &Exception_type)) all_exc = false;
  }
  Type* actual = t;
  if (t == &BaseExceptionGroup_type && all_exc) actual = &ExceptionGroup_type;
  if (is_subtype(t, &ExceptionGroup_type) && !all_exc)
    return raise(&TypeError_type, "Cannot nest BaseExceptions in an ExceptionGroup");
  BaseExc* e = make_object<BaseExc>(actual);
  Value v = Value::steal(e);
  e->args = tuple_of({a[0], a[1]});
  e->message = Ref<Str>::borrow(a[0].as<Str>());
  e->exceptions = Ref<Tuple>::steal(static_cast<Tuple*>(seq.release()));
  return v;
}
static Value eg_init(Value self, CallArgs a) { return None(); }
static Value eg_str(const Value& self) {
  BaseExc* e = as_exc(self);
  size_t n = e->exceptions ? e->exceptions->size() : 0;
  return str_value(e->message->s + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}
// ---- ExceptionGroup.split / subgroup / derive (CPython's exceptions.c)

Value exc_match(const Value& exc, const Value& type);

static Value eg_derive_with(const Value& self, const std::vector<Value>& excs) {
  BaseExc* e = as_exc(self);
  Ref<List> l = new_list(excs.size());
  for (size_t i = 0; i < excs.size(); ++i) l->items[i] = excs[i];
  Value derive = getattr(self, intern("derive"));
  if (!derive) return derive;
  Value eg = call(derive, {l.take()});
  if (!eg) return eg;
  if (!isinstance(eg, &BaseExceptionGroup_type)) {
    return raise(&TypeError_type, "derive must return an instance of BaseExceptionGroup");
  }
  // Copy the metadata (traceback, cause, context, notes) like CPython.
  BaseExc* n = as_exc(eg);
  n->traceback = e->traceback;
  n->cause = e->cause;
  n->context = e->context;
  n->suppress_context = e->suppress_context;
  if (e->notes && is_exact(e->notes, &list_type)) {
    Ref<List> copy = new_list(0);
    for (const Value& x : e->notes.as<List>()->items) copy->items.push_back(x);
    n->notes = copy.take();
  }
  return eg;
}

// condition: a type or tuple of types (matches by isinstance), or a callable.
static int eg_condition(const Value& cond, const Value& exc) {
  if (isinstance(cond, &type_type) || isinstance(cond, &tuple_type)) {
    Value r = exc_match(exc, cond);
    if (!r) return -1;
    return r.is(&true_obj);
  }
  Value r = call(cond, {exc});
  if (!r) return -1;
  return truthy(r);
}

bool eg_split(const Value& self, const Value& cond, bool want_rest, Value* match, Value* rest) {
  int c = eg_condition(cond, self);
  if (c < 0) return false;
  if (c) {
    *match = self;
    *rest = Value();
    return true;
  }
  if (!isinstance(self, &BaseExceptionGroup_type)) {
    *match = Value();
    *rest = self;
    return true;
  }
  std::vector<Value> ms, rs;
  for (const Value& e : as_exc(self)->exceptions->items) {
    Value m, r;
    if (!eg_split(e, cond, want_rest, &m, &r)) return false;
    if (m) ms.push_back(m);
    if (r) rs.push_back(r);
  }
  *match = Value();
  *rest = Value();
  if (!ms.empty()) {
    *match = eg_derive_with(self, ms);
    if (!*match) return false;
  }
  if (want_rest && !rs.empty()) {
    *rest = eg_derive_with(self, rs);
    if (!*rest) return false;
  }
  return true;
}

static Value m_split(const Value& self, CallArgs a) {
  if (!check_nargs(a, "split", 1, 1)) return Value();
  Value m, r;
  if (!eg_split(self, a[0], true, &m, &r)) return Value();
  return tuple_of({m ? m : None(), r ? r : None()}).take();
}
static Value m_subgroup(const Value& self, CallArgs a) {
  if (!check_nargs(a, "subgroup", 1, 1)) return Value();
  Value m, r;
  if (!eg_split(self, a[0], false, &m, &r)) return Value();
  return m ? m : None();
}
static Value m_derive(const Value& self, CallArgs a) {
  if (!check_nargs(a, "derive", 1, 1)) return Value();
  Value args[2] = {as_exc(self)->message.value(), a[0]};
  return eg_new(&BaseExceptionGroup_type, CallArgs{args, 2, nullptr});
}

static void collect_leaves(const Value& e, std::vector<Object*>& out) {
  if (isinstance(e, &BaseExceptionGroup_type)) {
    for (const Value& x : as_exc(e)->exceptions->items) collect_leaves(x, out);
  } else {
    out.push_back(e.obj());
  }
}

static bool same_metadata(const Value& a, const Value& b) {
  BaseExc* x = as_exc(a);
  BaseExc* y = as_exc(b);
  return x->notes.is(y->notes) && x->traceback.is(y->traceback) && x->cause.is(y->cause) &&
         x->context.is(y->context);
}

// CHECK_EG_MATCH: split `exc` by `type` for an except* clause.
bool eg_match(const Value& exc, const Value& type, Value* match, Value* rest) {
  auto check_type = [](const Value& t) {
    return isinstance(t, &type_type) && is_subtype(t.as<Type>(), &BaseExceptionGroup_type);
  };
  bool bad = check_type(type);
  if (isinstance(type, &tuple_type))
    for (const Value& t : type.as<Tuple>()->items) bad = bad || check_type(t);
  if (bad) {
    raise(&TypeError_type, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  Value r = exc_match(exc, type);
  if (!r) return false;
  if (r.is(&true_obj)) {
    if (isinstance(exc, &BaseExceptionGroup_type)) {
      *match = exc;
    } else {
      Value args[2] = {str_value(""), tuple_of({exc}).take()};
      Value w = eg_new(&BaseExceptionGroup_type, CallArgs{args, 2, nullptr});
      if (!w) return false;
      as_exc(w)->traceback = as_exc(exc)->traceback;
      *match = w;
    }
    *rest = Value();
    return true;
  }
  if (isinstance(exc, &BaseExceptionGroup_type)) return eg_split(exc, type, true, match, rest);
  *match = Value();
  *rest = exc;
  return true;
}

// Keeps the leaves of `orig` that are in `keep` (by identity), with orig's structure.
static bool eg_project(const Value& orig, const std::vector<Object*>& keep, Value* out) {
  if (!isinstance(orig, &BaseExceptionGroup_type)) {
    *out = Value();
    for (Object* o : keep)
      if (o == orig.obj()) *out = orig;
    return true;
  }
  std::vector<Value> parts;
  for (const Value& e : as_exc(orig)->exceptions->items) {
    Value p;
    if (!eg_project(e, keep, &p)) return false;
    if (p) parts.push_back(p);
  }
  if (parts.empty()) {
    *out = Value();
    return true;
  }
  *out = eg_derive_with(orig, parts);
  return bool(*out);
}

// PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar).
Value eg_prep_reraise_star(const Value& orig, const Value& excs) {
  List* l = excs.as<List>();
  if (l->items.empty()) return None();
  if (!isinstance(orig, &BaseExceptionGroup_type)) {
    for (const Value& e : l->items)
      if (!is_none(e)) return e;
    return None();
  }
  std::vector<Value> raised;
  std::vector<Object*> reraised_leaves;
  for (const Value& e : l->items) {
    if (is_none(e)) continue;
    if (same_metadata(e, orig)) collect_leaves(e, reraised_leaves);
    else raised.push_back(e);
  }
  Value reraised;
  if (!eg_project(orig, reraised_leaves, &reraised)) return Value();
  if (raised.empty()) return reraised ? reraised : None();
  if (reraised) raised.push_back(reraised);
  if (raised.size() == 1) return raised[0];
  Ref<Tuple> t = new_tuple(raised.size());
  for (size_t i = 0; i < raised.size(); ++i) t->items[i] = raised[i];
  Value args[2] = {str_value(""), t.take()};
  return eg_new(&BaseExceptionGroup_type, CallArgs{args, 2, nullptr});
}

static Value g_message(const Value& s) { return as_exc(s)->message.value(); }
static Value g_exceptions(const Value& s) { return as_exc(s)->exceptions.value(); }

// ---------------------------------------------------------------- tracebacks

void traceback_add(BaseExc* e, Code* code, uint32_t insn) {
  if (code->flags & kCoLsNative) return;  // CPython's C code leaves no frame
  TracebackEntry* t = make_object<TracebackEntry>(&traceback_type);
  t->code = Ref<Code>::borrow(code);
  t->insn = insn;
  t->line = code->line_of(insn);
  t->next = std::move(e->traceback);
  e->traceback = Value::steal(t);
}

void traceback_add_synthetic(BaseExc* e, std::string file, int line, std::string func, std::string text,
                             int col, int end_col) {
  TracebackEntry* t = make_object<TracebackEntry>(&traceback_type);
  t->file = std::move(file);
  t->func = std::move(func);
  t->text = std::move(text);
  t->line = line;
  t->col = col;
  t->end_col = end_col;
  t->next = std::move(e->traceback);
  e->traceback = Value::steal(t);
}

static void tb_clear(Object* o) {
  static_cast<TracebackEntry*>(o)->next = Value();
  static_cast<TracebackEntry*>(o)->keepalive = Value();
}
static Value tb_lineno(const Value& s) { return Int(s.as<TracebackEntry>()->line); }
static Value tb_next(const Value& s) {
  TracebackEntry* t = s.as<TracebackEntry>();
  return t->next ? t->next : None();
}

Value exc_match(const Value& exc, const Value& type) {
  auto ok_type = [](const Value& t) {
    return isinstance(t, &type_type) && is_subtype(t.as<Type>(), &BaseException_type);
  };
  if (isinstance(type, &tuple_type)) {
    for (const Value& t : type.as<Tuple>()->items) {
      if (!ok_type(t))
        return raise(&TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
    }
    for (const Value& t : type.as<Tuple>()->items)
      if (isinstance(exc, t.as<Type>())) return True();
    return False();
  }
  if (!ok_type(type))
    return raise(&TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
  return Bool(isinstance(exc, type.as<Type>()));
}

Value with_exit_call(const Value& exit, const Value& exc) {
  Value t = Value::borrow(type_of(exc));
  Value tb = as_exc(exc)->traceback ? as_exc(exc)->traceback : None();
  return call(exit, {t, exc, tb});
}

// ---------------------------------------------------------------- init

struct ExcDef {
  Type* t;
  const char* name;
  Type* base;
};

// A traceback can be 100,000 entries long (sys.setrecursionlimit): the chain
// is freed in a loop, not through one nested destructor per entry (that
// overflowed the C stack, and V8's much smaller one under wasm).
static void traceback_dealloc(Object* o) {
  Value next = std::move(static_cast<TracebackEntry*>(o)->next);
  dealloc_as<TracebackEntry>(o);
  while (next.is_obj() && next.obj()->type == &traceback_type && next.obj()->refcnt == 1) {
    Value after = std::move(static_cast<TracebackEntry*>(next.obj())->next);
    next = std::move(after);  // frees the entry, whose next is already taken
  }
}

void init_exception_types() {
  traceback_type.name = "traceback";
  traceback_type.dealloc = traceback_dealloc;
  traceback_type.clear = tb_clear;
  add_getset(&traceback_type, "tb_lineno", tb_lineno);
  add_getset(&traceback_type, "tb_next", tb_next);
  ready_static_type(&traceback_type);

  Type* B = &BaseException_type;
  B->name = "BaseException";
  B->flags = kBaseType | kHasDict;
  B->dealloc = dealloc_as<BaseExc>;
  B->clear = exc_clear;
  B->new_ = exc_new;
  B->init = exc_init;
  B->str = exc_str;
  B->repr = exc_repr;
  add_getset(B, "args", g_args, s_args);
  add_getset(B, "__traceback__", g_tb, s_tb);
  add_getset(B, "__cause__", g_cause, s_cause);
  add_getset(B, "__context__", g_context, s_context);
  add_getset(B, "__suppress_context__", g_suppress, s_suppress);
  add_getset(B, "__notes__", g_notes);
  add_method(B, "add_note", m_add_note);
  add_method(B, "with_traceback", m_with_traceback);
  ready_static_type(B);

  ExcDef defs[] = {
      {&Exception_type, "Exception", B},
      {&GeneratorExit_type, "GeneratorExit", B},
      {&KeyboardInterrupt_type, "KeyboardInterrupt", B},
      {&SystemExit_type, "SystemExit", B},
      {&BaseExceptionGroup_type, "BaseExceptionGroup", B},
      {&ArithmeticError_type, "ArithmeticError", &Exception_type},
      {&ZeroDivisionError_type, "ZeroDivisionError", &ArithmeticError_type},
      {&OverflowError_type, "OverflowError", &ArithmeticError_type},
      {&FloatingPointError_type, "FloatingPointError", &ArithmeticError_type},
      {&AssertionError_type, "AssertionError", &Exception_type},
      {&AttributeError_type, "AttributeError", &Exception_type},
      {&BufferError_type, "BufferError", &Exception_type},
      {&EOFError_type, "EOFError", &Exception_type},
      {&ExceptionGroup_type, "ExceptionGroup", &BaseExceptionGroup_type},
      {&ImportError_type, "ImportError", &Exception_type},
      {&ModuleNotFoundError_type, "ModuleNotFoundError", &ImportError_type},
      {&LookupError_type, "LookupError", &Exception_type},
      {&IndexError_type, "IndexError", &LookupError_type},
      {&KeyError_type, "KeyError", &LookupError_type},
      {&MemoryError_type, "MemoryError", &Exception_type},
      {&NameError_type, "NameError", &Exception_type},
      {&UnboundLocalError_type, "UnboundLocalError", &NameError_type},
      {&OSError_type, "OSError", &Exception_type},
      {&BlockingIOError_type, "BlockingIOError", &OSError_type},
      {&ChildProcessError_type, "ChildProcessError", &OSError_type},
      {&ConnectionError_type, "ConnectionError", &OSError_type},
      {&BrokenPipeError_type, "BrokenPipeError", &ConnectionError_type},
      {&ConnectionAbortedError_type, "ConnectionAbortedError", &ConnectionError_type},
      {&ConnectionRefusedError_type, "ConnectionRefusedError", &ConnectionError_type},
      {&ConnectionResetError_type, "ConnectionResetError", &ConnectionError_type},
      {&FileExistsError_type, "FileExistsError", &OSError_type},
      {&FileNotFoundError_type, "FileNotFoundError", &OSError_type},
      {&InterruptedError_type, "InterruptedError", &OSError_type},
      {&IsADirectoryError_type, "IsADirectoryError", &OSError_type},
      {&NotADirectoryError_type, "NotADirectoryError", &OSError_type},
      {&PermissionError_type, "PermissionError", &OSError_type},
      {&ProcessLookupError_type, "ProcessLookupError", &OSError_type},
      {&TimeoutError_type, "TimeoutError", &OSError_type},
      {&ReferenceError_type, "ReferenceError", &Exception_type},
      {&RuntimeError_type, "RuntimeError", &Exception_type},
      {&NotImplementedError_type, "NotImplementedError", &RuntimeError_type},
      {&RecursionError_type, "RecursionError", &RuntimeError_type},
      {&StopAsyncIteration_type, "StopAsyncIteration", &Exception_type},
      {&StopIteration_type, "StopIteration", &Exception_type},
      {&SyntaxError_type, "SyntaxError", &Exception_type},
      {&IndentationError_type, "IndentationError", &SyntaxError_type},
      {&TabError_type, "TabError", &IndentationError_type},
      {&SystemError_type, "SystemError", &Exception_type},
      {&TypeError_type, "TypeError", &Exception_type},
      {&ValueError_type, "ValueError", &Exception_type},
      {&UnicodeError_type, "UnicodeError", &ValueError_type},
      {&UnicodeDecodeError_type, "UnicodeDecodeError", &UnicodeError_type},
      {&UnicodeEncodeError_type, "UnicodeEncodeError", &UnicodeError_type},
      {&UnicodeTranslateError_type, "UnicodeTranslateError", &UnicodeError_type},
      {&Warning_type, "Warning", &Exception_type},
      {&BytesWarning_type, "BytesWarning", &Warning_type},
      {&DeprecationWarning_type, "DeprecationWarning", &Warning_type},
      {&EncodingWarning_type, "EncodingWarning", &Warning_type},
      {&FutureWarning_type, "FutureWarning", &Warning_type},
      {&ImportWarning_type, "ImportWarning", &Warning_type},
      {&PendingDeprecationWarning_type, "PendingDeprecationWarning", &Warning_type},
      {&ResourceWarning_type, "ResourceWarning", &Warning_type},
      {&RuntimeWarning_type, "RuntimeWarning", &Warning_type},
      {&SyntaxWarning_type, "SyntaxWarning", &Warning_type},
      {&UnicodeWarning_type, "UnicodeWarning", &Warning_type},
      {&UserWarning_type, "UserWarning", &Warning_type},
  };
  for (ExcDef& d : defs) {
    d.t->name = d.name;
    d.t->base = d.base;
    d.t->flags = kBaseType | kHasDict;
  }
  KeyError_type.str = keyerror_str;
  StopIteration_type.init = stopiter_init;
  SystemExit_type.init = sysexit_init;
  NameError_type.init = name_error_init;
  AttributeError_type.init = name_error_init;
  OSError_type.str = oserror_str;
  BaseExceptionGroup_type.new_ = eg_new;
  BaseExceptionGroup_type.init = eg_init;
  BaseExceptionGroup_type.str = eg_str;
  for (ExcDef& d : defs) ready_static_type(d.t);
  // class ExceptionGroup(BaseExceptionGroup, Exception)
  ExceptionGroup_type.mro = {&ExceptionGroup_type, &BaseExceptionGroup_type, &Exception_type,
                             &BaseException_type, &object_type};
  {
    Heap* h = current_heap();
    set_current_heap(nullptr);
    ExceptionGroup_type.bases = tuple_of({Value::borrow(&BaseExceptionGroup_type), Value::borrow(&Exception_type)});
    ExceptionGroup_type.bases->refcnt = kImmortal;
    set_current_heap(h);
  }
  add_getset(&StopIteration_type, "value", g_value, s_value);
  add_getset(&SystemExit_type, "code", g_value, s_value);
  add_getset(&OSError_type, "errno", g_errno);
  add_getset(&OSError_type, "strerror", g_strerror);
  add_getset(&OSError_type, "filename", g_filename);
  add_getset(&OSError_type, "filename2", g_filename2);
  add_getset(&NameError_type, "name", g_name, s_name);
  add_getset(&AttributeError_type, "name", g_name, s_name);
  add_getset(&AttributeError_type, "obj", g_obj);
  add_getset(&BaseExceptionGroup_type, "message", g_message);
  add_getset(&BaseExceptionGroup_type, "exceptions", g_exceptions);
  add_method(&BaseExceptionGroup_type, "split", m_split);
  add_method(&BaseExceptionGroup_type, "subgroup", m_subgroup);
  add_method(&BaseExceptionGroup_type, "derive", m_derive);
}

// Every exception class by name, for the builtins module.
void add_exception_builtins(Dict* d) {
  Type* all[] = {&BaseException_type, &Exception_type, &ArithmeticError_type, &ZeroDivisionError_type,
                 &OverflowError_type, &FloatingPointError_type, &ValueError_type, &TypeError_type,
                 &LookupError_type, &KeyError_type, &IndexError_type, &AttributeError_type,
                 &NameError_type, &UnboundLocalError_type, &RuntimeError_type,
                 &NotImplementedError_type, &RecursionError_type, &StopIteration_type,
                 &StopAsyncIteration_type, &GeneratorExit_type, &KeyboardInterrupt_type,
                 &SystemExit_type, &AssertionError_type, &OSError_type, &TimeoutError_type,
                 &ConnectionError_type, &BrokenPipeError_type, &ConnectionResetError_type,
                 &ConnectionRefusedError_type, &ConnectionAbortedError_type, &MemoryError_type,
                 &ImportError_type, &ModuleNotFoundError_type, &SyntaxError_type,
                 &IndentationError_type, &TabError_type, &EOFError_type, &UnicodeError_type,
                 &UnicodeDecodeError_type, &UnicodeEncodeError_type, &UnicodeTranslateError_type,
                 &Warning_type, &DeprecationWarning_type, &RuntimeWarning_type, &UserWarning_type,
                 &PendingDeprecationWarning_type, &SyntaxWarning_type, &FutureWarning_type,
                 &ResourceWarning_type, &BytesWarning_type, &ImportWarning_type, &UnicodeWarning_type,
                 &EncodingWarning_type, &BufferError_type, &InterruptedError_type, &PermissionError_type,
                 &FileNotFoundError_type, &FileExistsError_type, &IsADirectoryError_type,
                 &NotADirectoryError_type, &ProcessLookupError_type, &ChildProcessError_type,
                 &BlockingIOError_type, &ReferenceError_type, &SystemError_type};
  for (Type* t : all) dict_set_str(d, intern(t->name), Value::borrow(t));
  dict_set_str(d, intern("EnvironmentError"), Value::borrow(&OSError_type));
  dict_set_str(d, intern("IOError"), Value::borrow(&OSError_type));
  if (interp().minor >= 11) {
    dict_set_str(d, intern("BaseExceptionGroup"), Value::borrow(&BaseExceptionGroup_type));
    dict_set_str(d, intern("ExceptionGroup"), Value::borrow(&ExceptionGroup_type));
  }
}

}  // namespace ls::rt
