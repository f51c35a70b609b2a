// Parser tests: AST dumps against CPython 3.12's ast.dump(include_attributes=True)
// goldens (ast_cases/*.ast, made by regen_ast_goldens.py), plus version-specific cases.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/parser.h"

using namespace ls;
using namespace ls::lang;

namespace {

#ifndef LS_SOURCE_DIR
#define LS_SOURCE_DIR "."
#endif

std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string dump_of(std::string_view src, int minor = 12) {
  Arena arena;
  ParseOptions o;
  o.minor = minor;
  ParseResult r = parse(src, o, arena);
  if (!r.ok()) return "ERROR " + r.error.kind + ": " + r.error.message;
  return ast::dump(r.module);
}

}  // namespace

TEST_CASE("parser: AST goldens from CPython 3.12", "[parser]") {
  std::filesystem::path dir = std::filesystem::path(LS_SOURCE_DIR) / "tests/unit/lang/ast_cases";
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    std::filesystem::path golden = entry.path();
    golden.replace_extension(".ast");
    if (!std::filesystem::exists(golden)) continue;
    std::string expected = read_file(golden);
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();
    INFO(entry.path().filename().string());
    CHECK(dump_of(read_file(entry.path())) == expected);
    ++n;
  }
  CHECK(n >= 10);
}

TEST_CASE("parser: small expressions", "[parser]") {
  CHECK(dump_of("x") ==
        "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])");
  // Parenthesised operands widen the parent's span, not the child's.
  CHECK(dump_of("(a) + b") ==
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, "
        "end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=7)], type_ignores=[])");
}

TEST_CASE("parser: except* is 3.11+", "[parser]") {
  const char* src = "try:\n    pass\nexcept* ValueError:\n    pass\n";
  CHECK(dump_of(src, 12).rfind("Module(body=[TryStar(", 0) == 0);
  CHECK(dump_of(src, 9) == "ERROR SyntaxError: invalid syntax");
}

TEST_CASE("parser: constants", "[parser]") {
  Arena arena;
  ParseResult r = parse("x = 123456789012345678901234567890\n", ParseOptions{}, arena);
  REQUIRE(r.ok());
  auto* a = ast::as<ast::Assign>(r.module->body[0]);
  auto* c = ast::as<ast::Constant>(a->value);
  CHECK(c->ckind == ast::ConstKind::BigInt);
  CHECK(c->s == "123456789012345678901234567890");
  r = parse("y = 0xff\n", ParseOptions{}, arena);
  REQUIRE(r.ok());
  c = ast::as<ast::Constant>(ast::as<ast::Assign>(r.module->body[0])->value);
  CHECK(c->ckind == ast::ConstKind::Int);
  CHECK(c->i == 255);
}

// Timing belongs to bench/, never to a test: this only pins that a large file
// of typical asyncio code parses whole, function by function.
TEST_CASE("parser: a 1000-line file of asyncio code parses whole", "[parser]") {
  std::string src;
  for (int i = 0; i < 100; ++i) {
    src += "async def worker_" + std::to_string(i) + "(name, delay=0.1, *, q=None):\n";
    src += "    for i in range(3):\n";
    src += "        await asyncio.sleep(delay * (i + 1))\n";
    src += "        print(f\"{name}: step {i} of {3!r}\", flush=True)\n";
    src += "    try:\n";
    src += "        result = await asyncio.wait_for(q.get(), timeout=1.5)\n";
    src += "    except asyncio.TimeoutError as e:\n";
    src += "        result = {'error': str(e), 'items': [x for x in data if x > 0]}\n";
    src += "    return result\n";
    src += "\n";
  }
  Arena arena;
  ParseResult r = parse(src, ParseOptions{}, arena);
  REQUIRE(r.ok());
  REQUIRE(r.module->body.size() == 100);
  CHECK(r.module->body[99]->kind == ast::StmtKind::AsyncFunctionDef);
}
