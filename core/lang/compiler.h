// AST -> bytecode (CodeUnit), mirroring CPython's Python/compile.c: the same
// instruction shapes for calls, await/yield-from loops, try/except/finally and
// with, an exception table instead of block setup instructions, and the
// compile-time SyntaxErrors ('await' outside function, 'return' outside
// function, 'break' outside loop, ...).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/bytecode.h"
#include "lang/diagnostics.h"

namespace ls::lang {

struct CompileOptions {
  int minor = 12;
  std::string filename = "main.py";
  bool eval = false;  // compile(..., "eval"): a single expression whose value is returned
};

// A compile-time SyntaxWarning ("is" with a literal, "perhaps you missed a comma?").
struct CompileWarning {
  int line = 0;
  std::string message;
};

struct CompileResult {
  std::shared_ptr<CodeUnit> code;  // the module's code on success
  Diagnostic error;
  std::vector<CompileWarning> warnings;  // in the order CPython's compiler issues them
  bool ok() const { return code != nullptr; }
};

CompileResult compile(const ast::Module* m, std::string_view source, const CompileOptions& o);

// parse + compile in one step.
CompileResult compile_source(std::string_view source, const CompileOptions& o);

}  // namespace ls::lang
