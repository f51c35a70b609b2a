// Versioned messages and behaviour switches of the runtime, in one place
// (DESIGN.md decision 7). A call site asks `vmsg(VMsg::X)` / `vfeature(VFeature::Y)`
// for the session's target version instead of testing interp().minor itself.
// Add rows here when CPython versions differ.
#pragma once

namespace ls::rt {

enum class VMsg {
  MinMaxEmpty,        // "%s() arg is an empty sequence" / "%s() iterable argument is empty"
  PercentNeedsNumber, // "%%%c format: a number is required, not %s" / "... a real number ..."
  StrIndexType,       // "string indices must be integers" / "..., not '%s'"
  IntArgType,         // "int() argument must be ... or a number, not '%s'" / "... real number ..."
  IntToStrLimit,      // "Exceeds the limit (%d) ..." / "Exceeds the limit (%d digits) ..." (int -> str)
  StrToIntLimit,      // the same for str -> int, with ": value has %lld digits"
  FloatDivZero,       // "float division by zero" / 3.14 "division by zero"
  FloatFloorDivZero,  // "float floor division by zero"
  FloatModZero,       // "float modulo" / 3.13 "float modulo by zero"
  FloatDivmodZero,    // "float divmod()"
  IntFloorDivZero,    // "integer division or modulo by zero" (also divmod)
  IntModZero,         // "integer modulo by zero"
  ZeroNegativePower,  // "0.0 cannot be raised to a negative power" / 3.14 "zero to a negative power"
  ListIndexMissing,   // "%s is not in list" (repr) / 3.14 "list.index(x): x not in list"
  PercentCharType,    // "%%c requires int or char" / 3.14 "... an int or a unicode character, not %s"
  PercentCharLength,  // "%%c requires int or char" / 3.14 "..., not a string of length %lld"
  IsinstanceArg2,     // "isinstance() arg 2 must be a type, a tuple of types, or a union" / 3.9 "... a type or tuple of types"
  IssubclassArg2,     // the same for issubclass() and classes
  DictUpdateSequence, // "cannot convert dictionary update sequence element #%lld to a sequence" / 3.14
  CIntArg,            // a C int argument (chr(), sort(reverse=)) given a non-integer: "'%s' object cannot be
                      // interpreted as an integer" / 3.9 "an integer is required (got type %s)"
  FloatArgType,       // "float() argument must be a string or a real number, not '%s'" / 3.9 "... or a number ..."
  InvalidFormatSpec,  // "Invalid format specifier '%s' for object of type '%s'" / 3.9 "Invalid format specifier"
  Count
};

enum class VFeature {
  CompensatedFloatSum,  // sum() of floats uses Neumaier summation (3.12+)
  StrAsciiIterator,     // iter(ascii_str) is a str_ascii_iterator (3.11+)
  ChrRangeValueError,   // chr(huge) raises ValueError, not OverflowError (3.13+)
  ListIndexMissingNoRepr,  // list.index's message does not show the value (3.14+)
  AttrNameTypeShown,    // getattr(o, 1): "attribute name must be string, not 'int'" (3.10+), was "getattr(): attribute name must be string"
  AiterAnext,           // the aiter()/anext() builtins (3.10+)
  SlotUnsetTypeName,    // reading an unset __slots__ member: "'C' object has no attribute 'x'" (3.12+), was "x"
  Hash32,               // 32-bit Py_hash_t (modulus 2**31-1, 32-bit tuple/frozenset hashes and
                        // set probing): the 3.12/3.14 references are Pyodide, a 32-bit CPython
  ComplexFloorErrors,   // complex //, %, divmod(), int(), float() raise "can't take floor of complex
                        // number." etc. (before 3.10; later the operation is just unsupported)
  ZipStrict,            // zip(..., strict=True) (3.10+)
  SortReverseTruth,     // list.sort(reverse=x) takes any object's truth (3.10+; was a C int)
  FormatZ,              // the 'z' (negative zero) option of the format mini-language (3.11+)
  CCallsCountDepth,     // calls through C (Context.run, the Task step wrapper) count toward the
                        // recursion limit (before 3.12, one counter for C and Python calls)
  Count
};

// printf-style template for the current session's target version.
const char* vmsg(VMsg m);
bool vfeature(VFeature f);

}  // namespace ls::rt
