// Registration of loopscope's Python-source stdlib modules and the natives
// they lean on: the `math` functions on floats and the `_ls` helper module.
#include "modules/stdlib.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "loop/state.h"
#include "modules/modules.h"
#include "modules/py_source.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/function.h"
#include "runtime/types/module.h"
#include "runtime/types/number.h"

namespace ls::mods {

using rt::CallArgs;
using rt::Value;

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

// Runs `src` in module `m`'s namespace, compiled as /usr/lib/python3.X/<file>.
bool exec_source(rt::Module* m, const char* file, const char* src) {
  rt::Interp& in = rt::interp();
  rt::Dict* ns = rt::module_dict(m);
  rt::dict_set_str(ns, "__minor__", rt::Int(in.minor));
  if (!rt::dict_get_str(ns, "__builtins__")) rt::dict_set_str(ns, "__builtins__", in.builtins.value());
  Value exec = rt::dict_get_str(in.builtins.get(), "exec");
  if (!exec) {
    rt::raise(&rt::ImportError_type, "loopscope: exec builtin missing");
    return false;
  }
  rt::dict_set_str(ns, "__file__", rt::str_value(loop::stdlib_path(file)));
  Value code = compile_embedded(file, src);
  if (!code) return false;
  Value r = rt::call(exec, {code, Value::borrow(ns)});
  return bool(r);
}

Value load_py(const PySource& s, rt::Ref<rt::Module> m = rt::Ref<rt::Module>()) {
  rt::Interp& in = rt::interp();
  if (!m) m = rt::new_module(s.name);
  // Registered before running so that circular imports see the partial module.
  Value mv = m.value();
  if (in.modules) rt::dict_set_str(in.modules.get(), s.name, mv);
  if (!exec_source(m.get(), s.file, s.src)) {
    if (in.modules) rt::dict_del(in.modules.get(), rt::str_value(s.name));
    return Value();
  }
  return mv;
}

// ---------------------------------------------------------------- math natives

bool arg_double(CallArgs a, uint32_t i, double* out) {
  Value v = a[i];
  if (rt::to_double(v, out)) return true;
  // Objects with __float__.
  rt::clear_pending();
  Value f = rt::getattr_opt(Value::borrow(rt::type_of(v)), rt::intern("__float__"));
  if (f) {
    Value r = rt::call(f, {v});
    if (!r) return false;
    return rt::to_double(r, out);
  }
  rt::raisef(&rt::TypeError_type, "must be real number, not %s", std::string(rt::type_name(v)).c_str());
  return false;
}

Value domain_error() { return rt::raise(&rt::ValueError_type, "math domain error"); }
Value range_error() { return rt::raise(&rt::OverflowError_type, "math range error"); }

// Result of a libm call with CPython's errno-style checks (is_error in mathmodule.c).
Value finish(double x, double r, bool can_overflow = true) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return rt::Float(r);
}

#define MATH1(NAME, EXPR, OVER)                                   \
  Value m_##NAME(const Value&, CallArgs a) {                      \
    if (!rt::check_nargs(a, #NAME, 1, 1)) return Value();         \
    double x;                                                     \
    if (!arg_double(a, 0, &x)) return Value();                    \
    return finish(x, EXPR, OVER);                                 \
  }
MATH1(exp, std::exp(x), true)
MATH1(expm1, std::expm1(x), true)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), false)
MATH1(acos, std::acos(x), false)
MATH1(atan, std::atan(x), false)
MATH1(sinh, std::sinh(x), true)
MATH1(cosh, std::cosh(x), true)
MATH1(tanh, std::tanh(x), true)
MATH1(asinh, std::asinh(x), true)
MATH1(acosh, std::acosh(x), true)
MATH1(atanh, (x >= 1 || x <= -1) ? NAN : std::atanh(x), true)
MATH1(erf, std::erf(x), true)
MATH1(erfc, std::erfc(x), true)
MATH1(fabs, std::fabs(x), true)
MATH1(degrees, x * (180.0 / kPi), true)
MATH1(radians, x * (kPi / 180.0), true)
#undef MATH1

