// Tokenizer tests: INDENT/DEDENT, brackets, literals, f-strings, error tokens.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/lexer.h"

using namespace ls::lang;

namespace {

std::string kinds(std::string_view src, int minor = 12) {
  LexOutput out = tokenize(src, minor);
  std::string s;
  for (const Token& t : out.tokens) {
    if (!s.empty()) s += ' ';
    switch (t.kind) {
      case Tok::Name: s += "NAME"; break;
      case Tok::Number: s += "NUM"; break;
      case Tok::String: s += "STR"; break;
      case Tok::Newline: s += "NL"; break;
      case Tok::Indent: s += "IN"; break;
      case Tok::Dedent: s += "DE"; break;
      case Tok::EndMarker: s += "END"; break;
      case Tok::Error: s += "ERR"; break;
      default: s += token_text(t.kind); break;
    }
  }
  return s;
}

const Token& last(const LexOutput& o) { return o.tokens.back(); }

}  // namespace

TEST_CASE("lexer: simple statement and implicit newline at EOF", "[lexer]") {
  CHECK(kinds("x = 1") == "NAME = NUM NL END");
  CHECK(kinds("x = 1\n") == "NAME = NUM NL END");
  CHECK(kinds("") == "END");
  CHECK(kinds("\n\n# only a comment\n") == "END");
}

TEST_CASE("lexer: indentation stack", "[lexer]") {
  CHECK(kinds("if a:\n    b\n    if c:\n        d\ne\n") ==
        "if NAME : NL IN NAME NL if NAME : NL IN NAME NL DE DE NAME NL END");
  CHECK(kinds("if a:\n  b\n\n  # c\n\n  d\n") == "if NAME : NL IN NAME NL NAME NL DE END");
  CHECK(kinds("def f():\n    return 1") == "def NAME ( ) : NL IN return NUM NL DE END");
  CHECK(kinds("if a:\n\tb\n\tc\n") == "if NAME : NL IN NAME NL NAME NL DE END");
  // A tab counts to the next multiple of 8, but must agree with the tab-size-1 reading.
  CHECK(kinds("if a:\n\tb\n        c\n") == "if NAME : NL IN NAME NL ERR");
}

TEST_CASE("lexer: positions", "[lexer]") {
  LexOutput o = tokenize("if x:\n    y = 'é'\n");
  // if x : NL IN y = 'é' NL DE END
  REQUIRE(o.tokens.size() == 11);
  const Token& s = o.tokens[7];
  CHECK(s.kind == Tok::String);
  CHECK(s.line == 2);
  CHECK(s.col == 8);
  CHECK(s.end_col == 12);  // UTF-8 bytes
  CHECK(o.tokens[9].kind == Tok::Dedent);
  CHECK(o.tokens[9].line == 3);
}

TEST_CASE("lexer: brackets join lines", "[lexer]") {
  CHECK(kinds("x = (1,\n     2)\n") == "NAME = ( NUM , NUM ) NL END");
  CHECK(kinds("x = [\n  1,\n]\n") == "NAME = [ NUM , ] NL END");
  CHECK(kinds("x = 1 + \\\n    2\n") == "NAME = NUM + NUM NL END");
}

TEST_CASE("lexer: operators", "[lexer]") {
  CHECK(kinds("a **= b //= c >>= d <<= e -> f := g ... != == <= >=") ==
        "NAME **= NAME //= NAME >>= NAME <<= NAME -> NAME := NAME ... != == <= >= NL END");
  CHECK(kinds("@dec\n") == "@ NAME NL END");
}

TEST_CASE("lexer: keywords", "[lexer]") {
  CHECK(kinds("async def f(): await x") == "async def NAME ( ) : await NAME NL END");
  CHECK(kinds("match case _ type") == "NAME NAME NAME NAME NL END");  // soft keywords
}

TEST_CASE("lexer: numbers", "[lexer]") {
  CHECK(kinds("0 1_000 0x_ff 0o17 0b10 1.5 .5 1. 1e10 1.5e-3 2j 1_0.0_1") ==
        "NUM NUM NUM NUM NUM NUM NUM NUM NUM NUM NUM NUM NL END");
  CHECK(kinds("1if x else 2") == "NUM if NAME else NUM NL END");
  LexOutput o = tokenize("x = 1abc\n");
  CHECK(last(o).kind == Tok::Error);
  CHECK(last(o).error == LexError::InvalidDecimalLiteral);
  CHECK(last(tokenize("x = 012\n")).error == LexError::LeadingZero);
  CHECK(kinds("x = 00\n") == "NAME = NUM NL END");
}

TEST_CASE("lexer: strings", "[lexer]") {
  CHECK(kinds("'a' \"b\" '''c\nd''' r'\\'' b'x' rb'y' BR'z' u'w' f'{x}' Rf'{y}'") ==
        "STR STR STR STR STR STR STR STR STR STR NL END");
  LexOutput o = tokenize("s = '''a\nb\nc''' + x\n");
  CHECK(o.tokens[2].end_line == 3);
  CHECK(o.tokens[3].line == 3);  // '+' after the multi-line string
  CHECK(o.tokens[3].col == 5);
  CHECK(last(tokenize("x = 'abc\n")).error == LexError::UnterminatedString);
  LexOutput t = tokenize("x = '''abc\n\n");
  CHECK(last(t).error == LexError::UnterminatedTripleString);
  CHECK(last(t).end_line == 2);
}

TEST_CASE("lexer: f-strings are one token; 3.12 allows nested quotes", "[lexer]") {
  CHECK(kinds("f'{a!r:>{w}} {{x}}'") == "STR NL END");
  CHECK(kinds("f\"{d[\"k\"]}\"", 12) == "STR NL END");
  CHECK(kinds("f'{x:{\"a\"}}' + 1") == "STR + NUM NL END");
}

TEST_CASE("lexer: bracket and indentation errors", "[lexer]") {
  LexOutput o = tokenize("foo(1,\n");
  CHECK(last(o).error == LexError::UnclosedParen);
  CHECK(o.open_line == 1);
  CHECK(o.open_col == 3);
  CHECK(last(tokenize("x = 1)\n")).error == LexError::UnmatchedParen);
  LexOutput m = tokenize("x = (1,\n 2]\n");
  CHECK(last(m).error == LexError::MismatchedParen);
  CHECK(m.open_line == 1);
  CHECK(last(tokenize("if x:\n        a\n    b\n")).error == LexError::Dedent);
  CHECK(last(tokenize("if x:\n\ta\n        b\n")).error == LexError::Tab);
  CHECK(last(tokenize("x = 1 € 2\n")).error == LexError::InvalidCharacter);
  CHECK(last(tokenize("x = 1 \\ 2\n")).error == LexError::BadContinuation);
}

TEST_CASE("lexer: CRLF and BOM", "[lexer]") {
  CHECK(kinds("x = 1\r\ny = 2\r\n") == "NAME = NUM NL NAME = NUM NL END");
  LexOutput o = tokenize("\xEF\xBB\xBFx = 1\n");
  CHECK(o.tokens[0].col == 0);
}
