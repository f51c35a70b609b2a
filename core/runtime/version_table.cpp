// The version table: each row lists the first minor version where a wording or
// behaviour took effect, newest first.
#include "runtime/version_table.h"

#include "runtime/interp.h"

namespace ls::rt {

namespace {

struct Row {
  int since;  // first 3.x minor with this text
  const char* text;
};

const Row kMinMaxEmpty[] = {{12, "%s() iterable argument is empty"}, {0, "%s() arg is an empty sequence"}};
const Row kPercentNeedsNumber[] = {{10, "%%%c format: a real number is required, not %s"},
                                   {0, "%%%c format: a number is required, not %s"}};
const Row kStrIndexType[] = {{11, "string indices must be integers, not '%s'"},
                             {0, "string indices must be integers"}};
const Row kCIntArg[] = {
    {10, "'%s' object cannot be interpreted as an integer"},
    {0, "an integer is required (got type %s)"}};
const Row kFloatArgType[] = {
    {10, "float() argument must be a string or a real number, not '%s'"},
    {0, "float() argument must be a string or a number, not '%s'"}};
const Row kInvalidFormatSpec[] = {
    {10, "Invalid format specifier '%s' for object of type '%s'"},
    {0, "Invalid format specifier"}};
const Row kIntArgType[] = {
    {10, "int() argument must be a string, a bytes-like object or a real number, not '%s'"},
    {0, "int() argument must be a string, a bytes-like object or a number, not '%s'"}};

const Row kIntToStrLimit[] = {
    {10, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
    {0, "Exceeds the limit (%d) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"}};
const Row kStrToIntLimit[] = {
    {10, "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; use sys.set_int_max_str_digits() to increase the limit"},
    {0, "Exceeds the limit (%d) for integer string conversion: value has %lld digits; use sys.set_int_max_str_digits() to increase the limit"}};

const Row kFloatDivZero[] = {{14, "division by zero"}, {0, "float division by zero"}};
const Row kFloatFloorDivZero[] = {{14, "division by zero"}, {0, "float floor division by zero"}};
const Row kFloatModZero[] = {{14, "division by zero"}, {13, "float modulo by zero"}, {0, "float modulo"}};
const Row kFloatDivmodZero[] = {{14, "division by zero"}, {0, "float divmod()"}};
const Row kIntFloorDivZero[] = {{14, "division by zero"}, {0, "integer division or modulo by zero"}};
const Row kIntModZero[] = {{14, "division by zero"}, {12, "integer modulo by zero"}, {0, "integer division or modulo by zero"}};
const Row kIsinstanceArg2[] = {{10, "isinstance() arg 2 must be a type, a tuple of types, or a union"},
                               {0, "isinstance() arg 2 must be a type or tuple of types"}};
const Row kIssubclassArg2[] = {{10, "issubclass() arg 2 must be a class, a tuple of classes, or a union"},
                               {0, "issubclass() arg 2 must be a class or tuple of classes"}};
const Row kZeroNegativePower[] = {{14, "zero to a negative power"}, {0, "0.0 cannot be raised to a negative power"}};
const Row kListIndexMissing[] = {{14, "list.index(x): x not in list"}, {0, "%s is not in list"}};
const Row kPercentCharType[] = {{14, "%%c requires an int or a unicode character, not %s"}, {0, "%%c requires int or char"}};
const Row kPercentCharLength[] = {{14, "%%c requires an int or a unicode character, not a string of length %lld"},
                                  {0, "%%c requires int or char"}};
const Row kDictUpdateSequence[] = {{14, "object is not iterable"},
                                   {0, "cannot convert dictionary update sequence element #%lld to a sequence"}};

template <size_t N>
const char* pick(const Row (&rows)[N], int minor) {
  for (const Row& r : rows)
    if (minor >= r.since) return r.text;
  return rows[N - 1].text;
}

int target_minor() {
  Interp* in = current_interp();
  return in ? in->minor : 12;
}

}  // namespace

const char* vmsg(VMsg m) {
  int minor = target_minor();
  switch (m) {
    case VMsg::MinMaxEmpty: return pick(kMinMaxEmpty, minor);
    case VMsg::PercentNeedsNumber: return pick(kPercentNeedsNumber, minor);
    case VMsg::StrIndexType: return pick(kStrIndexType, minor);
    case VMsg::IntArgType: return pick(kIntArgType, minor);
    case VMsg::FloatArgType: return pick(kFloatArgType, minor);
    case VMsg::CIntArg: return pick(kCIntArg, minor);
    case VMsg::InvalidFormatSpec: return pick(kInvalidFormatSpec, minor);
    case VMsg::IntToStrLimit: return pick(kIntToStrLimit, minor);
    case VMsg::StrToIntLimit: return pick(kStrToIntLimit, minor);
    case VMsg::FloatDivZero: return pick(kFloatDivZero, minor);
    case VMsg::FloatFloorDivZero: return pick(kFloatFloorDivZero, minor);
    case VMsg::FloatModZero: return pick(kFloatModZero, minor);
    case VMsg::FloatDivmodZero: return pick(kFloatDivmodZero, minor);
    case VMsg::IntFloorDivZero: return pick(kIntFloorDivZero, minor);
    case VMsg::IntModZero: return pick(kIntModZero, minor);
    case VMsg::ZeroNegativePower: return pick(kZeroNegativePower, minor);
    case VMsg::ListIndexMissing: return pick(kListIndexMissing, minor);
    case VMsg::PercentCharType: return pick(kPercentCharType, minor);
    case VMsg::PercentCharLength: return pick(kPercentCharLength, minor);
    case VMsg::IsinstanceArg2: return pick(kIsinstanceArg2, minor);
    case VMsg::IssubclassArg2: return pick(kIssubclassArg2, minor);
    case VMsg::DictUpdateSequence: return pick(kDictUpdateSequence, minor);
    case VMsg::Count: break;
  }
  return "";
}

bool vfeature(VFeature f) {
  int minor = target_minor();
  switch (f) {
    case VFeature::CompensatedFloatSum: return minor >= 12;
    case VFeature::StrAsciiIterator: return minor >= 11;
    case VFeature::ChrRangeValueError: return minor >= 13;
    case VFeature::ListIndexMissingNoRepr: return minor >= 14;
    case VFeature::Hash32: return minor >= 12;
    case VFeature::SlotUnsetTypeName: return minor >= 12;
    case VFeature::AiterAnext: return minor >= 10;
    case VFeature::CCallsCountDepth: return minor < 12;
    case VFeature::FormatZ: return minor >= 11;
    case VFeature::SortReverseTruth: return minor >= 10;
    case VFeature::ZipStrict: return minor >= 10;
    case VFeature::ComplexFloorErrors: return minor < 10;
    case VFeature::AttrNameTypeShown: return minor >= 10;
    case VFeature::Count: break;
  }
  return false;
}

}  // namespace ls::rt