Value m_sqrt(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "sqrt", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  if (x < 0) return domain_error();
  return rt::Float(std::sqrt(x));
}
Value m_gamma(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "gamma", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  if (x <= 0 && x == std::floor(x)) return domain_error();
  return finish(x, std::tgamma(x));
}
Value m_lgamma(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "lgamma", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  if (x <= 0 && x == std::floor(x)) return domain_error();
  return finish(x, std::lgamma(x));
}
// _log(x, kind): kind 0 = ln, 2 = log2, 10 = log10, 1 = log1p (x a float).
Value m_log_(const Value&, CallArgs a) {
  double x;
  int64_t kind;
  if (!arg_double(a, 0, &x) || !rt::int_as_int64(a[1], &kind)) return Value();
  if (kind == 1) {
    if (x <= -1) return domain_error();
    return rt::Float(std::log1p(x));
  }
  if (std::isnan(x)) return rt::Float(x);
  if (x <= 0) return domain_error();
  return rt::Float(kind == 2 ? std::log2(x) : kind == 10 ? std::log10(x) : std::log(x));
}
Value m_atan2(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "atan2", 2, 2)) return Value();
  double y, x;
  if (!arg_double(a, 0, &y) || !arg_double(a, 1, &x)) return Value();
  return rt::Float(std::atan2(y, x));
}
Value m_copysign(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "copysign", 2, 2)) return Value();
  double y, x;
  if (!arg_double(a, 0, &x) || !arg_double(a, 1, &y)) return Value();
  return rt::Float(std::copysign(x, y));
}
Value m_fmod(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "fmod", 2, 2)) return Value();
  double y, x;
  if (!arg_double(a, 0, &x) || !arg_double(a, 1, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return rt::Float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return rt::Float(r);
}
Value m_pow(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "pow", 2, 2)) return Value();
  double y, x;
  if (!arg_double(a, 0, &x) || !arg_double(a, 1, &y)) return Value();
  if (x == 0 && y < 0 && std::isfinite(y)) return domain_error();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) return domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error();
  return rt::Float(r);
}
Value m_ldexp(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "ldexp", 2, 2)) return Value();
  double x;
  int64_t e;
  if (!arg_double(a, 0, &x)) return Value();
  if (!rt::int_as_int64(a[1], &e)) return rt::raise(&rt::TypeError_type, "Expected an int as second argument to ldexp.");
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  double r = std::ldexp(x, int(e));
  if (std::isinf(r) && std::isfinite(x)) return range_error();
  return rt::Float(r);
}
Value m_frexp(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "frexp", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  return rt::tuple_of({rt::Float(m), rt::Int(e)}).take();
}
Value m_modf(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "modf", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  if (std::isinf(x)) return rt::tuple_of({rt::Float(std::copysign(0.0, x)), rt::Float(x)}).take();
  double ip;
  double fp = std::modf(x, &ip);
  return rt::tuple_of({rt::Float(fp), rt::Float(ip)}).take();
}
Value m_isnan(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "isnan", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  return rt::Bool(std::isnan(x));
}
Value m_isinf(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "isinf", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  return rt::Bool(std::isinf(x));
}
Value m_isfinite(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "isfinite", 1, 1)) return Value();
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  return rt::Bool(std::isfinite(x));
}
// floor/ceil/trunc: ints pass through, floats become ints, others use __floor__/...
Value round_to_int(CallArgs a, const char* name, const char* dunder, double (*fn)(double)) {
  if (!rt::check_nargs(a, name, 1, 1)) return Value();
  Value v = a[0];
  if (rt::is_int_like(v)) return rt::call(Value::borrow(&rt::int_type), {v});
  if (!rt::isinstance(v, &rt::float_type)) {
    Value m = rt::getattr_opt(Value::borrow(rt::type_of(v)), rt::intern(dunder));
    if (m) return rt::call(m, {v});
    if (rt::pending()) return Value();
    if (std::string(dunder) == "__trunc__")
      return rt::raisef(&rt::TypeError_type, "type %s doesn't define __trunc__ method",
                        std::string(rt::type_name(v)).c_str());
  }
  double x;
  if (!arg_double(a, 0, &x)) return Value();
  if (std::isinf(x)) return rt::raise(&rt::OverflowError_type, "cannot convert float infinity to integer");
  if (std::isnan(x)) return rt::raise(&rt::ValueError_type, "cannot convert float NaN to integer");
  return rt::call(Value::borrow(&rt::int_type), {rt::Float(fn(x))});
}
double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }
double d_trunc(double x) { return std::trunc(x); }
Value m_floor(const Value&, CallArgs a) { return round_to_int(a, "floor", "__floor__", d_floor); }
Value m_ceil(const Value&, CallArgs a) { return round_to_int(a, "ceil", "__ceil__", d_ceil); }
Value m_trunc(const Value&, CallArgs a) { return round_to_int(a, "trunc", "__trunc__", d_trunc); }
Value m_nextafter(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "nextafter", 2, 2)) return Value();
  double x, y;
  if (!arg_double(a, 0, &x) || !arg_double(a, 1, &y)) return Value();
  return rt::Float(std::nextafter(x, y));
}

