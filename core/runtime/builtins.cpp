// The builtins module's dict, the import machinery for native modules, and the
// `sys` module (CPython's bltinmodule.c / import.c / sysmodule.c, trimmed to
// what snippets use).
#include <cstdio>
#include <map>
#include <string>

#include "lang/compiler.h"
#include "runtime/builtins_functions.h"
#include "runtime/code.h"
#include "runtime/warnings.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::rt {

Value build_class(const Value& self, CallArgs a);  // klass.cpp
void add_exception_builtins(Dict* d);              // exceptions.cpp
extern Type super_type;

namespace {
std::map<std::string, ModuleInit>& registry() {
  static std::map<std::string, ModuleInit> r;
  return r;
}
}  // namespace

void register_module(const char* name, ModuleInit init) { registry()[name] = init; }

Value import_module(std::string_view name) {
  Interp& in = interp();
  Value m = dict_get_str(in.modules.get(), name);
  if (m) return m;
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Value parent = import_module(name.substr(0, dot));
    if (!parent) return parent;
    m = dict_get_str(in.modules.get(), name);
    if (m) return m;
  }
  auto it = registry().find(std::string(name));
  if (it == registry().end()) {
    Value e = new_exception(&ModuleNotFoundError_type, "No module named '" + std::string(name) + "'");
    if (e) {
      setattr(e, intern("name"), str_value(name));
      set_pending(e);
    }
    return Value();
  }
  m = it->second();
  if (!m) return m;
  if (!dict_set_str(in.modules.get(), name, m)) return Value();
  if (dot != std::string_view::npos) {
    Value parent = dict_get_str(in.modules.get(), name.substr(0, dot));
    if (parent) setattr(parent, intern(name.substr(dot + 1)), m);
  }
  return m;
}

Value import_name(Frame* f, Str* name, const Value& fromlist, const Value& level) {
  int64_t lv = 0;
  if (level && is_int_like(level)) int_as_int64(level, &lv);
  if (lv > 0) return raise(&ImportError_type, "attempted relative import with no known parent package");
  Value m = import_module(name->s);
  if (!m) return m;
  bool has_fromlist = fromlist && !is_none(fromlist) && length(fromlist) > 0;
  if (has_fromlist) return m;
  size_t dot = name->s.find('.');
  if (dot == std::string::npos) return m;
  return dict_get_str(interp().modules.get(), std::string_view(name->s).substr(0, dot));
}

Value import_from(const Value& module, Str* name) {
  Value v = getattr_opt(module, name);
  if (v) return v;
  if (pending()) return Value();
  // A submodule not yet imported.
  Value mn = getattr_opt(module, intern("__name__"));
  if (mn && is_str(mn)) {
    std::string full = std::string(sv(mn)) + "." + name->s;
    if (registry().count(full)) return import_module(full);
  }
  std::string modname = mn && is_str(mn) ? std::string(sv(mn)) : "?";
  return raise(&ImportError_type, "cannot import name '" + name->s + "' from '" + modname + "' (unknown location)");
}

