// complex: CPython's Objects/complexobject.c -- arithmetic (Smith's division,
// integer powers by repeated squaring, the polar formula otherwise), repr
// ("(1+2j)", "2j", "(-0-1j)"), hash, == / != with ints and floats, complex()
// from numbers, __complex__ and strings, .real/.imag/.conjugate().
#include "runtime/types/complex.h"

#include <cerrno>
#include <cmath>

#include "runtime/errors.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"
#include "runtime/version_table.h"

namespace ls::rt {

Type complex_type;

Value make_complex(double re, double im) {
  ComplexObj* c = make_object<ComplexObj>(&complex_type);
  c->re = re;
  c->im = im;
  return Value::steal(c);
}

bool parse_float_text(std::string_view text, double* out);  // number.cpp

namespace {

struct C {
  double re, im;
};

// An operand as a complex: complex, float, int/bool. False: NotImplemented.
bool operand(const Value& v, C* out, bool* err) {
  *err = false;
  if (isinstance(v, &complex_type)) {
    ComplexObj* c = v.as<ComplexObj>();
    *out = {c->re, c->im};
    return true;
  }
  if (v.is_float()) {
    *out = {v.as_float(), 0.0};
    return true;
  }
  if (is_int_like(v)) {
    double d;
    if (!int_as_double(v, &d)) {
      *err = true;
      return false;
    }
    *out = {d, 0.0};
    return true;
  }
  return false;
}

#define COMPLEX_OPERANDS          \
  C x, y;                         \
  bool err;                       \
  if (!operand(a, &x, &err)) return err ? Value() : NotImplemented(); \
  if (!operand(b, &y, &err)) return err ? Value() : NotImplemented();

C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot (Smith's method); errno = EDOM for a zero divisor.
C c_quot(C a, C b) {
  double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // b has a NaN part
}

// _Py_c_pow: errno = EDOM for 0 to a negative or complex power.
C c_pow(C a, C b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

C c_powi(C x, long n) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n));
}

Value c_add(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  return make_complex(x.re + y.re, x.im + y.im);
}
Value c_sub(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  return make_complex(x.re - y.re, x.im - y.im);
}
Value c_mul(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  C r = c_prod(x, y);
  return make_complex(r.re, r.im);
}
Value c_div(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  errno = 0;
  C r = c_quot(x, y);
  if (errno == EDOM) return raise(&ZeroDivisionError_type, "complex division by zero");
  return make_complex(r.re, r.im);
}

}  // namespace

Value complex_pow_values(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  errno = 0;
  C p;
  if (y.im == 0.0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100.0) p = c_powi(x, long(y.re));
  else p = c_pow(x, y);
  if (errno == EDOM) return raise(&ZeroDivisionError_type, "0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (!std::isinf(x.re) && !std::isinf(x.im) && !std::isinf(y.re) && !std::isinf(y.im))
      return raise(&OverflowError_type, "complex exponentiation");
  }
  return make_complex(p.re, p.im);
}

namespace {

Value c_powslot(const Value& a, const Value& b) { return complex_pow_values(a, b); }

// Before 3.10 complex defines // and % only to refuse them.
Value c_floordiv(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  if (!vfeature(VFeature::ComplexFloorErrors)) return NotImplemented();
  return raise(&TypeError_type, "can't take floor of complex number.");
}
Value c_mod(const Value& a, const Value& b) {
  COMPLEX_OPERANDS
  if (!vfeature(VFeature::ComplexFloorErrors)) return NotImplemented();
  return raise(&TypeError_type, "can't mod complex numbers.");
}

Value c_neg(const Value& a) {
  ComplexObj* c = a.as<ComplexObj>();
  return make_complex(-c->re, -c->im);
}
Value c_pos(const Value& a) {
  ComplexObj* c = a.as<ComplexObj>();
  if (is_exact(a, &complex_type)) return a;
  return make_complex(c->re, c->im);
}
int c_truth(const Value& a) {
  ComplexObj* c = a.as<ComplexObj>();
  return c->re != 0.0 || c->im != 0.0;
}

// PyOS_double_to_string(d, 'r', 0, flags): the float repr without the ".0"
// float's repr adds; with `sign`, a '+' before non-negative values.
std::string part(double d, bool sign) {
  std::string s = float_repr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0 && s.find('e') == std::string::npos)
    s.resize(s.size() - 2);
  if (sign && s[0] != '-') s.insert(s.begin(), '+');
  return s;
}

}  // namespace