Value init_math() {
  rt::Ref<rt::Module> m = rt::new_module("math");
  struct {
    const char* n;
    rt::NativeFn f;
  } fns[] = {{"exp", m_exp},     {"expm1", m_expm1},   {"sin", m_sin},       {"cos", m_cos},
             {"tan", m_tan},     {"asin", m_asin},     {"acos", m_acos},     {"atan", m_atan},
             {"sinh", m_sinh},   {"cosh", m_cosh},     {"tanh", m_tanh},     {"asinh", m_asinh},
             {"acosh", m_acosh}, {"atanh", m_atanh},   {"erf", m_erf},       {"erfc", m_erfc},
             {"fabs", m_fabs},   {"degrees", m_degrees}, {"radians", m_radians}, {"sqrt", m_sqrt},
             {"gamma", m_gamma}, {"lgamma", m_lgamma}, {"_log", m_log_},     {"atan2", m_atan2},
             {"copysign", m_copysign}, {"fmod", m_fmod}, {"pow", m_pow},    {"ldexp", m_ldexp},
             {"frexp", m_frexp}, {"modf", m_modf},     {"isnan", m_isnan},   {"isinf", m_isinf},
             {"isfinite", m_isfinite}, {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc},
             {"nextafter", m_nextafter}};
  for (auto& f : fns) {
    rt::Ref<rt::BuiltinFunction> b = rt::new_builtin(f.n, f.f);
    b->module = rt::str_value("math");
    rt::module_add(m.get(), f.n, b.take());
  }
  rt::module_add(m.get(), "pi", rt::Float(kPi));
  rt::module_add(m.get(), "e", rt::Float(kE));
  rt::module_add(m.get(), "tau", rt::Float(2 * kPi));
  rt::module_add(m.get(), "inf", rt::Float(INFINITY));
  rt::module_add(m.get(), "nan", rt::Float(NAN));
  return load_py(kPyMath, m);
}

// ---------------------------------------------------------------- _ls helpers

// _ls.caller(depth=0) -> (filename, lineno, funcname) of the Python frame
// `depth` levels above the one calling this native.
Value ls_caller(const Value&, CallArgs a) {
  int64_t depth = 0;
  if (a.nargs >= 1 && !rt::int_as_int64(a[0], &depth)) return Value();
  rt::Frame* f = rt::interp().frame;
  for (int64_t i = 0; i < depth && f; ++i) f = f->back;
  if (!f) return rt::None();
  rt::Code* c = f->code.get();
  return rt::tuple_of({c->filename.value(), rt::Int(f->lineno()), c->name.value()}).take();
}

// _ls.caller_module(depth=0) -> __name__ of that frame's globals (what
// CPython's sys._getframe(depth + 1).f_globals['__name__'] gives), or None.
Value ls_caller_module(const Value&, CallArgs a) {
  int64_t depth = 0;
  if (a.nargs >= 1 && !rt::int_as_int64(a[0], &depth)) return Value();
  rt::Frame* f = rt::interp().frame;
  for (int64_t i = 0; i < depth && f; ++i) f = f->back;
  if (!f || !f->globals) return rt::None();
  Value name = rt::dict_get_str(f->globals.get(), "__name__");
  return name ? name : rt::None();
}

// _ls.format_stack(depth, limit) -> the text of traceback.print_stack()
// for the frames from `depth` levels above the caller outward.
Value ls_format_stack(const Value&, CallArgs a) {
  int64_t depth = 0, limit = -1;
  if (!rt::check_nargs(a, "format_stack", 2, 2) || !rt::int_as_int64(a[0], &depth)) return Value();
  if (!rt::is_none(a[1]) && !rt::int_as_int64(a[1], &limit)) return Value();
  rt::Frame* f = rt::interp().frame;
  for (int64_t i = 0; i < depth && f; ++i) f = f->back;
  return rt::str_value(rt::format_running_stack(f, int(limit)));
}

// _ls.format_tb(tb, limit) -> the text of traceback.print_tb().
Value ls_format_tb(const Value&, CallArgs a) {
  int64_t limit = -1;
  if (!rt::check_nargs(a, "format_tb", 2, 2)) return Value();
  if (!rt::is_none(a[1]) && !rt::int_as_int64(a[1], &limit)) return Value();
  if (rt::is_none(a[0])) return rt::str_value("");
  if (!rt::is_exact(a[0], &rt::traceback_type)) return rt::raise(&rt::TypeError_type, "expected a traceback object");
  return rt::str_value(rt::format_traceback(a[0], int(limit)));
}

