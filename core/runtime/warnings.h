// Python warnings as CPython's `warnings` module shows them with the default
// filters: "file:line: Category: message\n  source line\n", each location
// once, DeprecationWarning only when triggered by __main__. Also the
// "coroutine 'f' was never awaited" warning (with its tracemalloc hint).
#pragma once
#include <string>

#include "runtime/object.h"

namespace ls::rt {

// A warning as it was printed (Interp::on_warning): where it points (1-based
// line and character columns, end column exclusive; 0 = unknown) and the text.
struct WarningReport {
  std::string category, message, file;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::string text;
};

// Warns from the current Python frame walked up `stacklevel - 1` callers.
// Returns false with an exception pending when the filter says "error".
bool warn(Type* category, const std::string& message, int stacklevel = 1, bool tracemalloc_hint = false);

// Warns at an explicit location (compile-time SyntaxWarnings), through the same filters.
bool warn_explicit(Type* category, const std::string& message, const std::string& file, int line,
                   const std::string& source_line, const std::string& module);

// The `warnings` module factory (registered by init_builtins).
Value make_warnings_module();

// Installed as Interp::on_never_awaited.
void warn_never_awaited(struct Gen* g);

}  // namespace ls::rt