std::string complex_repr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return part(im, false) + "j";
  return "(" + part(re, false) + part(im, true) + "j)";
}

namespace {

Value c_repr(const Value& a) {
  ComplexObj* c = a.as<ComplexObj>();
  return make_str(complex_repr(c->re, c->im));
}

bool c_hash(const Value& a, int64_t* out) {
  ComplexObj* c = a.as<ComplexObj>();
  int64_t hr = std::isnan(c->re) ? 0 : hash_double(c->re);
  int64_t hi = std::isnan(c->im) ? 0 : hash_double(c->im);
  // hashreal + _PyHASH_IMAG * hashimag in Py_uhash_t (32 bits on a 32-bit build).
  uint64_t combined = uint64_t(hr) + uint64_t(1000003) * uint64_t(hi);
  int64_t h = vfeature(VFeature::Hash32) ? int64_t(int32_t(uint32_t(combined))) : int64_t(combined);
  if (h == -1) h = -2;
  *out = h;
  return true;
}

Value c_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::EQ && op != CmpOp::NE) return NotImplemented();
  C x, y;
  bool err;
  if (!operand(a, &x, &err) || !operand(b, &y, &err)) return err ? Value() : NotImplemented();
  bool eq = x.re == y.re && x.im == y.im;
  return Bool(op == CmpOp::EQ ? eq : !eq);
}

Value c_real(const Value& s) { return Float(s.as<ComplexObj>()->re); }
Value c_imag(const Value& s) { return Float(s.as<ComplexObj>()->im); }

Value c_conjugate(const Value& self, CallArgs a) {
  if (!check_nargs(a, "conjugate", 0, 0)) return Value();
  ComplexObj* c = self.as<ComplexObj>();
  return make_complex(c->re, -c->im);
}

Value c_abs(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__abs__", 0, 0)) return Value();
  ComplexObj* c = self.as<ComplexObj>();
  if (std::isinf(c->re) || std::isinf(c->im)) return Float(HUGE_VAL);
  if (std::isnan(c->re) || std::isnan(c->im)) return Float(NAN);
  double r = std::hypot(c->re, c->im);
  if (std::isinf(r)) return raise(&OverflowError_type, "absolute value too large");
  return Float(r);
}

Value c_complex(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__complex__", 0, 0)) return Value();
  ComplexObj* c = self.as<ComplexObj>();
  return make_complex(c->re, c->im);
}

Value c_getnewargs(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__getnewargs__", 0, 0)) return Value();
  ComplexObj* c = self.as<ComplexObj>();
  return tuple_of({Float(c->re), Float(c->im)}).take();
}

bool all_float_chars(std::string_view s) {
  for (char ch : s)
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') return false;
  return true;
}

// complex_from_string_inner: [ws] ['('] [ws] real [(+|-) imag 'j'] | imag 'j' [ws] [')'] [ws].
bool parse_complex_text(std::string_view s, C* out) {
  auto trim = [](std::string_view& v) {
    while (!v.empty() && isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  };
  trim(s);
  if (!s.empty() && s.front() == '(') {
    if (s.back() != ')') return false;
    s = s.substr(1, s.size() - 2);
    trim(s);
  }
  if (s.empty() || !all_float_chars(s)) return false;
  bool imaginary = s.back() == 'j' || s.back() == 'J';
  if (!imaginary) {
    double d;
    if (!parse_float_text(s, &d)) return false;
    *out = {d, 0.0};
    return true;
  }
  s.remove_suffix(1);
  // The imaginary part starts at the last sign not at the start and not after an 'e'.
  size_t split = std::string_view::npos;
  for (size_t i = s.size(); i-- > 1;) {
    if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E') {
      split = i;
      break;
    }
  }
  std::string_view re_text = split == std::string_view::npos ? std::string_view() : s.substr(0, split);
  std::string_view im_text = split == std::string_view::npos ? s : s.substr(split);
  double re = 0, im;
  if (!re_text.empty() && !parse_float_text(re_text, &re)) return false;
  if (im_text.empty() || im_text == "+") im = 1.0;
  else if (im_text == "-") im = -1.0;
  else if (!parse_float_text(im_text, &im)) return false;
  *out = {re, im};
  return true;
}

