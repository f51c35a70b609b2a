// Tokens of the Python subset, as produced by lang::Lexer. Mirrors CPython's
// Grammar/Tokens, except that keywords get their own kinds and a whole string literal
// (including f-strings) is one String token; the parser decodes it.
#pragma once
#include <cstdint>
#include <string_view>

namespace ls::lang {

#define LS_TOKEN_LIST(X)                                                         \
  X(EndMarker, "end of file") X(Newline, "newline") X(Indent, "indent")          \
  X(Dedent, "dedent") X(Name, "name") X(Number, "number") X(String, "string")    \
  X(Error, "error")                                                              \
  /* operators and delimiters */                                                 \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")             \
  X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")           \
  X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")            \
  X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")         \
  X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=") X(GreaterEqual, ">=")    \
  X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<") X(RightShift, ">>")        \
  X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=")    \
  X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")                  \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")           \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")       \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")         \
  X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!")                     \
  /* keywords */                                                                 \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")        \
  X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await")    \
  X(KwBreak, "break") X(KwClass, "class") X(KwContinue, "continue")              \
  X(KwDef, "def") X(KwDel, "del") X(KwElif, "elif") X(KwElse, "else")            \
  X(KwExcept, "except") X(KwFinally, "finally") X(KwFor, "for")                  \
  X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import")    \
  X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal")    \
  X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise")            \
  X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while") X(KwWith, "with")    \
  X(KwYield, "yield")

enum class Tok : uint8_t {
#define LS_X(name, text) name,
  LS_TOKEN_LIST(LS_X)
#undef LS_X
};

// "(" for operators, "if" for keywords, a description for the rest.
const char* token_text(Tok);
inline bool is_keyword(Tok t) { return t >= Tok::KwFalse; }

// Why an Error token was produced (the parser turns it into CPython's message).
enum class LexError : uint8_t {
  None,
  UnterminatedString,        // 'unterminated string literal (detected at line N)'
  UnterminatedTripleString,  // 'unterminated triple-quoted string literal (detected at line N)'
  InvalidCharacter,          // "invalid character '€' (U+20AC)" / invalid non-printable
  InvalidDecimalLiteral,     // 'invalid decimal literal', 'invalid hexadecimal literal', ...
  Dedent,                    // 'unindent does not match any outer indentation level'
  Tab,                       // TabError: inconsistent use of tabs and spaces in indentation
  TooDeep,                   // too many levels of indentation
  EofInContinuation,         // 'unexpected EOF while parsing' after a backslash
  BadContinuation,           // 'unexpected character after line continuation character'
  LeadingZero,               // 'leading zeros in decimal integer literals are not permitted; ...'
  UnclosedParen,             // EOF inside brackets: "'(' was never closed" (LexOutput::open_*)
  UnmatchedParen,            // "unmatched ')'"
  MismatchedParen,           // "closing parenthesis ']' does not match opening parenthesis '('"
  FStringExpectingBrace,     // 3.12: "f-string: expecting '}'" (the field ran into the closing quote)
  TooManyParens,             // 'too many nested parentheses' (more than 200 open brackets)
  NulByte,                   // 3.12: 'source code cannot contain null bytes' (reading the line)
  NonUtf8,                   // "Non-UTF-8 code starting with '\xNN' in file ..." (reading the line)
};

struct Token {
  Tok kind = Tok::EndMarker;
  LexError error = LexError::None;
  // Position: 1-based lines, 0-based UTF-8 byte columns, end exclusive (as CPython).
  int line = 0, col = 0, end_line = 0, end_col = 0;
  uint32_t start = 0, end = 0;  // byte offsets into the source
  std::string_view text;        // source[start, end)
};

}  // namespace ls::lang
