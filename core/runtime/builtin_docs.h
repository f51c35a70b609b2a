// The __doc__ strings CPython gives its builtins (functions, types and the
// methods of the core types), per target version; see builtin_docs.inc.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace ls::rt {

struct Type;

// The docstring of builtin `key` ("len", "int", "str.upper") for the session's
// target version, or nullptr when CPython has none (or it is not tabled).
const char* builtin_doc(std::string_view key);

// `T.__doc__` / `instance.__doc__` for a built-in (static) type: the docstring
// tabled for it, else None (CPython: its tp_doc).
Value static_type_doc(Type* t);

}  // namespace ls::rt
