// Deeply nested programs: the front end answers with CPython's errors instead
// of overflowing the native stack (the crashes tests/fuzz/fuzz_frontend and
// hand-made inputs found; inputs kept in tests/fuzz/regressions/). CPython 3.9
// (the oracle) answers every 100000-deep chain below with a bare MemoryError
// from its parser stack limit, 3.12 with "MemoryError: Parser stack overflowed
// - Python source too complex to parse"; long left-deep chains are 3.9's
// "RecursionError: maximum recursion depth exceeded during compilation".
// Chains below the limits compile. Output formats are pinned by the golden
// tests/golden/lang/nesting_limits.py.
#include <catch2/catch.hpp>

#include <string>

#include "lang/compiler.h"

using namespace ls::lang;

namespace {

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * size_t(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

CompileResult compile_at(const std::string& src, int minor) {
  CompileOptions o;
  o.minor = minor;
  return compile_source(src, o);
}

struct Shape {
  const char* name;
  const char* prefix;  // repeated
  const char* tail;
  int ok_depth;        // compiles at this depth
};

const Shape kShapes[] = {
    {"unary minus", "-", "1", 2900},
    {"not", "not ", "1", 2900},
    {"power", "2**", "1", 1400},
    {"lambda", "lambda: ", "1", 1400},
    {"conditional", "1 if 1 else ", "1", 2900},
};

}  // namespace

TEST_CASE("nesting: deep expression chains are a MemoryError, not a crash", "[parser][nesting]") {
  for (const Shape& s : kShapes) {
    for (int minor : {12, 9}) {
      INFO(s.name << " 3." << minor);
      CompileResult r = compile_at("x = " + repeat(s.prefix, 100000) + s.tail + "\n", minor);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error.kind == "MemoryError");
      CHECK(r.error.message == (minor >= 10 ? "Parser stack overflowed - Python source too complex to parse" : ""));
      std::string shown = format_syntax_error(r.error, minor, "main.py");
      CHECK(shown == (minor >= 10 ? "MemoryError: Parser stack overflowed - Python source too complex to parse\n"
                                  : "MemoryError\n"));
    }
  }
}

TEST_CASE("nesting: chains below the limit compile", "[parser][nesting]") {
  for (const Shape& s : kShapes) {
    INFO(s.name);
    CompileResult r = compile_at("x = " + repeat(s.prefix, s.ok_depth) + s.tail + "\n", 12);
    CHECK(r.ok());
  }
}

TEST_CASE("nesting: the 201st open bracket is a SyntaxError", "[parser][nesting]") {
  CHECK(compile_at("x = " + repeat("(", 200) + "1" + repeat(")", 200) + "\n", 12).ok());
  for (int minor : {12, 9}) {
    CompileResult r = compile_at("x = " + repeat("[", 100) + repeat("(", 101) + "\n", minor);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.kind == "SyntaxError");
    CHECK(r.error.message == "too many nested parentheses");
    CHECK(r.error.line == 1);
    CHECK(r.error.col == 205);
  }
}

TEST_CASE("nesting: brackets nested through f-string fields stay bounded", "[parser][nesting]") {
  // Each replacement field starts a new bracket count, so only the parser's own
  // limit stops this: it must not overflow the stack.
  std::string src = "x = 1\n";
  std::string e = "x";
  for (int i = 0; i < 15; ++i) e = "f'{" + repeat("(", 150) + e + repeat(")", 150) + "}'";
  // Nested quotes of one kind are only allowed from 3.12 (PEP 701).
  CompileResult r = compile_at(src + "y = " + e + "\n", 12);
  if (!r.ok()) CHECK((r.error.kind == "MemoryError" || r.error.kind == "SyntaxError"));
}

// How deep the symbol table lets statements and expressions nest (symtable.cpp).
constexpr int kCompileDepth = 2996;

TEST_CASE("nesting: the compiler's depth limit is a RecursionError", "[compiler][nesting]") {
  // CPython 3.9 (the oracle): "x = a+a+...+a" with 1000 operators compiles, with
  // 5000 it is "RecursionError: maximum recursion depth exceeded during compilation".
  for (int minor : {12, 9}) {
    INFO("3." << minor);
    CHECK(compile_at("x = " + repeat("a+", 1000) + "a\n", minor).ok());
    // Just below our limit: deep but must not overflow the native stack.
    CHECK(compile_at("x = " + repeat("a+", kCompileDepth - 10) + "a\n", minor).ok());
    CHECK(compile_at("x = " + repeat("a**", 2900) + "a\n", minor).ok());  // 2 parser levels each
    CHECK(compile_at("x = a" + repeat("[0]", 2900) + "\n", minor).ok());
    CHECK(compile_at("x = " + repeat("lambda: ", kCompileDepth / 2 - 10) + "a\n", minor).ok());
    for (const char* unit : {"+a", ".b", "()", "[0]"}) {
      INFO(unit);
      CompileResult r = compile_at("x = a" + repeat(unit, 100000) + "\n", minor);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error.kind == "RecursionError");
      CHECK(format_syntax_error(r.error, minor, "main.py") ==
            "RecursionError: maximum recursion depth exceeded during compilation\n");
    }
  }
}
