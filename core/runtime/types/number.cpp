// int (inline int64 + BigInt), bool, float, and the None / NotImplemented /
// Ellipsis singletons. Arithmetic follows CPython: floor division and modulo
// round toward negative infinity, int/float comparisons are exact, hashes use
// the modulus 2^61 - 1 so hash(n) == hash(float(n)) and matches CPython.
#include "runtime/types/number.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/types/complex.h"
#include "runtime/version_table.h"
#include "runtime/format.h"
#include "runtime/interp.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"
#include "runtime/version_table.h"

namespace ls::rt {

Type none_type, bool_type, int_type, float_type, not_implemented_type, ellipsis_type;
Object none_obj{kImmortal, &none_type};
Object true_obj{kImmortal, &bool_type};
Object false_obj{kImmortal, &bool_type};
Object not_implemented_obj{kImmortal, &not_implemented_type};
Object ellipsis_obj{kImmortal, &ellipsis_type};

// ================================================================ big numbers
// Num: a temporary sign-magnitude integer (base 2^32 limbs, little-endian).

namespace {

using Mag = std::vector<uint32_t>;

struct Num {
  bool neg = false;
  Mag mag;
  bool zero() const { return mag.empty(); }
};

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

Num num_from_u64(uint64_t u, bool neg) {
  Num n;
  if (u) {
    n.mag.push_back(uint32_t(u));
    if (u >> 32) n.mag.push_back(uint32_t(u >> 32));
  }
  n.neg = neg && u;
  return n;
}

Num num_from_i64(int64_t i) {
  uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
  return num_from_u64(u, i < 0);
}

int mag_cmp(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Mag mag_add(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = uint32_t(s);
    carry = s >> 32;
  }
  r[x.size()] = uint32_t(carry);
  trim(r);
  return r;
}

// a - b with |a| >= |b|.
Mag mag_sub(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
    borrow = d < 0;
    if (d < 0) d += int64_t(1) << 32;
    r[i] = uint32_t(d);
  }
  trim(r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    size_t k = i + b.size();
    while (carry) {
      uint64_t t = uint64_t(r[k]) + carry;
      r[k] = uint32_t(t);
      carry = t >> 32;
      ++k;
    }
  }
  trim(r);
  return r;
}

// Divides by a single limb; returns remainder.
uint32_t mag_divmod_small(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = uint32_t(cur / d);
    rem = cur % d;
  }
  trim(a);
  return uint32_t(rem);
}

// Knuth algorithm D: q = a / b, r = a % b (magnitudes, b nonzero).
void mag_divmod(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (mag_cmp(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    Mag x = a;
    uint32_t rem = mag_divmod_small(x, b[0]);
    *q = std::move(x);
    *r = rem ? Mag{rem} : Mag{};
    return;
  }
  int s = __builtin_clz(b.back());
  size_t n = b.size(), m = a.size() - b.size();
  Mag vn(n), un(a.size() + 1);
  for (size_t i = n - 1; i > 0; --i)
    vn[i] = s ? (b[i] << s) | uint32_t(uint64_t(b[i - 1]) >> (32 - s)) : b[i];
  vn[0] = b[0] << s;
  un[a.size()] = s ? uint32_t(uint64_t(a.back()) >> (32 - s)) : 0;
  for (size_t i = a.size() - 1; i > 0; --i)
    un[i] = s ? (a[i] << s) | uint32_t(uint64_t(a[i - 1]) >> (32 - s)) : a[i];
  un[0] = a[0] << s;
  Mag qq(m + 1);
  const uint64_t B = uint64_t(1) << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= B) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(un[i + j]) - borrow - int64_t(uint32_t(p));
      un[i + j] = uint32_t(t);
      borrow = t < 0;
    }
    int64_t t = int64_t(un[j + n]) - borrow - int64_t(carry);
    un[j + n] = uint32_t(t);
    if (t < 0) {
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = uint64_t(un[i + j]) + vn[i] + c;
        un[i + j] = uint32_t(s2);
        c = s2 >> 32;
      }
      un[j + n] = uint32_t(uint64_t(un[j + n]) + c);
    }
    qq[j] = uint32_t(qhat);
  }
  trim(qq);
  *q = std::move(qq);
  Mag rr(n);
  for (size_t i = 0; i < n; ++i)
    rr[i] = s ? (un[i] >> s) | uint32_t(uint64_t(un[i + 1]) << (32 - s)) : un[i];
  trim(rr);
  *r = std::move(rr);
}

Num num_add(const Num& a, const Num& b) {
  Num r;
  if (a.neg == b.neg) {
    r.mag = mag_add(a.mag, b.mag);
    r.neg = a.neg;
  } else {
    int c = mag_cmp(a.mag, b.mag);
    if (c == 0) return r;
    if (c > 0) {
      r.mag = mag_sub(a.mag, b.mag);
      r.neg = a.neg;
    } else {
      r.mag = mag_sub(b.mag, a.mag);
      r.neg = b.neg;
    }
  }
  if (r.mag.empty()) r.neg = false;
  return r;
}

Num num_neg(Num a) {
  if (!a.zero()) a.neg = !a.neg;
  return a;
}

Num num_sub(const Num& a, const Num& b) { return num_add(a, num_neg(b)); }

Num num_mul(const Num& a, const Num& b) {
  Num r;
  r.mag = mag_mul(a.mag, b.mag);
  r.neg = !r.mag.empty() && (a.neg != b.neg);
  return r;
}

// Floor division and modulo (Python semantics). b nonzero.
void num_floordivmod(const Num& a, const Num& b, Num* q, Num* r) {
  Num qq, rr;
  mag_divmod(a.mag, b.mag, &qq.mag, &rr.mag);
  qq.neg = !qq.mag.empty() && (a.neg != b.neg);
  rr.neg = !rr.mag.empty() && a.neg;
  if (!rr.zero() && (a.neg != b.neg)) {
    qq = num_sub(qq, num_from_i64(1));
    rr = num_add(rr, b);
  }
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

bool num_fits_i64(const Num& n, int64_t* out) {
  if (n.mag.size() > 2) return false;
  uint64_t u = 0;
  if (n.mag.size() > 0) u = n.mag[0];
  if (n.mag.size() > 1) u |= uint64_t(n.mag[1]) << 32;
  if (n.neg) {
    if (u > (uint64_t(1) << 63)) return false;
    *out = int64_t(uint64_t(0) - u);
  } else {
    if (u > uint64_t(INT64_MAX)) return false;
    *out = int64_t(u);
  }
  return true;
}

Value num_to_value(Num n) {
  int64_t i;
  if (num_fits_i64(n, &i)) return Int(i);
  BigInt* b = make_object<BigInt>(&int_type);
  b->neg = n.neg;
  b->mag = std::move(n.mag);
  return Value::steal(b);
}

int num_cmp(const Num& a, const Num& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = mag_cmp(a.mag, b.mag);
  return a.neg ? -c : c;
}

size_t mag_bit_length(const Mag& m) {
  if (m.empty()) return 0;
  return (m.size() - 1) * 32 + (32 - __builtin_clz(m.back()));
}

Mag mag_shl(const Mag& a, size_t n) {
  if (a.empty()) return {};
  size_t limbs = n / 32, bits = n % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = uint64_t(a[i]) << bits;
    r[i + limbs] |= uint32_t(v);
    r[i + limbs + 1] |= uint32_t(v >> 32);
  }
  trim(r);
  return r;
}

