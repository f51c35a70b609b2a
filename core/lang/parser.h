// Recursive-descent parser: source text -> ast::Module, or the first syntax error, as
// CPython's PEG parser reports it (message and position) for the chosen version.
#pragma once
#include <string>
#include <string_view>

#include "base/arena.h"
#include "lang/ast.h"
#include "lang/diagnostics.h"

namespace ls::lang {

struct ParseOptions {
  int minor = 12;  // Python 3.minor: 9, 12, 14
  std::string filename = "main.py";
};

struct ParseResult {
  ast::Module* module = nullptr;  // set on success (allocated in the arena)
  Diagnostic error;               // meaningful when module == nullptr
  bool ok() const { return module != nullptr; }
};

// The AST's string_views point into `source` and into `arena`: keep both alive while
// the tree is used.
ParseResult parse(std::string_view source, const ParseOptions& options, Arena& arena);

}  // namespace ls::lang
