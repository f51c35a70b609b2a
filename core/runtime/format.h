// Text formatting shared by the VM and the built-in types: format() with the
// format-spec mini-language (f-strings' FORMAT_VALUE calls format_value),
// str.format, and printf-style `str % args`.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace ls::rt {

// format(v, spec): calls type(v).__format__ for user types, formats int, float
// and str natively. Returns a str or null (exception pending).
Value format_value(const Value& v, std::string_view spec);
// `fmt % args` for str.
Value str_percent_format(const Value& fmt, const Value& args);
// str.format(*args, **kwargs) on the template `fmt`.
Value str_format_call(const Value& fmt, CallArgs a);
// str.format_map(mapping): named fields are mapping[name] (so __missing__ applies).
Value str_format_map(const Value& fmt, const Value& mapping);

}  // namespace ls::rt
