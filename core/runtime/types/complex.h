// complex numbers (CPython's complexobject.c): the type, a constructor for the
// compiler's imaginary literals, and the power used when a negative float is
// raised to a fractional power.
#pragma once

#include <string>

#include "runtime/object.h"

namespace ls::rt {

struct ComplexObj : Object {
  double re = 0, im = 0;
};

extern Type complex_type;

Value make_complex(double re, double im);
// a ** b where either is complex or both are real (float.__pow__ hands over
// a negative base with a fractional exponent, as CPython does).
Value complex_pow_values(const Value& a, const Value& b);
// repr(complex(re, im)): "(1+2j)", "2j", "(-0-1j)".
std::string complex_repr(double re, double im);
void init_complex();

}  // namespace ls::rt
