// Syntax error tests: for each case of syntax_errors.golden (made by
// regen_syntax_goldens.py from real CPython 3.12 and 3.9), the exception type, message,
// position and the exact text CPython prints.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/parser.h"

using namespace ls;
using namespace ls::lang;

namespace {

#ifndef LS_SOURCE_DIR
#define LS_SOURCE_DIR "."
#endif

// Minimal JSON reader for the golden's `src` and `info` lines.
struct Json {
  std::string_view s;
  size_t i = 0;
  void ws() { while (i < s.size() && s[i] == ' ') ++i; }
  std::string str() {
    std::string out;
    ++i;  // "
    while (s[i] != '"') {
      if (s[i] == '\\') {
        char c = s[++i];
        switch (c) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'f': out += '\f'; break;
          case 'u': {
            unsigned cp = std::stoul(std::string(s.substr(i + 1, 4)), nullptr, 16);
            i += 4;
            if (cp < 0x80) out += char(cp);
            else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
            else { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
            break;
          }
          default: out += c; break;
        }
        ++i;
      } else {
        out += s[i++];
      }
    }
    ++i;
    return out;
  }
  // An int or null (-1).
  int num() {
    ws();
    if (s.substr(i, 4) == "null") { i += 4; return 0; }  // None is 0 in a Diagnostic
    size_t start = i;
    if (s[i] == '-') ++i;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return std::stoi(std::string(s.substr(start, i - start)));
  }
  void comma() { ws(); if (s[i] == ',') ++i; ws(); }
};

struct Expect {
  bool error = false;
  std::string kind, msg;
  int line = -1, offset = -1, end_line = -1, end_offset = -1;
  std::string printed;
};
struct Case {
  std::string name, src;
  Expect v312, v39;
};

std::vector<Case> load_cases() {
  std::ifstream f(std::string(LS_SOURCE_DIR) + "/tests/unit/lang/syntax_errors.golden", std::ios::binary);
  std::vector<Case> cases;
  std::string line;
  Expect* cur = nullptr;
  while (std::getline(f, line)) {
    if (line.rfind("=== ", 0) == 0) {
      if (line == "=== end") break;
      cases.push_back({});
      cases.back().name = line.substr(4);
      cur = nullptr;
    } else if (line.rfind("src ", 0) == 0) {
      Json j{line, 4};
      cases.back().src = j.str();
    } else if (line == "--- 3.12") {
      cur = &cases.back().v312;
    } else if (line == "--- 3.9") {
      cur = &cases.back().v39;
    } else if (line.rfind("info ", 0) == 0 && cur) {
      Json j{line, 5};
      if (line.substr(5) == "null") continue;
      cur->error = true;
      ++j.i;  // [
      cur->kind = j.str();
      j.comma();
      cur->msg = j.str();
      j.comma();
      cur->line = j.num();
      j.comma();
      cur->offset = j.num();
      j.comma();
      cur->end_line = j.num();
      j.comma();
      cur->end_offset = j.num();
    } else if (cur) {
      cur->printed += line + "\n";
    }
  }
  return cases;
}

void check_case(const Case& c, const Expect& e, int minor) {
  Arena arena;
  ParseOptions o;
  o.minor = minor;
  ParseResult r = parse(c.src, o, arena);
  INFO("case " << c.name << " on 3." << minor);
  // 'await'/'yield'/'return' outside (async) function come from CPython's compiler, not its
  // parser: the parser must accept these programs.
  if (!e.error || e.msg.find("outside") != std::string::npos) {
    CHECK(r.ok());
    return;
  }
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.kind == e.kind);
  CHECK(r.error.message == e.msg);
  // 3.9's compile() of a string and its run of a file disagree on positions at the end
  // of the file; what matters is what it prints, checked below.
  if (minor >= 10) {
    CHECK(r.error.line == e.line);
    CHECK(r.error.col == e.offset);
    CHECK(r.error.end_line == e.end_line);
    CHECK(r.error.end_col == e.end_offset);
  }
  CHECK(format_syntax_error(r.error, minor, "main.py") == e.printed);
}

}  // namespace

TEST_CASE("diagnostics: CPython 3.12 syntax errors", "[diagnostics]") {
  auto cases = load_cases();
  REQUIRE(cases.size() > 40);
  for (const Case& c : cases) check_case(c, c.v312, 12);
}

TEST_CASE("diagnostics: CPython 3.9 syntax errors", "[diagnostics]") {
  auto cases = load_cases();
  for (const Case& c : cases) check_case(c, c.v39, 9);
}

TEST_CASE("diagnostics: format", "[diagnostics]") {
  Diagnostic d{"SyntaxError", "invalid syntax", 3, 5, 3, 8, "    x = = 1\n"};
  CHECK(format_syntax_error(d, 12, "main.py") ==
        "  File \"main.py\", line 3\n    x = = 1\n    ^^^\nSyntaxError: invalid syntax\n");
  CHECK(format_syntax_error(d, 9, "main.py") ==
        "  File \"main.py\", line 3\n    x = = 1\n    ^\nSyntaxError: invalid syntax\n");
}