Mag mag_shr(const Mag& a, size_t n) {
  size_t limbs = n / 32, bits = n % 32;
  if (limbs >= a.size()) return {};
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + limbs];
    if (i + limbs + 1 < a.size()) v |= uint64_t(a[i + limbs + 1]) << 32;
    r[i] = uint32_t(v >> bits);
  }
  trim(r);
  return r;
}

double num_to_double(const Num& n, bool* overflow) {
  *overflow = false;
  size_t bits = mag_bit_length(n.mag);
  double d;
  if (bits <= 64) {
    uint64_t u = 0;
    if (n.mag.size() > 0) u = n.mag[0];
    if (n.mag.size() > 1) u |= uint64_t(n.mag[1]) << 32;
    d = double(u);
  } else {
    size_t shift = bits - 64;
    Mag top = mag_shr(n.mag, shift);
    uint64_t u = uint64_t(top[0]) | (top.size() > 1 ? uint64_t(top[1]) << 32 : 0);
    // Sticky bit: any nonzero bit shifted out.
    bool sticky = false;
    for (size_t i = 0; i < shift / 32 && !sticky; ++i) sticky = n.mag[i] != 0;
    if (!sticky && shift % 32) sticky = (n.mag[shift / 32] & ((1u << (shift % 32)) - 1)) != 0;
    if (sticky) u |= 1;
    if (shift > 2000) {
      *overflow = true;
      return 0;
    }
    d = std::ldexp(double(u), int(shift));
    if (std::isinf(d)) {
      *overflow = true;
      return 0;
    }
  }
  return n.neg ? -d : d;
}

// Exact Num for an integral double.
Num num_from_double(double d) {
  Num n;
  n.neg = d < 0;
  d = std::fabs(d);
  if (d < 18446744073709551616.0) return num_from_u64(uint64_t(d), n.neg);
  int e;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= m < 1
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  n.mag = mag_shl(num_from_u64(mant, false).mag, size_t(e - 53));
  return n;
}

// Two's complement helpers for bit operations: `width` limbs.
Mag to_twos(const Num& n, size_t width) {
  Mag r(width, 0);
  for (size_t i = 0; i < n.mag.size() && i < width; ++i) r[i] = n.mag[i];
  if (n.neg) {
    uint64_t carry = 1;
    for (size_t i = 0; i < width; ++i) {
      uint64_t v = uint64_t(uint32_t(~r[i])) + carry;
      r[i] = uint32_t(v);
      carry = v >> 32;
    }
  }
  return r;
}

Num from_twos(Mag r) {
  Num n;
  if (!r.empty() && (r.back() & 0x80000000u)) {
    n.neg = true;
    uint64_t carry = 1;
    for (size_t i = 0; i < r.size(); ++i) {
      uint64_t v = uint64_t(uint32_t(~r[i])) + carry;
      r[i] = uint32_t(v);
      carry = v >> 32;
    }
  }
  trim(r);
  n.mag = std::move(r);
  if (n.mag.empty()) n.neg = false;
  return n;
}

}  // namespace

// ================================================================ int values

static inline bool is_bool(const Value& v) { return v.is(&true_obj) || v.is(&false_obj); }

// The int value of an int-like Value as Num.
static Num to_num(const Value& v) {
  if (v.is_small_int()) return num_from_i64(v.as_int());
  if (v.is(&true_obj)) return num_from_i64(1);
  if (v.is(&false_obj)) return num_from_i64(0);
  BigInt* b = v.as<BigInt>();
  Num n;
  n.neg = b->neg;
  n.mag = b->mag;
  return n;
}

bool int_as_int64(const Value& v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is(&true_obj)) {
    *out = 1;
    return true;
  }
  if (v.is(&false_obj)) {
    *out = 0;
    return true;
  }
  if (!is_int_like(v)) return false;
  BigInt* b = v.as<BigInt>();
  Num n;
  n.neg = b->neg;
  n.mag = b->mag;
  return num_fits_i64(n, out);
}

Value int_normalize(Ref<BigInt> b) {
  Num n;
  n.neg = b->neg;
  n.mag = b->mag;
  int64_t i;
  if (num_fits_i64(n, &i)) return Int(i);
  return b.take();
}

bool int_as_double(const Value& v, double* out) {
  int64_t i;
  if (int_as_int64(v, &i)) {
    *out = double(i);
    return true;
  }
  bool ovf;
  *out = num_to_double(to_num(v), &ovf);
  if (ovf) {
    raise(&OverflowError_type, "int too large to convert to float");
    return false;
  }
  return true;
}

double int_to_double_lossy(const Value& v) {
  int64_t i;
  if (int_as_int64(v, &i)) return double(i);
  Num n = to_num(v);
  bool ovf;
  double d = num_to_double(n, &ovf);
  if (ovf) return n.neg ? -HUGE_VAL : HUGE_VAL;
  return d;
}

bool to_double(const Value& v, double* out) {
  if (v.is_float()) {
    *out = v.as_float();
    return true;
  }
  if (is_int_like(v)) return int_as_double(v, out);
  if (isinstance(v, &float_type)) {
    // float subclass instance: lead's klass stores the value? Not supported natively.
  }
  raisef(&TypeError_type, "must be real number, not %s", std::string(type_name(v)).c_str());
  return false;
}

static std::string mag_to_decimal(Mag m) {
  if (m.empty()) return "0";
  std::string digits;
  while (!m.empty()) {
    uint32_t rem = mag_divmod_small(m, 1000000000u);
    char buf[16];
    if (m.empty()) std::snprintf(buf, sizeof buf, "%u", rem);
    else std::snprintf(buf, sizeof buf, "%09u", rem);
    std::string chunk(buf);
    digits.insert(0, chunk);
  }
  return digits;
}

std::string int_to_string(const Value& v) {
  int64_t i;
  if (int_as_int64(v, &i)) return std::to_string(i);
  Num n = to_num(v);
  std::string s = mag_to_decimal(n.mag);
  return n.neg ? "-" + s : s;
}

std::string int_to_base(const Value& v, int base, bool prefix) {
  Num n = to_num(v);
  std::string digits;
  if (base == 10) {
    digits = mag_to_decimal(n.mag);
  } else {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    size_t total = mag_bit_length(n.mag);
    if (total == 0) digits = "0";
    for (size_t pos = 0; pos < total; pos += bits) {
      uint32_t d = 0;
      for (int k = 0; k < bits; ++k) {
        size_t bit = pos + k;
        if (bit < total && (n.mag[bit / 32] >> (bit % 32)) & 1) d |= 1u << k;
      }
      digits += "0123456789abcdef"[d];
    }
    std::reverse(digits.begin(), digits.end());
    if (prefix) digits = std::string(base == 2 ? "0b" : base == 8 ? "0o" : "0x") + digits;
  }
  return n.neg ? "-" + digits : digits;
}

