// Tokenizer: UTF-8 source -> tokens with CPython's positions, INDENT/DEDENT from an
// indentation stack (tabs to multiples of 8; inconsistent tabs/spaces -> TabError), implicit
// line joining inside brackets, backslash continuation. Mirrors CPython Parser/tokenizer.c.
// Invariant: the token vector always ends with EndMarker or with one Error token; no
// exceptions, no per-token heap allocation (token text is a view into the source).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "lang/token.h"

namespace ls::lang {

struct LexOutput {
  std::vector<Token> tokens;
  std::vector<uint32_t> line_starts;  // byte offset where each line starts; [0] = line 1
  // For Error tokens about brackets: the opening bracket involved (offset, line, col).
  uint32_t open_offset = 0;
  int open_line = 0, open_col = 0;
  // For a NonUtf8 error token: the first byte that does not decode.
  unsigned char bad_byte = 0;
};

class Lexer {
 public:
  Lexer(std::string_view source, int minor) : src_(source), minor_(minor) {}
  void run(LexOutput& out);
  // Tokenizes source[start, end) as if inside brackets (an f-string replacement field):
  // newlines are ignored and the output ends with Newline + EndMarker. `line` and
  // `line_start` locate `start`, so positions are those of the enclosing source.
  void run_range(LexOutput& out, size_t start, size_t end, int line, size_t line_start);

 private:
  bool next_line_indent(LexOutput& out);
  void scan_token(LexOutput& out);
  bool scan_string(size_t& p, size_t quote_pos, bool is_f, bool raw, int depth);
  void scan_number(LexOutput& out, size_t start);
  Token make(Tok k, size_t start, size_t end);
  void error(LexOutput& out, LexError e, size_t start, size_t end);

  std::string_view src_;
  int minor_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  std::vector<int> indents_{0}, alt_indents_{0};
  struct Open {
    char ch;
    uint32_t offset;
    int line, col;
  };
  std::vector<Open> parens_;
  bool at_line_start_ = true;
  bool done_ = false;
  bool sub_ = false;
  std::vector<uint32_t>* line_starts_ = nullptr;
  size_t fstring_brace_error_ = SIZE_MAX;  // offset of a quote that should have been '}'
  // CPython checks each line as it reads it (not UTF-8, or a NUL byte in 3.12): the
  // first such line, found up front, becomes an error when the lexer reaches it.
  int bad_line_ = 0;
  LexError bad_error_ = LexError::None;
  size_t bad_offset_ = 0;
  unsigned char bad_byte_ = 0;
  void find_bad_line();
  bool at_bad_line(LexOutput& out);
};

// Convenience: tokenize the whole source.
LexOutput tokenize(std::string_view source, int minor = 12);

}  // namespace ls::lang
