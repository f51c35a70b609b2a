// Placeholder until the formatting commit: format() falls back to str().
#include "runtime/format.h"
#include "runtime/errors.h"
#include "runtime/types/str.h"
namespace ls::rt {
Value format_value(const Value& v, std::string_view spec) { return str(v); }
Value str_percent_format(const Value& fmt, const Value& args) { return fmt; }
Value str_format_call(const Value& fmt, CallArgs a) { return fmt; }
}