Value int_from_string(std::string_view digits, int base) {
  int64_t acc = 0;
  size_t i = 0;
  for (; i < digits.size(); ++i) {
    char c = digits[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c - 'A' + 10;
    int64_t next;
    if (__builtin_mul_overflow(acc, int64_t(base), &next) || __builtin_add_overflow(next, int64_t(d), &next)) break;
    acc = next;
  }
  if (i == digits.size()) return Int(acc);
  Num n = num_from_i64(acc);
  for (; i < digits.size(); ++i) {
    char c = digits[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c - 'A' + 10;
    // n = n * base + d
    uint64_t carry = uint64_t(d);
    for (auto& limb : n.mag) {
      uint64_t t = uint64_t(limb) * uint64_t(base) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
    if (carry) n.mag.push_back(uint32_t(carry));
  }
  return num_to_value(std::move(n));
}

// ---------------------------------------------------------------- hashing

// CPython's numeric hash: x mod P with P = 2**61 - 1 (64-bit builds) or
// 2**31 - 1 (32-bit builds such as Pyodide, the 3.12/3.14 reference; see
// VFeature::Hash32). Equal numbers hash equal across int/float/bool.
static bool hash32() { return vfeature(VFeature::Hash32); }

int64_t hash_int64(int64_t i) {
  const int bits = hash32() ? 31 : 61;
  const uint64_t P = (uint64_t(1) << bits) - 1;
  uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
  int64_t h = int64_t(u % P);
  if (i < 0) h = -h;
  if (h == -1) h = -2;
  return h;
}

static int64_t hash_num(const Num& n) {
  const int bits = hash32() ? 31 : 61;
  const uint64_t P = (uint64_t(1) << bits) - 1;
  uint64_t h = 0;
  for (size_t i = n.mag.size(); i-- > 0;) {
    unsigned __int128 t = ((unsigned __int128)h << 32) + n.mag[i];
    h = uint64_t(t % P);
  }
  int64_t r = int64_t(h);
  if (n.neg) r = -r;
  if (r == -1) r = -2;
  return r;
}

int64_t hash_double(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // CPython 3.10+: identity-based; callers may override
  const int bits = hash32() ? 31 : 61;
  const uint64_t P = (uint64_t(1) << bits) - 1;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (bits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << e) & P) | x >> (bits - e);
  int64_t r = int64_t(x) * sign;
  if (r == -1) r = -2;
  return r;
}

int64_t hash_pointer(const void* p) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(p));
  y = (y >> 4) | (y << 60);
  int64_t r = int64_t(y);
  if (r == -1) r = -2;
  return r;
}

// ---------------------------------------------------------------- float repr

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[40];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf: [-]d[.ddd]e[+-]XX
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp10 = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exp10 >= -4 && exp10 < 16) {
    if (exp10 >= 0) {
      std::string ip, fp;
      if (int(digits.size()) <= exp10 + 1) {
        ip = digits + std::string(exp10 + 1 - digits.size(), '0');
        fp = "0";
      } else {
        ip = digits.substr(0, exp10 + 1);
        fp = digits.substr(exp10 + 1);
      }
      out = ip + "." + fp;
    } else {
      out = "0." + std::string(-exp10 - 1, '0') + digits;
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    out += eb;
  }
  return neg ? "-" + out : out;
}

// ================================================================ int slots

namespace {
int g_int_max_str_digits = 4300;
}
int int_max_str_digits() { return g_int_max_str_digits; }
void set_int_max_str_digits(int n) { g_int_max_str_digits = n; }

bool int_check_str_digits(const Value& v) {
  int limit = g_int_max_str_digits;
  if (limit <= 0 || v.is_small_int()) return true;
  int64_t small;
  if (int_as_int64(v, &small)) return true;
  Num n = to_num(v);
  size_t bits = mag_bit_length(n.mag);
  // digits = floor(bits * log10(2)) + {0, 1}: decide from bits when clear-cut.
  double lo = double(bits - 1) * 0.30102999566398120;
  bool too_big;
  if (lo >= double(limit) + 1) too_big = true;
  else if (double(bits) * 0.30102999566398120 + 1 < double(limit)) too_big = false;
  else too_big = mag_to_decimal(n.mag).size() > size_t(limit);
  if (too_big) {
    raisef(&ValueError_type, vmsg(VMsg::IntToStrLimit), limit);
    return false;
  }
  return true;
}

static Value int_repr(const Value& self) {
  if (!int_check_str_digits(self)) return Value();
  return make_str(int_to_string(self));
}

static bool int_hash(const Value& self, int64_t* out) {
  int64_t i;
  if (int_as_int64(self, &i)) *out = hash_int64(i);
  else *out = hash_num(to_num(self));
  return true;
}

int int_float_compare(const Value& iv, double d) {
  int64_t i;
  if (int_as_int64(iv, &i) && i > -(int64_t(1) << 53) && i < (int64_t(1) << 53)) {
    double x = double(i);
    return x < d ? -1 : x > d ? 1 : 0;
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double fl = std::floor(d);
  Num a = to_num(iv);
  Num b = num_from_double(fl);
  int c = num_cmp(a, b);
  if (c != 0) return c;
  return d > fl ? -1 : 0;
}

static Value cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::LT: return Bool(c < 0);
    case CmpOp::LE: return Bool(c <= 0);
    case CmpOp::EQ: return Bool(c == 0);
    case CmpOp::NE: return Bool(c != 0);
    case CmpOp::GT: return Bool(c > 0);
    case CmpOp::GE: return Bool(c >= 0);
  }
  return NotImplemented();
}

static Value int_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_int_like(a)) return NotImplemented();
  if (b.is_float()) {
    double d = b.as_float();
    if (std::isnan(d)) return Bool(op == CmpOp::NE);
    return cmp_result(int_float_compare(a, d), op);
  }
  if (!is_int_like(b)) return NotImplemented();
  int64_t x, y;
  if (int_as_int64(a, &x) && int_as_int64(b, &y)) return cmp_result(x < y ? -1 : x > y ? 1 : 0, op);
  return cmp_result(num_cmp(to_num(a), to_num(b)), op);
}

#define INT_OPERANDS                                               \
  if (!is_int_like(a) || !is_int_like(b)) return NotImplemented(); \
  int64_t x, y;                                                    \
  bool small = int_as_int64(a, &x) && int_as_int64(b, &y)

static Value int_add(const Value& a, const Value& b) {
  INT_OPERANDS;
  int64_t r;
  if (small && !__builtin_add_overflow(x, y, &r)) return Int(r);
  return num_to_value(num_add(to_num(a), to_num(b)));
}

static Value int_sub(const Value& a, const Value& b) {
  INT_OPERANDS;
  int64_t r;
  if (small && !__builtin_sub_overflow(x, y, &r)) return Int(r);
  return num_to_value(num_sub(to_num(a), to_num(b)));
}

static Value int_mul(const Value& a, const Value& b) {
  INT_OPERANDS;
  int64_t r;
  if (small && !__builtin_mul_overflow(x, y, &r)) return Int(r);
  return num_to_value(num_mul(to_num(a), to_num(b)));
}

static bool int_is_zero(const Value& v) {
  int64_t i;
  return int_as_int64(v, &i) && i == 0;
}

static Value int_floordiv(const Value& a, const Value& b) {
  INT_OPERANDS;
  if (int_is_zero(b)) return raise(&ZeroDivisionError_type, vmsg(VMsg::IntFloorDivZero));
  if (small && !(x == INT64_MIN && y == -1)) {
    int64_t q = x / y, r = x % y;
    if (r && ((r < 0) != (y < 0))) --q;
    return Int(q);
  }
  Num q;
  num_floordivmod(to_num(a), to_num(b), &q, nullptr);
  return num_to_value(std::move(q));
}

static Value int_mod(const Value& a, const Value& b) {
  INT_OPERANDS;
  if (int_is_zero(b)) return raise(&ZeroDivisionError_type, vmsg(VMsg::IntModZero));
  if (small && !(x == INT64_MIN && y == -1)) {
    int64_t r = x % y;
    if (r && ((r < 0) != (y < 0))) r += y;
    return Int(r);
  }
  if (small) return Int(0);
  Num r;
  num_floordivmod(to_num(a), to_num(b), nullptr, &r);
  return num_to_value(std::move(r));
}

Value int_divmod(const Value& a, const Value& b) {
  INT_OPERANDS;
  (void)small;
  if (int_is_zero(b)) return raise(&ZeroDivisionError_type, vmsg(VMsg::IntFloorDivZero));
  Num q, r;
  num_floordivmod(to_num(a), to_num(b), &q, &r);
  return tuple_of({num_to_value(std::move(q)), num_to_value(std::move(r))}).take();
}

