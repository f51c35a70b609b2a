// int and float. Small ints live inline in Value (int64); results that do not
// fit are promoted to BigInt objects (arbitrary precision, sign + magnitude in
// base 2^32). Float repr is CPython's shortest round-trip repr.
#pragma once
#include <string>
#include <vector>

#include "runtime/object.h"

namespace ls::rt {

struct BigInt : Object {
  bool neg = false;
  std::vector<uint32_t> mag;  // little-endian limbs, no leading zero limbs
};

// An int Value from an int64 (never allocates).
inline Value Int(int64_t i) { return Value::from_int(i); }
inline Value Float(double d) { return Value::from_float(d); }

// Parses a decimal/hex/oct/bin integer literal (digits only, no sign/underscores).
Value int_from_string(std::string_view digits, int base);
// int -> decimal text.
std::string int_to_string(const Value& v);
// True when v is an int that fits int64 (bools count); stores it.
bool int_as_int64(const Value& v, int64_t* out);
// Converts an int-like Value to double (OverflowError if too large).
bool int_as_double(const Value& v, double* out);
// Normalises a BigInt result back to a small int when it fits.
Value int_normalize(Ref<BigInt> b);

// sys.get_int_max_str_digits() / set_int_max_str_digits(): decimal int <-> str
// conversions of more digits raise ValueError (CPython's default 4300; 0 = off).
int int_max_str_digits();
void set_int_max_str_digits(int n);
// Raises the limit's ValueError (and returns false) when `v` has too many
// decimal digits to be converted to text.
bool int_check_str_digits(const Value& v);

// Float formatting as repr() prints it ("1.0", "0.1", "1e+16", "inf", "nan").
std::string float_repr(double d);
// The float value of an int/float/bool Value (TypeError otherwise).
bool to_double(const Value& v, double* out);

}  // namespace ls::rt