bool import_star(Frame* f, const Value& module) {
  Dict* src = instance_dict(module.obj(), false);
  if (!src) return true;
  Value all = dict_get_str(src, intern("__all__"));
  Dict* dst = f->locals.as<Dict>();
  if (all) {
    Value it = get_iter(all);
    if (!it) return false;
    for (;;) {
      Value n = iter_next(it);
      if (!n) return !pending();
      Value v = getattr(module, intern(sv(n)));
      if (!v) return false;
      if (!dict_set(dst, n, v)) return false;
    }
  }
  Value k, v;
  for (size_t p = 0; dict_next(src, &p, &k, &v);) {
    if (is_str(k) && !sv(k).empty() && sv(k)[0] == '_') continue;
    if (!dict_set(dst, k, v)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- builtins needing the VM

static Value b_build_class(const Value& self, CallArgs a) { return build_class(self, a); }

static Value b_globals(const Value& self, CallArgs a) {
  Frame* f = interp().frame;
  if (!f) return new_dict().take();
  return f->globals.value();
}

static Value b_locals(const Value& self, CallArgs a) {
  Frame* f = interp().frame;
  if (!f) return new_dict().take();
  if (f->locals) return f->locals;
  Ref<Dict> d = new_dict();
  Code* co = f->code.get();
  for (uint32_t i = 0; i < co->nlocals; ++i)
    if (f->slots()[i]) dict_set_str(d.get(), co->varnames[i].get(), f->slots()[i]);
  uint32_t base = co->nlocals;
  size_t nc = co->cellvars.size();
  for (size_t i = 0; i < nc + co->freevars.size(); ++i) {
    Cell* c = f->slots()[base + i].as<Cell>();
    Str* n = i < nc ? co->cellvars[i].get() : co->freevars[i - nc].get();
    if (c && c->ref) dict_set_str(d.get(), n, c->ref);
  }
  return d.take();
}

static Value b_exit(const Value& self, CallArgs a) {
  Value code = a.nargs ? a[0] : None();
  Value e = call(Value::borrow(&SystemExit_type), {code});
  if (e) set_pending(e);
  return Value();
}

static Value b_import(const Value& self, CallArgs a) {
  if (a.nargs < 1 || !is_str(a[0])) return raise(&TypeError_type, "__import__() argument 1 must be str");
  return import_module(sv(a[0]));
}

// compile(source, filename, mode): a code object, or SyntaxError with CPython's attributes.
static Value b_compile(const Value& self, CallArgs a) {
  Value args[6];
  if (!parse_args_c(a, "compile", "source,filename,mode|flags,dont_inherit,optimize", args)) return Value();
  if (isinstance(args[0], &code_type)) return args[0];
  if (!is_str(args[0])) return raise(&TypeError_type, "compile() arg 1 must be a string, bytes or AST object");
  if (!is_str(args[1]) || !is_str(args[2])) return raise(&TypeError_type, "compile() arguments must be str");
  std::string_view mode = sv(args[2]);
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(&ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
  lang::CompileOptions co;
  co.minor = interp().minor;
  co.filename = std::string(sv(args[1]));
  co.eval = mode == "eval";
  std::string_view source = sv(args[0]);
  lang::CompileResult cr = lang::compile_source(source, co);
  if (!cr.ok()) {
    const lang::Diagnostic& d = cr.error;
    if (d.kind == "MemoryError" || d.kind == "RecursionError") {
      // The front end's nesting limits are these exceptions, not SyntaxErrors
      // (3.9's parser MemoryError has no message).
      Type* t = d.kind == "MemoryError" ? &MemoryError_type : &RecursionError_type;
      if (!d.message.empty()) return raise(t, d.message);
      Value e = call(Value::borrow(t), {});
      if (e) set_pending(std::move(e));
      return Value();
    }
    Type* t = d.kind == "IndentationError" ? &IndentationError_type
              : d.kind == "TabError" ? &TabError_type : &SyntaxError_type;
    Value e = new_exception(t, d.message);
    if (!e) return e;
    setattr(e, intern("msg"), str_value(d.message));
    setattr(e, intern("filename"), args[1]);
    setattr(e, intern("lineno"), Int(d.line));
    setattr(e, intern("offset"), Int(d.col));
    setattr(e, intern("text"), str_value(d.text));
    setattr(e, intern("end_lineno"), Int(d.end_line));
    setattr(e, intern("end_offset"), Int(d.end_col));
    set_pending(e);
    return Value();
  }
  auto src = std::make_shared<SourceFile>();
  src->filename = co.filename;
  size_t start = 0;
  for (size_t i = 0; i <= source.size(); ++i) {
    if (i == source.size() || source[i] == '\n') {
      src->lines.emplace_back(source.substr(start, i - start));
      start = i + 1;
    }
  }
  return code_from_unit(*cr.code, src).take();
}

// exec/eval: run a code object (or source) in the given namespaces, nested.
static Value run_code(const char* fname, CallArgs a, bool eval) {
  Value args[3];
  if (!parse_args_c(a, fname, "source|globals,locals", args)) return Value();
  Value code = args[0];
  if (is_str(code)) {
    Value ca[3] = {code, str_value("<string>"), str_value(eval ? "eval" : "exec")};
    code = b_compile(Value(), CallArgs{ca, 3, nullptr});
    if (!code) return code;
  }
  if (!isinstance(code, &code_type)) {
    return raisef(&TypeError_type, "%s() arg 1 must be a string, bytes or code object", fname);
  }
  Frame* cur = interp().frame;
  Value globals = args[1] && !is_none(args[1]) ? args[1] : (cur ? cur->globals.value() : Value());
  if (!globals || !isinstance(globals, &dict_type)) {
    return raisef(&TypeError_type, "%s() globals must be a dict, not %s", fname,
                  globals ? std::string(type_name(globals)).c_str() : "NULL");
  }
  Value locals = args[2] && !is_none(args[2]) ? args[2] : (args[1] && !is_none(args[1]) ? globals : (cur && cur->locals ? cur->locals : globals));
  Dict* g = globals.as<Dict>();
  if (!dict_get_str(g, intern("__builtins__"))) dict_set_str(g, intern("__builtins__"), interp().builtins.value());
  Ref<Frame> f = new_frame(code.as<Code>(), nullptr, Ref<Dict>::borrow(g), interp().builtins, locals);
  Exec ex;
  ex.base = std::move(f);
  ++interp().no_preempt;
  RunStatus st = run(ex, false);
  --interp().no_preempt;
  if (st == RunStatus::Return) return eval ? std::move(ex.result) : None();
  if (st == RunStatus::Blocked) {
    interp().block = BlockRequest();
    return raise(&RuntimeError_type, "loopscope: blocking calls inside exec() are not supported");
  }
  return Value();
}
static Value b_exec(const Value& self, CallArgs a) { return run_code("exec", a, false); }
static Value b_eval(const Value& self, CallArgs a) { return run_code("eval", a, true); }

// ---------------------------------------------------------------- sys

struct StdStream : Object {
  int fd;
};
Type stdstream_type;

static Value stream_write(const Value& self, CallArgs a) {
  if (!check_nargs(a, "write", 1, 1)) return Value();
  if (!is_str(a[0])) {
    return raisef(&TypeError_type, "write() argument must be str, not %s", std::string(type_name(a[0])).c_str());
  }
  write_out(self.as<StdStream>()->fd, sv(a[0]));
  return Int(a[0].as<Str>()->length());
}
static Value stream_flush(const Value& self, CallArgs a) { return None(); }
static Value stream_writelines(const Value& self, CallArgs a) {
  if (!check_nargs(a, "writelines", 1, 1)) return Value();
  Value it = get_iter(a[0]);
  if (!it) return it;
  for (;;) {
    Value x = iter_next(it);
    if (!x) return pending() ? Value() : None();
    if (!is_str(x)) return raise(&TypeError_type, "write() argument must be str");
    write_out(self.as<StdStream>()->fd, sv(x));
  }
}
static Value stream_isatty(const Value& self, CallArgs a) { return False(); }
static Value stream_fileno(const Value& self, CallArgs a) { return Int(self.as<StdStream>()->fd); }
static Value stream_repr(const Value& self) {
  int fd = self.as<StdStream>()->fd;
  const char* name = fd == 1 ? "<stdout>" : fd == 2 ? "<stderr>" : "<stdin>";
  const char* mode = fd == 0 ? "r" : "w";
  return str_value(std::string("<_io.TextIOWrapper name='") + name + "' mode='" + mode + "' encoding='utf-8'>");
}
static Value stream_readline(const Value& self, CallArgs a) {
  Interp& in = interp();
  if (in.stdin_pos >= in.stdin_text.size()) return str_value("");
  size_t nl = in.stdin_text.find('\n', in.stdin_pos);
  size_t end = nl == std::string::npos ? in.stdin_text.size() : nl + 1;
  std::string line = in.stdin_text.substr(in.stdin_pos, end - in.stdin_pos);
  in.stdin_pos = end;
  return str_value(line);
}
static Value stream_encoding(const Value& self) { return str_value("utf-8"); }

static Value sys_exit(const Value& self, CallArgs a) {
  if (!check_nargs(a, "exit", 0, 1)) return Value();
  Value code = a.nargs ? a[0] : None();
  Value e = call(Value::borrow(&SystemExit_type), a.nargs ? std::initializer_list<Value>{code} : std::initializer_list<Value>{});
  if (e) set_pending(e);
  return Value();
}
static Value sys_getrecursionlimit(const Value& self, CallArgs a) { return Int(interp().recursion_limit); }
static Value sys_setrecursionlimit(const Value& self, CallArgs a) {
  if (!check_nargs(a, "setrecursionlimit", 1, 1)) return Value();
  int64_t n;
  if (!is_int_like(a[0])) return raise(&TypeError_type, "'" + std::string(type_name(a[0])) + "' object cannot be interpreted as an integer");
  if (!int_as_int64(a[0], &n)) return Value();
  if (n < 1) return raise(&ValueError_type, "recursion limit must be greater or equal than 1");
  interp().recursion_limit = int(n > 100000 ? 100000 : n);
  return None();
}
static Value sys_exc_info(const Value& self, CallArgs a) {
  Interp& in = interp();
  if (!in.handled) return tuple_of({None(), None(), None()}).take();
  Value tb = as_exc(in.handled)->traceback;
  return tuple_of({Value::borrow(type_of(in.handled)), in.handled, tb ? tb : None()}).take();
}
static Value sys_exception(const Value& self, CallArgs a) {
  Interp& in = interp();
  return in.handled ? in.handled : None();
}
static Value sys_intern(const Value& self, CallArgs a) {
  if (!check_nargs(a, "intern", 1, 1)) return Value();
  return Value::borrow(intern(sv(a[0])));
}
static Value sys_getsizeof(const Value& self, CallArgs a) {
  if (!check_nargs(a, "getsizeof", 1, 2)) return Value();
  return Int(a[0].is_obj() ? int64_t(a[0].obj()->alloc_size) : 28);
}
static Value sys_getrefcount(const Value& self, CallArgs a) {
  if (!check_nargs(a, "getrefcount", 1, 1)) return Value();
  return Int(a[0].is_obj() ? a[0].obj()->refcnt : 1);
}

static std::string version_string(int minor) {
  switch (minor) {
    case 9: return "3.9.18 (main, Jan  1 2024, 00:00:00) \n[GCC 12.2.0]";
    case 14: return "3.14.2 (main, Dec  5 2025, 00:00:00) [Clang 20.0.0git]";
    default: return "3.12.7 (main, Oct 23 2024, 00:00:00) [Clang 19.0.0git]";
  }
}

// sys.version_info: a tuple subclass with named fields, like CPython's
// struct sequence (compares and indexes as a tuple, repr names the fields).
static const char* kVersionFields[5] = {"major", "minor", "micro", "releaselevel", "serial"};
template <int I>
static Value version_field(const Value& self) { return getitem(self, Int(I)); }
static Value version_repr(const Value& self) {
  std::string out = "sys.version_info(";
  for (int i = 0; i < 5; ++i) {
    Value v = getitem(self, Int(i));
    if (!v) return v;
    Value r = repr(v);
    if (!r) return r;
    out += std::string(i ? ", " : "") + kVersionFields[i] + "=" + std::string(sv(r));
  }
  return str_value(out + ")");
}
static Value make_version_info(int minor, int micro) {
  Ref<Dict> ns = new_dict();
  dict_set_str(ns.get(), "__module__", str_value("sys"));
  dict_set_str(ns.get(), "__slots__", tuple_of({}).take());
  Value cls = call(Value::borrow(&type_type), {str_value("version_info"), tuple_of({Value::borrow(&tuple_type)}).take(), ns.value()});
  if (!cls) return cls;
  Type* t = cls.as<Type>();
  Value (*getters[5])(const Value&) = {version_field<0>, version_field<1>, version_field<2>, version_field<3>, version_field<4>};
  for (int i = 0; i < 5; ++i) add_getset(t, kVersionFields[i], getters[i]);
  t->repr = version_repr;
  Value fields = tuple_of({Int(3), Int(minor), Int(micro), str_value("final"), Int(0)}).take();
  return call(cls, {fields});
}

static Value make_sys() {
  Interp& in = interp();
  Ref<Module> m = new_module("sys");
  auto stream = [](int fd) {
    StdStream* s = make_object<StdStream>(&stdstream_type);
    s->fd = fd;
    return Value::steal(s);
  };
  Value out = stream(1), err = stream(2), inp = stream(0);
  module_add(m.get(), "stdout", out);
  module_add(m.get(), "stderr", err);
  module_add(m.get(), "stdin", inp);
  module_add(m.get(), "__stdout__", out);
  module_add(m.get(), "__stderr__", err);
  module_add(m.get(), "__stdin__", inp);
  Ref<List> argv = new_list(0);
  argv->items.push_back(str_value(in.filename));
  module_add(m.get(), "argv", argv.take());
  module_add(m.get(), "version", str_value(version_string(in.minor)));
  int micro = in.minor == 9 ? 18 : in.minor == 14 ? 2 : 7;
  Value vi = make_version_info(in.minor, micro);
  if (!vi) {  // never expected: fall back to a plain tuple
    clear_pending();
    vi = tuple_of({Int(3), Int(in.minor), Int(micro), str_value("final"), Int(0)}).take();
  }
  module_add(m.get(), "version_info", vi);
  module_add(m.get(), "hexversion", Int((3 << 24) | (in.minor << 16) | (micro << 8) | 0xf0));
  module_add(m.get(), "platform", str_value(in.minor == 9 ? "linux" : "emscripten"));
  module_add(m.get(), "byteorder", str_value("little"));
  // The oracle's 3.9 is a 64-bit build, its 3.11+ are Pyodide (32-bit wasm).
  module_add(m.get(), "maxsize", Int(in.minor <= 10 ? INT64_MAX : INT32_MAX));
  module_add(m.get(), "executable", str_value("/usr/bin/python3"));
  module_add(m.get(), "path", new_list(0).take());
  module_add(m.get(), "modules", in.modules.value());
  module_add(m.get(), "builtin_module_names", tuple_of({str_value("builtins"), str_value("sys")}).take());
  module_add(m.get(), "exit", new_builtin("exit", sys_exit).take());
  module_add(m.get(), "getrecursionlimit", new_builtin("getrecursionlimit", sys_getrecursionlimit).take());
  module_add(m.get(), "setrecursionlimit", new_builtin("setrecursionlimit", sys_setrecursionlimit).take());
  module_add(m.get(), "exc_info", new_builtin("exc_info", sys_exc_info).take());
  if (in.minor >= 11) module_add(m.get(), "exception", new_builtin("exception", sys_exception).take());
  module_add(m.get(), "intern", new_builtin("intern", sys_intern).take());
  module_add(m.get(), "getsizeof", new_builtin("getsizeof", sys_getsizeof).take());
  module_add(m.get(), "getrefcount", new_builtin("getrefcount", sys_getrefcount).take());
  return m.take();
}

void init_sys_types() {
  stdstream_type.name = "_io.TextIOWrapper";
  stdstream_type.dealloc = dealloc_as<StdStream>;
  stdstream_type.repr = stream_repr;
  add_method(&stdstream_type, "write", stream_write);
  add_method(&stdstream_type, "flush", stream_flush);
  add_method(&stdstream_type, "writelines", stream_writelines);
  add_method(&stdstream_type, "isatty", stream_isatty);
  add_method(&stdstream_type, "fileno", stream_fileno);
  add_method(&stdstream_type, "readline", stream_readline);
  add_getset(&stdstream_type, "encoding", stream_encoding);
  void ready_static_type(Type * t);
  ready_static_type(&stdstream_type);
}

void init_builtins(Interp& in) {
  in.builtins = new_dict();
  in.modules = new_dict();
  Dict* d = in.builtins.get();
  add_builtin_functions(d);
  add_exception_builtins(d);
  auto type = [&](const char* name, Type* t) { dict_set_str(d, intern(name), Value::borrow(t)); };
  type("object", &object_type);
  type("type", &type_type);
  type("super", &super_type);
  type("property", &property_type);
  type("staticmethod", &staticmethod_type);
  type("classmethod", &classmethod_type);
  auto fn = [&](const char* name, NativeFn f) { dict_set_str(d, intern(name), new_builtin(name, f).take()); };
  fn("__build_class__", b_build_class);
  fn("globals", b_globals);
  fn("locals", b_locals);
  fn("vars_", b_locals);
  fn("exit", b_exit);
  fn("quit", b_exit);
  fn("__import__", b_import);
  fn("compile", b_compile);
  fn("exec", b_exec);
  fn("eval", b_eval);
  dict_del(d, str_value("vars_"));
  dict_set_str(d, intern("Ellipsis"), Value::borrow(&ellipsis_obj));
  dict_set_str(d, intern("NotImplemented"), Value::borrow(&not_implemented_obj));
  dict_set_str(d, intern("__debug__"), True());
  dict_set_str(d, intern("__name__"), str_value("builtins"));
  Ref<Module> bm = new_module("builtins");
  {
    Dict* md = module_dict(bm.get());
    Value k, v;
    for (size_t p = 0; dict_next(d, &p, &k, &v);) dict_set(md, k, v);
  }
  dict_set_str(in.modules.get(), intern("builtins"), bm.value());
  register_module("warnings", make_warnings_module);
  in.on_never_awaited = [](Gen* g) { warn_never_awaited(g); };
  Value sys = make_sys();
  dict_set_str(in.modules.get(), intern("sys"), sys);
}

}  // namespace ls::rt
