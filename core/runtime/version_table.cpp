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
const Row kIntArgType[] = {
    {10, "int() argument must be a string, a bytes-like object or a real number, not '%s'"},
    {0, "int() argument must be a string, a bytes-like object or a number, not '%s'"}};

const Row kIntToStrLimit[] = {
    {10, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
    {0, "Exceeds the limit (%d) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"}};
const Row kStrToIntLimit[] = {
    {10, "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; use sys.set_int_max_str_digits() to increase the limit"},
    {0, "Exceeds the limit (%d) for integer string conversion: value has %lld digits; use sys.set_int_max_str_digits() to increase the limit"}};

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
    case VMsg::IntToStrLimit: return pick(kIntToStrLimit, minor);
    case VMsg::StrToIntLimit: return pick(kStrToIntLimit, minor);
    case VMsg::Count: break;
  }
  return "";
}

bool vfeature(VFeature f) {
  int minor = target_minor();
  switch (f) {
    case VFeature::CompensatedFloatSum: return minor >= 12;
    case VFeature::StrAsciiIterator: return minor >= 11;
    case VFeature::Count: break;
  }
  return false;
}

}  // namespace ls::rt
    case VFeature::ChrRangeValueError: return minor >= 13;
    case VFeature::ListIndexMissingNoRepr: return minor >= 14;
    case VFeature::Hash32: return minor >= 12;
    case VFeature::SlotUnsetTypeName: return minor >= 12;