static Value int_truediv(const Value& a, const Value& b) {
  INT_OPERANDS;
  if (int_is_zero(b)) return raise(&ZeroDivisionError_type, "division by zero");
  if (small && x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) && y > -(int64_t(1) << 53) &&
      y < (int64_t(1) << 53))
    return Float(double(x) / double(y));
  // Correctly rounded big division: scale so the quotient has ~64 significant bits.
  Num na = to_num(a), nb = to_num(b);
  bool neg = na.neg != nb.neg;
  na.neg = nb.neg = false;
  long shift = long(mag_bit_length(nb.mag)) - long(mag_bit_length(na.mag)) + 66;
  Mag num = shift > 0 ? mag_shl(na.mag, size_t(shift)) : na.mag;
  Mag den = shift < 0 ? mag_shl(nb.mag, size_t(-shift)) : nb.mag;
  Mag q, r;
  mag_divmod(num, den, &q, &r);
  Num qn;
  qn.mag = q;
  if (!r.empty()) {
    if (qn.mag.empty()) qn.mag.push_back(0);
    qn.mag[0] |= 1;  // sticky
  }
  bool ovf;
  double d = num_to_double(qn, &ovf);
  if (ovf) return raise(&OverflowError_type, "integer division result too large for a float");
  d = std::ldexp(d, int(-shift));
  if (std::isinf(d)) return raise(&OverflowError_type, "integer division result too large for a float");
  return Float(neg ? -d : d);
}

static Value float_pow_impl(double x, double y);

static Value int_pow(const Value& a, const Value& b) {
  INT_OPERANDS;
  (void)x;
  if (small && y < 0) {
    double fx, fy;
    if (!int_as_double(a, &fx) || !int_as_double(b, &fy)) return Value();
    if (fx == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::ZeroNegativePower));
    return float_pow_impl(fx, fy);
  }
  Num e = to_num(b);
  if (e.neg) {
    double fx, fy;
    if (!int_as_double(a, &fx)) return Value();
    fy = int_to_double_lossy(b);
    if (fx == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::ZeroNegativePower));
    return float_pow_impl(fx, fy);
  }
  Num base = to_num(a);
  // Trivial bases avoid huge loops.
  if (base.zero()) return Int(e.zero() ? 1 : 0);
  if (base.mag.size() == 1 && base.mag[0] == 1) {
    bool odd = !e.zero() && (e.mag[0] & 1);
    return Int(base.neg && odd ? -1 : 1);
  }
  size_t ebits = mag_bit_length(e.mag);
  if (ebits > 40 || mag_bit_length(base.mag) * (e.zero() ? 0 : (uint64_t(1) << (ebits - 1))) > (uint64_t(1) << 31))
    return raise_memory_error();
  Num result = num_from_i64(1);
  for (size_t i = ebits; i-- > 0;) {
    result = num_mul(result, result);
    if ((e.mag[i / 32] >> (i % 32)) & 1) result = num_mul(result, base);
  }
  return num_to_value(std::move(result));
}