// A complex() argument as a complex: numbers, __complex__, __float__, __index__.
bool arg_value(const Value& v, const char* which, C* out) {
  bool err;
  if (operand(v, out, &err)) return true;
  if (err) return false;
  Type* t = type_of(v);
  if (Value m = type_lookup_value(t, intern("__complex__"))) {
    Value r = call(m, {v});
    if (!r) return false;
    if (!isinstance(r, &complex_type)) {
      raisef(&TypeError_type, "__complex__ returned non-complex (type %s)", std::string(type_name(r)).c_str());
      return false;
    }
    *out = {r.as<ComplexObj>()->re, r.as<ComplexObj>()->im};
    return true;
  }
  if (type_lookup_value(t, intern("__float__")) || type_lookup_value(t, intern("__index__"))) {
    Value f = call(Value::borrow(&float_type), {v});
    if (!f) return false;
    *out = {f.as_float(), 0.0};
    return true;
  }
  raisef(&TypeError_type, "complex() %s must be a string or a number, not '%s'", which,
         std::string(type_name(v)).c_str());
  return false;
}

Value c_new(Type* t, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "complex", "|real,imag", args)) return Value();
  C r{0.0, 0.0};
  if (args[0] && is_str(args[0])) {
    if (args[1]) return raise(&TypeError_type, "complex() can't take second arg if first is a string");
    if (!parse_complex_text(sv(args[0]), &r)) return raise(&ValueError_type, "complex() arg is a malformed string");
  } else {
    if (args[1] && is_str(args[1])) return raise(&TypeError_type, "complex() second arg can't be a string");
    C x{0.0, 0.0}, y{0.0, 0.0};
    if (args[0] && !arg_value(args[0], "first argument", &x)) return Value();
    if (args[1] && !arg_value(args[1], "second argument", &y)) return Value();
    // (x.re + x.im j) + (y.re + y.im j) j, adding only the parts that exist
    // (complex_new_impl: a real argument keeps its -0.0).
    bool x_complex = args[0] && isinstance(args[0], &complex_type);
    bool y_complex = args[1] && isinstance(args[1], &complex_type);
    r.re = y_complex ? x.re - y.im : x.re;
    r.im = args[1] ? (x_complex ? y.re + x.im : y.re) : x.im;
    if (args[0] && is_exact(args[0], &complex_type) && !args[1] && t == &complex_type) return args[0];
  }
  if (t == &complex_type) return make_complex(r.re, r.im);
  ComplexObj* c = make_object<ComplexObj>(t);
  c->re = r.re;
  c->im = r.im;
  return Value::steal(c);
}

Value c_init(Value, CallArgs) { return None(); }

// format(z, ""): str(z); a non-empty spec is not implemented yet (named clearly).
Value c_format(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__format__", 1, 1)) return Value();
  if (!is_str(a[0]))
    return raisef(&TypeError_type, "__format__() argument must be str, not %s", std::string(type_name(a[0])).c_str());
  if (sv(a[0]).empty()) return str(self);
  return raise(&NotImplementedError_type, "loopscope: format specifications for complex numbers are not supported yet");
}

}  // namespace

void init_complex() {
  complex_type.name = "complex";
  complex_type.flags = kBaseType;
  complex_type.dealloc = dealloc_as<ComplexObj>;
  complex_type.new_ = c_new;
  complex_type.init = c_init;
  complex_type.repr = c_repr;
  complex_type.hash = c_hash;
  complex_type.richcompare = c_richcompare;
  complex_type.truth = c_truth;
  complex_type.binop[size_t(BinOp::Add)] = c_add;
  complex_type.binop[size_t(BinOp::Sub)] = c_sub;
  complex_type.binop[size_t(BinOp::Mul)] = c_mul;
  complex_type.binop[size_t(BinOp::TrueDiv)] = c_div;
  complex_type.binop[size_t(BinOp::Pow)] = c_powslot;
  complex_type.binop[size_t(BinOp::FloorDiv)] = c_floordiv;
  complex_type.binop[size_t(BinOp::Mod)] = c_mod;
  complex_type.unop[size_t(UnOp::Neg)] = c_neg;
  complex_type.unop[size_t(UnOp::Pos)] = c_pos;
  add_getset(&complex_type, "real", c_real);
  add_getset(&complex_type, "imag", c_imag);
  add_method(&complex_type, "conjugate", c_conjugate);
  add_method(&complex_type, "__abs__", c_abs);
  add_method(&complex_type, "__complex__", c_complex);
  add_method(&complex_type, "__getnewargs__", c_getnewargs);
  add_method(&complex_type, "__format__", c_format);
  ready_static_type(&complex_type);
}

}  // namespace ls::rt