// _ls.format_exception(exc) -> the text the default excepthook prints.
Value ls_format_exception(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "format_exception", 1, 1)) return Value();
  return rt::str_value(rt::format_exception(a[0]));
}

// _ls.mark_iterable_coroutine(func) -> True if func is a generator function
// (its code now has CO_ITERABLE_COROUTINE, as types.coroutine sets) or already
// a coroutine function; False for anything else.
Value ls_mark_iterable_coroutine(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "mark_iterable_coroutine", 1, 1)) return Value();
  if (!rt::is_exact(a[0], &rt::function_type)) return rt::False();
  rt::Code* c = a[0].as<rt::Function>()->code.get();
  if (c->flags & (rt::kCoCoroutine | rt::kCoIterableCoroutine)) return rt::True();
  if (!(c->flags & rt::kCoGenerator)) return rt::False();
  c->flags |= rt::kCoIterableCoroutine;
  return rt::True();
}

// contextvars' link to the loop (py_contextvars.cpp, loop/state.h):
// _ls.context_current() / _ls.context_set(ctx) read and switch the current
// Context; _ls.context_register(base, copy_context) installs the base Context
// and makes the loop give each new handle and task a copy of the current one.
Value ls_context_current(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "context_current", 0, 0)) return Value();
  loop::LoopState& st = loop::state();
  return st.current_context ? st.current_context : rt::None();
}
Value ls_context_set(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "context_set", 1, 1)) return Value();
  loop::state().current_context = a[0];
  return rt::None();
}
Value ls_context_register(const Value&, CallArgs a) {
  if (!rt::check_nargs(a, "context_register", 2, 2)) return Value();
  loop::LoopState& st = loop::state();
  if (!st.current_context) st.current_context = a[0];
  st.copy_context = a[1];
  return rt::None();
}

Value ls_thread_ident(const Value&, CallArgs a) { return rt::Int(140245123282752LL); }

Value init_ls() {
  rt::Ref<rt::Module> m = rt::new_module("_ls");
  rt::module_add(m.get(), "caller", rt::new_builtin("caller", ls_caller).take());
  rt::module_add(m.get(), "caller_module", rt::new_builtin("caller_module", ls_caller_module).take());
  rt::module_add(m.get(), "format_stack", rt::new_builtin("format_stack", ls_format_stack).take());
  rt::module_add(m.get(), "format_tb", rt::new_builtin("format_tb", ls_format_tb).take());
  rt::module_add(m.get(), "format_exception", rt::new_builtin("format_exception", ls_format_exception).take());
  rt::module_add(m.get(), "mark_iterable_coroutine",
                 rt::new_builtin("mark_iterable_coroutine", ls_mark_iterable_coroutine).take());
  rt::module_add(m.get(), "context_current", rt::new_builtin("context_current", ls_context_current).take());
  rt::module_add(m.get(), "context_set", rt::new_builtin("context_set", ls_context_set).take());
  rt::module_add(m.get(), "context_register", rt::new_builtin("context_register", ls_context_register).take());
  rt::module_add(m.get(), "thread_ident", rt::new_builtin("get_ident", ls_thread_ident).take());
  return m.take();
}

template <const PySource* S>
Value py_factory() {
  return load_py(*S);
}

}  // namespace

void register_stdlib() {
  rt::register_module("_ls", init_ls);
  rt::register_module("math", init_math);
#define PYMOD(S) rt::register_module(S.name, py_factory<&S>);
  PYMOD(kPyFunctools)
  PYMOD(kPyItertools)
  PYMOD(kPyCollections)
  PYMOD(kPyCollectionsAbc)
  PYMOD(kPyDataclasses)
  PYMOD(kPyContextlib)
  PYMOD(kPyRandom)
  PYMOD(kPyString)
  PYMOD(kPyTyping)
  PYMOD(kPyEnum)
  PYMOD(kPyLogging)
  PYMOD(kPyTraceback)
  PYMOD(kPyInspect)
  PYMOD(kPyDatetime)
  PYMOD(kPyJson)
  PYMOD(kPyJsonEncoder)
  PYMOD(kPyJsonDecoder)
  PYMOD(kPyThreading)
  PYMOD(kPyCopy)
  PYMOD(kPyOperator)
  PYMOD(kPyHeapq)
  PYMOD(kPyBisect)
  PYMOD(kPyTypes)
  PYMOD(kPyAbc)
  PYMOD(kPyTextwrap)
  PYMOD(kPyKeyword)
  PYMOD(kPyHashlib)
  PYMOD(kPyFuture)
  PYMOD(kPyIo)
  PYMOD(kPyGc)
  PYMOD(kPyContextvars)
#undef PYMOD
}

}  // namespace ls::mods