Value int_pow3(const Value& a, const Value& b, const Value& m) {
  if (!is_int_like(a) || !is_int_like(b) || !is_int_like(m))
    return raise(&TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
  Num mod = to_num(m);
  if (mod.zero()) return raise(&ValueError_type, "pow() 3rd argument cannot be 0");
  Num e = to_num(b);
  Num base = to_num(a);
  if (e.neg) {
    // Modular inverse via extended Euclid.
    Num mm = mod;
    mm.neg = false;
    Num r0, x0 = num_from_i64(1), r1 = mm, x1 = num_from_i64(0);
    num_floordivmod(base, mm, nullptr, &r0);
    Num ra = r0;
    Num old_r = ra, rr = mm, old_s = num_from_i64(1), s = num_from_i64(0);
    while (!rr.zero()) {
      Num q, rem;
      num_floordivmod(old_r, rr, &q, &rem);
      old_r = rr;
      rr = rem;
      Num ns = num_sub(old_s, num_mul(q, s));
      old_s = s;
      s = ns;
    }
    if (!(old_r.mag.size() == 1 && old_r.mag[0] == 1 && !old_r.neg))
      return raise(&ValueError_type, "base is not invertible for the given modulus");
    base = old_s;
    e.neg = false;
    (void)x0;
    (void)x1;
    (void)r1;
  }
  Num result = num_from_i64(1);
  Num bm;
  num_floordivmod(base, mod, nullptr, &bm);
  size_t ebits = mag_bit_length(e.mag);
  for (size_t i = ebits; i-- > 0;) {
    num_floordivmod(num_mul(result, result), mod, nullptr, &result);
    if ((e.mag[i / 32] >> (i % 32)) & 1) num_floordivmod(num_mul(result, bm), mod, nullptr, &result);
  }
  num_floordivmod(result, mod, nullptr, &result);
  return num_to_value(std::move(result));
}

static Value int_bitop(const Value& a, const Value& b, char op) {
  INT_OPERANDS;
  if (small) {
    switch (op) {
      case '&': return Int(x & y);
      case '|': return Int(x | y);
      default: return Int(x ^ y);
    }
  }
  Num na = to_num(a), nb = to_num(b);
  size_t w = std::max(na.mag.size(), nb.mag.size()) + 1;
  Mag ta = to_twos(na, w), tb = to_twos(nb, w);
  for (size_t i = 0; i < w; ++i) ta[i] = op == '&' ? ta[i] & tb[i] : op == '|' ? ta[i] | tb[i] : ta[i] ^ tb[i];
  return num_to_value(from_twos(std::move(ta)));
}
static Value int_and(const Value& a, const Value& b) {
  if (is_bool(a) && is_bool(b)) return Bool(a.is(&true_obj) && b.is(&true_obj));
  return int_bitop(a, b, '&');
}
static Value int_or(const Value& a, const Value& b) {
  if (is_bool(a) && is_bool(b)) return Bool(a.is(&true_obj) || b.is(&true_obj));
  return int_bitop(a, b, '|');
}
static Value int_xor(const Value& a, const Value& b) {
  if (is_bool(a) && is_bool(b)) return Bool(a.is(&true_obj) != b.is(&true_obj));
  return int_bitop(a, b, '^');
}

static Value int_lshift(const Value& a, const Value& b) {
  INT_OPERANDS;
  if (!small) {
    if (!int_as_int64(b, &y)) return raise(&OverflowError_type, "too many digits in integer");
  }
  if (y < 0) return raise(&ValueError_type, "negative shift count");
  Num na = to_num(a);
  if (na.zero()) return Int(0);
  if (y > (int64_t(1) << 31)) return raise_memory_error();
  if (small && y < 63) {
    int64_t r = x << y;
    if ((r >> y) == x) return Int(r);
  }
  Num r;
  r.neg = na.neg;
  r.mag = mag_shl(na.mag, size_t(y));
  return num_to_value(std::move(r));
}

static Value int_rshift(const Value& a, const Value& b) {
  INT_OPERANDS;
  if (!small && !int_as_int64(b, &y)) {
    Num nb = to_num(b);
    if (nb.neg) return raise(&ValueError_type, "negative shift count");
    return Int(to_num(a).neg ? -1 : 0);
  }
  if (y < 0) return raise(&ValueError_type, "negative shift count");
  if (small) {
    if (y >= 64) return Int(x < 0 ? -1 : 0);
    return Int(x >> y);
  }
  Num na = to_num(a);
  if (!na.neg) {
    Num r;
    r.mag = mag_shr(na.mag, size_t(y));
    return num_to_value(std::move(r));
  }
  // floor: -((|x| - 1) >> y) - 1
  Num m1 = num_sub(num_neg(na), num_from_i64(1));
  Num r;
  r.mag = mag_shr(m1.mag, size_t(y));
  return num_to_value(num_sub(num_neg(r), num_from_i64(1)));
}

static Value int_neg(const Value& a) {
  int64_t x;
  if (int_as_int64(a, &x) && x != INT64_MIN) return Int(-x);
  return num_to_value(num_neg(to_num(a)));
}
static Value int_pos(const Value& a) {
  int64_t x;
  if (int_as_int64(a, &x)) return Int(x);
  if (is_exact(a, &int_type)) return a;
  return num_to_value(to_num(a));
}
static Value int_invert(const Value& a) {
  int64_t x;
  if (int_as_int64(a, &x)) return Int(~x);
  return num_to_value(num_sub(num_neg(to_num(a)), num_from_i64(1)));
}

static int int_truth(const Value& self) {
  if (self.is(&true_obj)) return 1;
  if (self.is(&false_obj)) return 0;
  if (self.is_small_int()) return self.as_int() != 0;
  return !self.as<BigInt>()->mag.empty();
}

Value int_abs(const Value& a) {
  Num n = to_num(a);
  n.neg = false;
  return num_to_value(std::move(n));
}

// Parses int(str, base) text: sign, whitespace, underscores, prefixes.
static Value int_parse_text(std::string_view text, int base, const Value& orig) {
  std::string_view s = text;
  auto strip = [](std::string_view t) {
    while (!t.empty() && isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
  };
  s = strip(s);
  auto fail = [&]() {
    return raisef(&ValueError_type, "invalid literal for int() with base %d: %s", base,
                  repr_utf8(orig).c_str());
  };
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  int b = base;
  if (s.size() >= 2 && s[0] == '0') {
    char p = char(tolower(s[1]));
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) {
      b = pb;
      s.remove_prefix(2);
      if (!s.empty() && s[0] == '_') s.remove_prefix(1);
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: no leading zeros allowed for nonzero decimal.
    if (s.size() > 1 && s[0] == '0') {
      for (char c : s)
        if (c != '0' && c != '_') return fail();
    }
  }
  if (s.empty()) return fail();
  std::string digits;
  bool prev_us = true;
  for (char c : s) {
    if (c == '_') {
      if (prev_us) return fail();
      prev_us = true;
      continue;
    }
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (d >= b) return fail();
    digits += c;
    prev_us = false;
  }
  if (prev_us) return fail();
  if ((b & (b - 1)) != 0 && g_int_max_str_digits > 0 && digits.size() > size_t(g_int_max_str_digits))
    return raisef(&ValueError_type, vmsg(VMsg::StrToIntLimit), g_int_max_str_digits, (long long)digits.size());
  Value v = int_from_string(digits, b);
  if (neg) v = int_neg(v);
  return v;
}

static Value int_from_float(double d) {
  if (std::isnan(d)) return raise(&ValueError_type, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(&OverflowError_type, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t > -9.2e18 && t < 9.2e18) return Int(int64_t(t));
  return num_to_value(num_from_double(t));
}

static Value int_new(Type* t, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "int", "|x,base", args)) return Value();
  Value r;
  if (!args[0]) {
    if (args[1]) return raise(&TypeError_type, "int() missing string argument");
    r = Int(0);
  } else if (args[1]) {
    int64_t base;
    if (!index_value(args[1], &base)) return Value();
    if (base != 0 && (base < 2 || base > 36)) return raise(&ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(args[0])) r = int_parse_text(sv(args[0]), int(base), args[0]);
    else if (isinstance(args[0], &bytes_type)) r = int_parse_text(args[0].as<Bytes>()->b, int(base), args[0]);
    else return raise(&TypeError_type, "int() can't convert non-string with explicit base");
  } else {
    const Value& x = args[0];
    if (is_int_like(x)) {
      r = is_exact(x, &int_type) || x.is_small_int() ? x : num_to_value(to_num(x));
    } else if (x.is_float()) {
      r = int_from_float(x.as_float());
    } else if (is_str(x)) {
      r = int_parse_text(sv(x), 10, x);
    } else if (isinstance(x, &bytes_type)) {
      r = int_parse_text(x.as<Bytes>()->b, 10, x);
    } else {
      Value m = type_lookup_value(type_of(x), intern("__int__"));
      if (!m) m = type_lookup_value(type_of(x), intern("__index__"));
      if (!m) m = type_lookup_value(type_of(x), intern("__trunc__"));
      if (!m) {
        if (isinstance(x, &complex_type) && vfeature(VFeature::ComplexFloorErrors))
          return raise(&TypeError_type, "can't convert complex to int");
        return raisef(&TypeError_type, vmsg(VMsg::IntArgType), std::string(type_name(x)).c_str());
      }
      r = call(m, {x});
      if (!r) return r;
      if (!is_int_like(r))
        return raisef(&TypeError_type, "__int__ returned non-int (type %s)", std::string(type_name(r)).c_str());
    }
  }
  if (!r || t == &int_type) return r;
  // int subclass: a BigInt object of type t.
  BigInt* b = make_object<BigInt>(t);
  Num n = to_num(r);
  b->neg = n.neg;
  b->mag = std::move(n.mag);
  return Value::steal(b);
}

static Value none_init(Value, CallArgs) { return None(); }

// int methods
static Value int_bit_length(const Value& self, CallArgs) {
  return Int(int64_t(mag_bit_length(to_num(self).mag)));
}
static Value int_bit_count(const Value& self, CallArgs) {
  int64_t c = 0;
  for (uint32_t l : to_num(self).mag) c += __builtin_popcount(l);
  return Int(c);
}
static Value int_conjugate(const Value& self, CallArgs) { return int_pos(self); }
static Value int_get_real(const Value& self) { return int_pos(self); }
static Value int_get_imag(const Value&) { return Int(0); }
static Value int_get_numerator(const Value& self) { return int_pos(self); }
static Value int_get_denominator(const Value&) { return Int(1); }
static Value int_is_integer(const Value&, CallArgs) { return True(); }
static Value int_index(const Value& self, CallArgs) { return int_pos(self); }
static Value int_format_method(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "__format__() argument must be str");
  return format_value(self, sv(a[0]));
}

static Value int_to_bytes(const Value& self, CallArgs a) {
  Value args[3];
  if (!parse_args_c(a, "to_bytes", "|length,byteorder,$signed", args)) return Value();
  int64_t len = 1;
  if (args[0] && !index_value(args[0], &len)) return Value();
  if (args[1] && !is_str(args[1]))
    return raisef(&TypeError_type, "to_bytes() argument 'byteorder' must be str, not %s",
                  std::string(type_name(args[1])).c_str());
  if (args[1] && sv(args[1]) != "little" && sv(args[1]) != "big")
    return raise(&ValueError_type, "byteorder must be either 'little' or 'big'");
  bool little = args[1] && is_str(args[1]) && sv(args[1]) == "little";
  bool sign = args[2] && truthy(args[2]) > 0;
  Num n = to_num(self);
  if (n.neg && !sign) return raise(&OverflowError_type, "can't convert negative int to unsigned");
  Mag tw = to_twos(n, size_t(len / 4 + 2));
  std::string out(size_t(len), '\0');
  for (int64_t i = 0; i < len; ++i) out[size_t(i)] = char((tw[size_t(i / 4)] >> (8 * (i % 4))) & 0xFF);
  // overflow check
  size_t bits = mag_bit_length(n.mag);
  if (bits + (sign ? 1 : 0) > size_t(len) * 8 &&
      !(n.neg && sign && bits == size_t(len) * 8 && mag_bit_length(mag_sub(n.mag, {1})) < bits))
    return raise(&OverflowError_type, "int too big to convert");
  if (!little) std::reverse(out.begin(), out.end());
  return new_bytes(out).take();
}

