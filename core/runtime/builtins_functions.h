// The builtins module's functions (print, len, repr, min/max, sorted, ...) and
// the built-in types exposed there (int, str, list, enumerate, zip, map, ...).
// init_builtins (interp side) creates the dict and calls add_builtin_functions.
#pragma once
#include "runtime/types/containers.h"

namespace ls::rt {

void add_builtin_functions(Dict* builtins);

}  // namespace ls::rt
