// Weak stand-ins for runtime functions that may not be linked yet (import
// machinery); the real definitions override them. Lets the loop tests link
// against a partially built runtime.
#include "runtime/interp.h"

namespace ls::rt {
__attribute__((weak)) Value import_module(std::string_view) { return Value(); }
__attribute__((weak)) Value import_name(Frame*, Str*, const Value&, const Value&) { return Value(); }
__attribute__((weak)) Value import_from(const Value&, Str*) { return Value(); }
__attribute__((weak)) bool import_star(Frame*, const Value&) { return false; }
}  // namespace ls::rt