// ================================================================ bool

static Value bool_repr(const Value& self) {
  return Value::borrow(intern(self.is(&true_obj) ? "True" : "False"));
}

static Value bool_new(Type*, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "bool() takes no keyword arguments");
  if (a.nargs > 1) return raisef(&TypeError_type, "bool expected at most 1 argument, got %u", a.nargs);
  if (a.nargs == 0) return False();
  int t = truthy(a[0]);
  if (t < 0) return Value();
  return Bool(t);
}

// ================================================================ float

static Value float_repr_slot(const Value& self) { return make_str(float_repr(self.as_float())); }

static bool float_hash(const Value& self, int64_t* out) {
  double d = self.as_float();
  if (std::isnan(d)) {
    // CPython 3.10+: hash(nan) is identity-based; inline floats have no identity.
    *out = 0;
    return true;
  }
  *out = hash_double(d);
  return true;
}

// Extracts a double from a float or int operand; returns false for NotImplemented.
static bool float_operand(const Value& v, double* out, bool* err) {
  *err = false;
  if (v.is_float()) {
    *out = v.as_float();
    return true;
  }
  if (is_int_like(v)) {
    if (!int_as_double(v, out)) {
      *err = true;
      return false;
    }
    return true;
  }
  return false;
}

#define FLOAT_OPERANDS                                     \
  if (!a.is_float() && !b.is_float()) return NotImplemented(); \
  double x, y;                                             \
  bool err;                                                \
  if (!float_operand(a, &x, &err)) return err ? Value() : NotImplemented(); \
  if (!float_operand(b, &y, &err)) return err ? Value() : NotImplemented()

static Value float_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!a.is_float()) return NotImplemented();
  double x = a.as_float();
  if (b.is_float()) {
    double y = b.as_float();
    switch (op) {
      case CmpOp::LT: return Bool(x < y);
      case CmpOp::LE: return Bool(x <= y);
      case CmpOp::EQ: return Bool(x == y);
      case CmpOp::NE: return Bool(x != y);
      case CmpOp::GT: return Bool(x > y);
      case CmpOp::GE: return Bool(x >= y);
    }
  }
  if (is_int_like(b)) {
    if (std::isnan(x)) return Bool(op == CmpOp::NE);
    int c = -int_float_compare(b, x);
    return cmp_result(c, op);
  }
  return NotImplemented();
}

static Value float_add(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  return Float(x + y);
}
static Value float_sub(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  return Float(x - y);
}
static Value float_mul(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  return Float(x * y);
}
static Value float_truediv(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  if (y == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::FloatDivZero));
  return Float(x / y);
}

static void float_divmod_impl(double vx, double wx, double* floordiv, double* modv) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *modv = mod;
}

static Value float_floordiv(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  if (y == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::FloatFloorDivZero));
  double q, r;
  float_divmod_impl(x, y, &q, &r);
  return Float(q);
}
static Value float_mod(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  if (y == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::FloatModZero));
  double q, r;
  float_divmod_impl(x, y, &q, &r);
  return Float(r);
}
Value float_divmod(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  if (y == 0) return raise(&ZeroDivisionError_type, vmsg(VMsg::FloatDivmodZero));
  double q, r;
  float_divmod_impl(x, y, &q, &r);
  return tuple_of({Float(q), Float(r)}).take();
}

static Value float_pow_impl(double x, double y) {
  if (y == 0) return Float(1.0);
  if (std::isnan(x)) return Float(x);
  if (std::isnan(y)) return Float(x == 1.0 ? 1.0 : y);
  if (x == 0 && y < 0 && !std::isinf(y))
    return raise(&ZeroDivisionError_type, vmsg(VMsg::ZeroNegativePower));
  if (x < 0 && y != std::floor(y) && !std::isinf(y)) {
    // A negative base to a fractional power is complex (float_pow hands over).
    return complex_pow_values(Float(x), Float(y));
  }
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && !std::isinf(x) && !std::isinf(y))
    return raisef(&OverflowError_type, "(34, 'Numerical result out of range')");
  return Float(r);
}

static Value float_pow(const Value& a, const Value& b) {
  FLOAT_OPERANDS;
  return float_pow_impl(x, y);
}

static Value float_neg(const Value& a) { return Float(-a.as_float()); }
static Value float_pos(const Value& a) { return a; }
static int float_truth(const Value& self) { return self.as_float() != 0.0; }

// Parses float text the way float() does (strips whitespace, underscores between digits).
bool parse_float_text(std::string_view text, double* out) {
  std::string_view s = text;
  while (!s.empty() && isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty()) return false;
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (i == 0 || i + 1 >= s.size() || !isdigit(static_cast<unsigned char>(s[i - 1])) ||
          !isdigit(static_cast<unsigned char>(s[i + 1])))
        return false;
      continue;
    }
    t += char(tolower(c));
  }
  std::string_view body = t;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == "inf" || body == "infinity") {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (body == "nan") {
    *out = neg ? -NAN : NAN;
    return true;
  }
  // Only decimal digits, '.', 'e', sign after e.
  bool digit = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c == '.' || c == 'e' || ((c == '+' || c == '-') && i > 0 && body[i - 1] == 'e')) continue;
    else return false;
  }
  if (!digit) return false;
  char* end = nullptr;
  double d = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return false;
  *out = d;
  return true;
}

static Value float_new(Type* t, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "float() takes no keyword arguments");
  if (a.nargs > 1) return raisef(&TypeError_type, "float expected at most 1 argument, got %u", a.nargs);
  if (a.nargs == 0) return Float(0.0);
  const Value& x = a[0];
  if (x.is_float()) return x;
  if (is_int_like(x)) {
    double d;
    if (!int_as_double(x, &d)) return Value();
    return Float(d);
  }
  if (is_str(x) || isinstance(x, &bytes_type)) {
    std::string_view text = is_str(x) ? sv(x) : std::string_view(x.as<Bytes>()->b);
    double d;
    if (!parse_float_text(text, &d))
      return raisef(&ValueError_type, "could not convert string to float: %s", repr_utf8(x).c_str());
    return Float(d);
  }
  Value m = type_lookup_value(type_of(x), intern("__float__"));
  if (!m) m = type_lookup_value(type_of(x), intern("__index__"));
  if (!m && isinstance(x, &complex_type) && vfeature(VFeature::ComplexFloorErrors))
    return raise(&TypeError_type, "can't convert complex to float");
  if (!m)
    return raisef(&TypeError_type, vmsg(VMsg::FloatArgType),
                  std::string(type_name(x)).c_str());
  Value r = call(m, {x});
  if (!r) return r;
  if (is_int_like(r)) {
    double d;
    if (!int_as_double(r, &d)) return Value();
    return Float(d);
  }
  if (!r.is_float())
    return raisef(&TypeError_type, "%s.__float__ returned non-float (type %s)",
                  std::string(type_name(x)).c_str(), std::string(type_name(r)).c_str());
  return r;
}

static Value float_is_integer(const Value& self, CallArgs) {
  double d = self.as_float();
  return Bool(std::isfinite(d) && d == std::floor(d));
}
static Value float_as_integer_ratio(const Value& self, CallArgs) {
  double d = self.as_float();
  if (std::isinf(d)) return raise(&OverflowError_type, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(&ValueError_type, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Value num = num_to_value(num_from_double(m));
  Value den = Int(1);
  if (e > 0) num = int_lshift(num, Int(e));
  else den = int_lshift(den, Int(-e));
  return tuple_of({num, den}).take();
}
static Value float_conjugate(const Value& self, CallArgs) { return self; }
static Value float_get_real(const Value& self) { return self; }
static Value float_get_imag(const Value&) { return Float(0.0); }
static Value float_hex(const Value& self, CallArgs) {
  char buf[64];
  double d = self.as_float();
  if (std::isnan(d) || std::isinf(d)) return make_str(float_repr(d));
  if (d == 0) return str_value(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  std::snprintf(buf, sizeof buf, "%a", d);
  // glibc: 0x1.8p+1 ; CPython: 0x1.8000000000000p+1
  std::string s(buf);
  size_t p = s.find('p');
  size_t dot = s.find('.');
  std::string mant = dot == std::string::npos ? "" : s.substr(dot + 1, p - dot - 1);
  mant.resize(13, '0');
  std::string head = s.substr(0, dot == std::string::npos ? p : dot);
  return make_str(head + "." + mant + s.substr(p));
}
static Value float_format_method(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0])) return raise(&TypeError_type, "__format__() argument must be str");
  return format_value(self, sv(a[0]));
}
static Value float_trunc(const Value& self, CallArgs) { return int_from_float(self.as_float()); }

// round() support (builtins_functions.cpp calls these).
static Value int_pow(const Value& a, const Value& b);
Value float_round(double x, const Value& ndigits) {
  if (!ndigits || is_none(ndigits)) {
    if (std::isnan(x)) return raise(&ValueError_type, "cannot convert float NaN to integer");
    if (std::isinf(x)) return raise(&OverflowError_type, "cannot convert float infinity to integer");
    double r = std::nearbyint(x);
    return int_from_float(r);
  }
  int64_t nd;
  if (!index_value(ndigits, &nd)) return Value();
  if (!std::isfinite(x) || x == 0) return Float(x);
  if (nd > 323) return Float(x);
  if (nd < -308) return Float(std::copysign(0.0, x));
  if (nd >= 0) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", int(nd), x);
    double r = std::strtod(buf, nullptr);
    if (r == 0) r = std::copysign(0.0, x);
    return Float(r);
  }
  // Negative ndigits: x = m * 2^e exactly; round(m / (2^-e * 10^k)) half-even.
  int e;
  double fm = std::frexp(x, &e);
  Num m = num_from_double(std::ldexp(fm, 53));
  e -= 53;
  Num den = to_num(int_pow(Int(10), Int(-nd)));
  if (e >= 0) m.mag = mag_shl(m.mag, size_t(e));
  else den.mag = mag_shl(den.mag, size_t(-e));
  Num q, r;
  num_floordivmod(m, den, &q, &r);
  int c = num_cmp(num_add(r, r), den);
  bool q_odd = !q.mag.empty() && (q.mag[0] & 1);
  if (c > 0 || (c == 0 && q_odd)) q = num_add(q, num_from_i64(1));
  Num res = num_mul(q, to_num(int_pow(Int(10), Int(-nd))));
  bool ovf;
  double d = num_to_double(res, &ovf);
  if (ovf) return raise(&OverflowError_type, "rounded value too large to represent");
  if (d == 0) d = std::copysign(0.0, x);
  return Float(d);
}

Value int_round(const Value& v, const Value& ndigits) {
  if (!ndigits || is_none(ndigits)) return int_pos(v);
  int64_t nd;
  if (!index_value(ndigits, &nd)) return Value();
  if (nd >= 0) return int_pos(v);
  if (nd < -10000) return Int(0);
  // pow10 = 10 ** -nd; q, r = divmod(v, pow10); round half even.
  Value p = int_pow(Int(10), Int(-nd));
  if (!p) return p;
  Num q, r;
  Num nv = to_num(v), np = to_num(p);
  num_floordivmod(nv, np, &q, &r);
  Num twice = num_add(r, r);
  int c = num_cmp(twice, np);
  bool q_odd = !q.mag.empty() && (q.mag[0] & 1);
  if (c > 0 || (c == 0 && q_odd)) q = num_add(q, num_from_i64(1));
  return num_to_value(num_mul(q, np));
}

// ---------------------------------------------------------------- numeric dunders

Value int_abs(const Value& a);
Value int_divmod(const Value& a, const Value& b);
Value float_divmod(const Value& a, const Value& b);

static Value m_int_abs(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__abs__", 0, 0)) return Value();
  return int_abs(self);
}
static Value m_int_round(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__round__", 0, 1)) return Value();
  return int_round(self, a.nargs ? a[0] : Value());
}
static Value m_int_float(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__float__", 0, 0)) return Value();
  double d;
  if (!int_as_double(self, &d)) return Value();
  return Float(d);
}
static Value m_int_divmod(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__divmod__", 1, 1)) return Value();
  if (!is_int_like(a[0])) return NotImplemented();
  return int_divmod(self, a[0]);
}
static Value m_int_rdivmod(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__rdivmod__", 1, 1)) return Value();
  if (!is_int_like(a[0])) return NotImplemented();
  return int_divmod(a[0], self);
}
static Value m_int_from_bytes(const Value& cls, CallArgs a) {
  Value args[3];
  if (!parse_args_c(a, "from_bytes", "bytes|byteorder,$signed", args)) return Value();
  std::string b;
  if (isinstance(args[0], &bytes_type)) {
    b = args[0].as<Bytes>()->b;
  } else if (is_str(args[0])) {
    return raise(&TypeError_type, "cannot convert 'str' object to bytes");
  } else {
    bool ok = for_each_iter(args[0], [&](Value x) {
      int64_t v;
      if (!index_value(x, &v)) return false;
      if (v < 0 || v > 255) {
        raise(&ValueError_type, "bytes must be in range(0, 256)");
        return false;
      }
      b += char(v);
      return true;
    });
    if (!ok) return Value();
  }
  bool little = args[1] && is_str(args[1]) && sv(args[1]) == "little";
  if (args[1] && !(is_str(args[1]) && (sv(args[1]) == "little" || sv(args[1]) == "big")))
    return raise(&ValueError_type, "byteorder must be either 'little' or 'big'");
  bool sign = args[2] && truthy(args[2]) > 0;
  if (!little) std::reverse(b.begin(), b.end());
  Mag m((b.size() + 3) / 4 + 1, 0);
  for (size_t i = 0; i < b.size(); ++i) m[i / 4] |= uint32_t(static_cast<unsigned char>(b[i])) << (8 * (i % 4));
  Num n;
  if (sign && !b.empty() && (static_cast<unsigned char>(b.back()) & 0x80)) {
    // Sign-extend to the limb width, then read as two's complement.
    for (size_t i = b.size(); i < m.size() * 4; ++i) m[i / 4] |= 0xFFu << (8 * (i % 4));
    n = from_twos(std::move(m));
  } else {
    trim(m);
    n.mag = std::move(m);
  }
  Value r = num_to_value(std::move(n));
  if (cls.is(&int_type) || !cls.is_obj()) return r;
  return call(cls, {r});
}

static Value m_float_abs(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__abs__", 0, 0)) return Value();
  return Float(std::fabs(self.as_float()));
}
static Value m_float_round(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__round__", 0, 1)) return Value();
  return float_round(self.as_float(), a.nargs ? a[0] : Value());
}
static Value m_float_float(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__float__", 0, 0)) return Value();
  return Float(self.as_float());
}
static Value m_float_floor(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__floor__", 0, 0)) return Value();
  return int_from_float(std::floor(self.as_float()));
}
static Value m_float_ceil(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__ceil__", 0, 0)) return Value();
  return int_from_float(std::ceil(self.as_float()));
}
static Value m_float_divmod(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__divmod__", 1, 1)) return Value();
  return float_divmod(self, a[0]);
}
static Value m_float_rdivmod(const Value& self, CallArgs a) {
  if (!check_nargs(a, "__rdivmod__", 1, 1)) return Value();
  return float_divmod(a[0], self);
}

// ================================================================ singletons

static Value none_repr(const Value&) { return Value::borrow(intern("None")); }
static int none_truth(const Value&) { return 0; }
static bool none_hash(const Value&, int64_t* out) {
  *out = 0xFCA86420;  // CPython 3.12 uses a constant; value not observable in practice
  return true;
}
static Value none_new(Type*, CallArgs a) {
  if (a.nargs || a.nkw()) return raise(&TypeError_type, "NoneType takes no arguments");
  return None();
}
static Value ni_repr(const Value&) { return Value::borrow(intern("NotImplemented")); }
static Value ni_new(Type*, CallArgs a) {
  if (a.nargs || a.nkw()) return raise(&TypeError_type, "NotImplementedType takes no arguments");
  return NotImplemented();
}
static Value ellipsis_repr(const Value&) { return Value::borrow(intern("Ellipsis")); }
static Value ellipsis_new(Type*, CallArgs a) {
  if (a.nargs || a.nkw()) return raise(&TypeError_type, "ellipsis takes no arguments");
  return Value::borrow(&ellipsis_obj);
}
static bool identity_hash(const Value& self, int64_t* out) {
  *out = hash_pointer(self.obj());
  return true;
}

// ================================================================ init

void init_number() {
  int_type.name = "int";
  int_type.flags = kBaseType;
  int_type.dealloc = dealloc_as<BigInt>;
  int_type.new_ = int_new;
  int_type.init = none_init;
  int_type.repr = int_repr;
  int_type.hash = int_hash;
  int_type.richcompare = int_richcompare;
  int_type.truth = int_truth;
  int_type.binop[size_t(BinOp::Add)] = int_add;
  int_type.binop[size_t(BinOp::Sub)] = int_sub;
  int_type.binop[size_t(BinOp::Mul)] = int_mul;
  int_type.binop[size_t(BinOp::FloorDiv)] = int_floordiv;
  int_type.binop[size_t(BinOp::Mod)] = int_mod;
  int_type.binop[size_t(BinOp::TrueDiv)] = int_truediv;
  int_type.binop[size_t(BinOp::Pow)] = int_pow;
  int_type.binop[size_t(BinOp::And)] = int_and;
  int_type.binop[size_t(BinOp::Or)] = int_or;
  int_type.binop[size_t(BinOp::Xor)] = int_xor;
  int_type.binop[size_t(BinOp::LShift)] = int_lshift;
  int_type.binop[size_t(BinOp::RShift)] = int_rshift;
  int_type.unop[size_t(UnOp::Neg)] = int_neg;
  int_type.unop[size_t(UnOp::Pos)] = int_pos;
  int_type.unop[size_t(UnOp::Invert)] = int_invert;
  ready_static_type(&int_type);
  add_method(&int_type, "bit_length", int_bit_length);
  add_method(&int_type, "bit_count", int_bit_count);
  add_method(&int_type, "conjugate", int_conjugate);
  add_method(&int_type, "is_integer", int_is_integer);
  add_method(&int_type, "__index__", int_index);
  add_method(&int_type, "__int__", int_index);
  add_method(&int_type, "__format__", int_format_method);
  add_method(&int_type, "to_bytes", int_to_bytes);
  add_classmethod(&int_type, "from_bytes", m_int_from_bytes);
  add_method(&int_type, "__abs__", m_int_abs);
  add_method(&int_type, "__round__", m_int_round);
  add_method(&int_type, "__trunc__", int_index);
  add_method(&int_type, "__floor__", int_index);
  add_method(&int_type, "__ceil__", int_index);
  add_method(&int_type, "__float__", m_int_float);
  add_method(&int_type, "__divmod__", m_int_divmod);
  add_method(&int_type, "__rdivmod__", m_int_rdivmod);
  add_getset(&int_type, "real", int_get_real);
  add_getset(&int_type, "imag", int_get_imag);
  add_getset(&int_type, "numerator", int_get_numerator);
  add_getset(&int_type, "denominator", int_get_denominator);

  bool_type.name = "bool";
  bool_type.base = &int_type;
  bool_type.flags = 0;  // bool cannot be subclassed
  bool_type.new_ = bool_new;
  bool_type.repr = bool_repr;
  bool_type.dealloc = [](Object*) {};
  ready_static_type(&bool_type);

  float_type.name = "float";
  float_type.flags = kBaseType;
  float_type.new_ = float_new;
  float_type.init = none_init;
  float_type.repr = float_repr_slot;
  float_type.hash = float_hash;
  float_type.richcompare = float_richcompare;
  float_type.truth = float_truth;
  float_type.binop[size_t(BinOp::Add)] = float_add;
  float_type.binop[size_t(BinOp::Sub)] = float_sub;
  float_type.binop[size_t(BinOp::Mul)] = float_mul;
  float_type.binop[size_t(BinOp::TrueDiv)] = float_truediv;
  float_type.binop[size_t(BinOp::FloorDiv)] = float_floordiv;
  float_type.binop[size_t(BinOp::Mod)] = float_mod;
  float_type.binop[size_t(BinOp::Pow)] = float_pow;
  float_type.unop[size_t(UnOp::Neg)] = float_neg;
  float_type.unop[size_t(UnOp::Pos)] = float_pos;
  ready_static_type(&float_type);
  add_method(&float_type, "is_integer", float_is_integer);
  add_method(&float_type, "as_integer_ratio", float_as_integer_ratio);
  add_method(&float_type, "conjugate", float_conjugate);
  add_method(&float_type, "hex", float_hex);
  add_method(&float_type, "__format__", float_format_method);
  add_method(&float_type, "__trunc__", float_trunc);
  add_method(&float_type, "__int__", float_trunc);
  add_method(&float_type, "__abs__", m_float_abs);
  add_method(&float_type, "__round__", m_float_round);
  add_method(&float_type, "__float__", m_float_float);
  add_method(&float_type, "__floor__", m_float_floor);
  add_method(&float_type, "__ceil__", m_float_ceil);
  add_method(&float_type, "__divmod__", m_float_divmod);
  add_method(&float_type, "__rdivmod__", m_float_rdivmod);
  add_getset(&float_type, "real", float_get_real);
  add_getset(&float_type, "imag", float_get_imag);

  none_type.name = "NoneType";
  none_type.repr = none_repr;
  none_type.truth = none_truth;
  none_type.hash = none_hash;
  none_type.new_ = none_new;
  none_type.dealloc = [](Object*) {};
  ready_static_type(&none_type);

  not_implemented_type.name = "NotImplementedType";
  not_implemented_type.repr = ni_repr;
  not_implemented_type.hash = identity_hash;
  not_implemented_type.new_ = ni_new;
  not_implemented_type.dealloc = [](Object*) {};
  ready_static_type(&not_implemented_type);

  ellipsis_type.name = "ellipsis";
  ellipsis_type.repr = ellipsis_repr;
  ellipsis_type.hash = identity_hash;
  ellipsis_type.new_ = ellipsis_new;
  ellipsis_type.dealloc = [](Object*) {};
  ready_static_type(&ellipsis_type);
}

}  // namespace ls::rt
