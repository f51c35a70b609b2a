// Tokenizer. Mirrors CPython Parser/tokenizer.c (tok_get / tok_get_normal_mode).
#include "lang/lexer.h"

#include <cstring>

namespace ls::lang {

namespace {

struct Keyword {
  std::string_view text;
  Tok kind;
};
constexpr Keyword kKeywords[] = {
    {"False", Tok::KwFalse},   {"None", Tok::KwNone},         {"True", Tok::KwTrue},
    {"and", Tok::KwAnd},       {"as", Tok::KwAs},             {"assert", Tok::KwAssert},
    {"async", Tok::KwAsync},   {"await", Tok::KwAwait},       {"break", Tok::KwBreak},
    {"class", Tok::KwClass},   {"continue", Tok::KwContinue}, {"def", Tok::KwDef},
    {"del", Tok::KwDel},       {"elif", Tok::KwElif},         {"else", Tok::KwElse},
    {"except", Tok::KwExcept}, {"finally", Tok::KwFinally},   {"for", Tok::KwFor},
    {"from", Tok::KwFrom},     {"global", Tok::KwGlobal},     {"if", Tok::KwIf},
    {"import", Tok::KwImport}, {"in", Tok::KwIn},             {"is", Tok::KwIs},
    {"lambda", Tok::KwLambda}, {"nonlocal", Tok::KwNonlocal}, {"not", Tok::KwNot},
    {"or", Tok::KwOr},         {"pass", Tok::KwPass},         {"raise", Tok::KwRaise},
    {"return", Tok::KwReturn}, {"try", Tok::KwTry},           {"while", Tok::KwWhile},
    {"with", Tok::KwWith},     {"yield", Tok::KwYield},
};

inline bool is_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
inline bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

// Decodes the UTF-8 sequence at s[p] (returns its length in `len`).
uint32_t decode_at(std::string_view s, size_t p, int& len) {
  unsigned char c = static_cast<unsigned char>(s[p]);
  uint32_t cp = c;
  len = 1;
  if (c >= 0xF0) { cp = c & 7; len = 4; }
  else if (c >= 0xE0) { cp = c & 15; len = 3; }
  else if (c >= 0xC0) { cp = c & 31; len = 2; }
  for (int k = 1; k < len; ++k) {
    if (p + size_t(k) >= s.size()) { len = k; break; }
    cp = (cp << 6) | (static_cast<unsigned char>(s[p + size_t(k)]) & 0x3F);
  }
  return cp;
}

// Non-ASCII code points that cannot appear in identifiers (an approximation of
// XID_Start/XID_Continue without Unicode tables: symbols, punctuation, spaces, emoji).
bool is_non_ident_codepoint(uint32_t cp) {
  if (cp < 0x80) return false;
  if (cp < 0xC0) return cp != 0xAA && cp != 0xB5 && cp != 0xBA && cp != 0xB7;
  if (cp == 0xD7 || cp == 0xF7) return true;
  if (cp >= 0x2000 && cp <= 0x2BFF) return !(cp == 0x203F || cp == 0x2040 || cp == 0x2054 || (cp >= 0x2070 && cp <= 0x209F) || (cp >= 0x2100 && cp <= 0x214F));
  if (cp >= 0x3000 && cp <= 0x3004) return true;
  if (cp >= 0x3008 && cp <= 0x3020) return true;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return true;
  if (cp >= 0xFF1A && cp <= 0xFF20) return true;
  if (cp == 0xFEFF) return true;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
  return false;
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

Tok keyword_or_name(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return Tok::Name;
  for (const Keyword& k : kKeywords)
    if (k.text[0] == s[0] && k.text == s) return k.kind;
  return Tok::Name;
}

// r, u, b, br, rb, f, fr, rf in any case.
bool string_prefix(std::string_view s, bool& is_f, bool& raw) {
  if (s.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : s) {
    switch (c | 0x20) {
      case 'r': if (r) return false; r = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'u': if (u) return false; u = true; break;
      case 'f': if (f) return false; f = true; break;
      default: return false;
    }
  }
  if (u && s.size() > 1) return false;
  if (b && f) return false;
  is_f = f;
  raw = r;
  return true;
}

}  // namespace

const char* token_text(Tok t) {
  switch (t) {
#define LS_X(name, text) \
  case Tok::name:        \
    return text;
    LS_TOKEN_LIST(LS_X)
#undef LS_X
  }
  return "?";
}

Token Lexer::make(Tok k, size_t start, size_t end) {
  Token t;
  t.kind = k;
  t.start = uint32_t(start);
  t.end = uint32_t(end);
  t.text = src_.substr(start, end - start);
  t.line = line_;
  t.col = int(start - line_start_);
  t.end_line = line_;
  t.end_col = int(end - line_start_);
  return t;
}

void Lexer::error(LexOutput& out, LexError e, size_t start, size_t end) {
  Token t = make(Tok::Error, start, end);
  t.error = e;
  out.tokens.push_back(t);
  done_ = true;
}

// CPython's tokenizer valid_utf8(): the length of the UTF-8 sequence at s, 0 if invalid.
static int valid_utf8(const unsigned char* s, const unsigned char* end) {
  int expected;
  if (*s < 0x80) return 1;
  if (*s < 0xC2) return 0;
  if (*s < 0xE0) expected = 1;
  else if (*s < 0xF0) expected = 2;
  else if (*s < 0xF5) expected = 3;
  else return 0;
  if (end - s <= expected) return 0;
  for (int k = 1; k <= expected; ++k)
    if (s[k] < 0x80 || s[k] >= 0xC0) return 0;
  if (*s == 0xE0 && s[1] < 0xA0) return 0;  // overlong
  if (*s == 0xED && s[1] >= 0xA0) return 0;  // surrogate
  if (*s == 0xF0 && s[1] < 0x90) return 0;  // overlong
  if (*s == 0xF4 && s[1] >= 0x90) return 0;  // > U+10FFFF
  return expected + 1;
}

// The first line CPython refuses when reading it: bytes that are not UTF-8 (no
// coding declaration is supported), or, in 3.12, a NUL byte. 3.9 reads a line as
// a C string instead: parse() has already cut its NUL bytes (see strip_nul_39).
void Lexer::find_bad_line() {
  const auto* s = reinterpret_cast<const unsigned char*>(src_.data());
  const auto* end = s + src_.size();
  int line = 1;
  for (const unsigned char* c = s; c < end;) {
    if (*c == '\n') { ++line; ++c; continue; }
    if (*c == 0 && minor_ >= 12) {
      bad_line_ = line; bad_error_ = LexError::NulByte; bad_offset_ = size_t(c - s);
      return;
    }
    if (*c < 0x80) { ++c; continue; }
    int len = valid_utf8(c, end);
    if (!len) {
      bad_line_ = line; bad_error_ = LexError::NonUtf8; bad_offset_ = size_t(c - s); bad_byte_ = *c;
      return;
    }
    c += len;
  }
}

// At or past the bad line: the error token, as CPython raises it when reading that line.
bool Lexer::at_bad_line(LexOutput& out) {
  if (!bad_line_ || line_ < bad_line_) return false;
  size_t start = line_starts_ && size_t(bad_line_) <= line_starts_->size() ? (*line_starts_)[bad_line_ - 1] : bad_offset_;
  int saved_line = line_;
  size_t saved_start = line_start_;
  line_ = bad_line_;
  line_start_ = start;
  error(out, bad_error_, start, start);
  line_ = saved_line;
  line_start_ = saved_start;
  out.bad_byte = bad_byte_;
  return true;
}

void Lexer::run(LexOutput& out) {
  out.line_starts.clear();
  out.line_starts.push_back(0);
  for (const char* p = src_.data(), *e = p + src_.size(); p < e;) {
    const void* nl = std::memchr(p, '\n', size_t(e - p));
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
    out.line_starts.push_back(uint32_t(p - src_.data()));
  }
  line_starts_ = &out.line_starts;
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
  out.tokens.reserve(src_.size() / 3 + 8);
  find_bad_line();
  while (!done_) {
    if (at_bad_line(out)) break;
    if (at_line_start_ && parens_.empty()) {
      if (!next_line_indent(out)) continue;
    }
    if (done_) break;
    scan_token(out);
  }
  if (!out.tokens.empty() && out.tokens.back().kind == Tok::Error && !parens_.empty()) {
    out.open_offset = parens_.back().offset;
    out.open_line = parens_.back().line;
    out.open_col = parens_.back().col;
  }
}

void Lexer::run_range(LexOutput& out, size_t start, size_t end, int line, size_t line_start) {
  src_ = src_.substr(0, end);
  pos_ = start;
  line_ = line;
  line_start_ = line_start;
  sub_ = true;
  at_line_start_ = false;
  parens_.push_back({'\0', uint32_t(start), line, int(start - line_start)});
  while (!done_) scan_token(out);
  if (!out.tokens.empty() && out.tokens.back().kind == Tok::Error && parens_.size() > 1 &&
      out.tokens.back().error == LexError::UnclosedParen) {
    out.open_offset = parens_.back().offset;
    out.open_line = parens_.back().line;
    out.open_col = parens_.back().col;
  }
}

// At the start of a physical line outside brackets: measure the indentation, skip blank
// and comment-only lines, emit INDENT/DEDENT. Returns false when the line was skipped.
bool Lexer::next_line_indent(LexOutput& out) {
  int col = 0, alt = 0;
  size_t p = pos_;
  for (; p < src_.size(); ++p) {
    char c = src_[p];
    if (c == ' ') { ++col; ++alt; }
    else if (c == '\t') { col = (col / 8 + 1) * 8; ++alt; }
    else if (c == '\f') { col = alt = 0; }
    else break;
  }
  if (p >= src_.size()) {
    pos_ = p;
    at_line_start_ = false;  // scan_token handles EOF
    return true;
  }
  char c = src_[p];
  if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < src_.size() && src_[p + 1] == '\n' && false)) {
    // Blank or comment-only line: no indentation processing, no NEWLINE token.
    const void* nl = std::memchr(src_.data() + p, '\n', src_.size() - p);
    if (!nl) {
      pos_ = src_.size();
      at_line_start_ = false;
      return true;
    }
    pos_ = size_t(static_cast<const char*>(nl) - src_.data()) + 1;
    ++line_;
    line_start_ = pos_;
    return false;
  }
  pos_ = p;
  at_line_start_ = false;
  if (col == indents_.back()) {
    if (alt != alt_indents_.back()) { error(out, LexError::Tab, p, p); return true; }
  } else if (col > indents_.back()) {
    if (alt <= alt_indents_.back()) { error(out, LexError::Tab, p, p); return true; }
    if (indents_.size() >= 100) { error(out, LexError::TooDeep, p, p); return true; }
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    Token t = make(Tok::Indent, line_start_, p);
    out.tokens.push_back(t);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      out.tokens.push_back(make(Tok::Dedent, p, p));
    }
    if (col != indents_.back()) { error(out, LexError::Dedent, p, p); return true; }
    if (alt != alt_indents_.back()) { error(out, LexError::Tab, p, p); return true; }
  }
  return true;
}

// Scans a string body; `p` is at the opening quote, on return just past the closing one.
// `depth` guards nested f-strings (PEP 701, 3.12+).
bool Lexer::scan_string(size_t& p, size_t quote_pos, bool is_f, bool raw, int depth) {
  char q = src_[quote_pos];
  bool triple = quote_pos + 2 < src_.size() && src_[quote_pos + 1] == q && src_[quote_pos + 2] == q;
  p = quote_pos + (triple ? 3 : 1);
  const size_t n = src_.size();
  bool nested_f = is_f && minor_ >= 12 && depth < 20;
  // Stack of f-string replacement-field states: bracket depth inside the expression part.
  // -1 marks "in a format spec" (literal text until '}').
  int fields[32];
  int nf = 0;
  while (true) {
    if (p >= n) return false;
    char c = src_[p];
    bool in_expr = nf > 0 && fields[nf - 1] >= 0;
    if (!in_expr) {
      if (c == '\\') {
        p += 2;
        continue;
      }
      if (c == '\n' && !triple) return false;
      if (c == q && (!triple || (p + 2 < n && src_[p + 1] == q && src_[p + 2] == q))) {
        p += triple ? 3 : 1;
        return true;
      }
      if (nested_f) {
        if (c == '{') {
          if (p + 1 < n && src_[p + 1] == '{' && nf == 0) { p += 2; continue; }
          if (nf < 32) fields[nf++] = 0;
          ++p;
          continue;
        }
        if (c == '}') {
          if (nf > 0) { --nf; ++p; continue; }
          if (p + 1 < n && src_[p + 1] == '}') { p += 2; continue; }
        }
      }
      ++p;
      continue;
    }
    // Inside an f-string replacement field's expression (3.12+ only).
    int& depth_here = fields[nf - 1];
    if (c == '\n' && !triple) return false;
    if (c == '\'' || c == '"') {
      // A nested string literal; its prefix letters were scanned as expression chars.
      size_t s = p;
      while (s > 0 && is_ident_char(static_cast<unsigned char>(src_[s - 1]))) --s;
      bool f2 = false, r2 = false;
      if (!string_prefix(src_.substr(s, p - s), f2, r2)) f2 = r2 = false;
      if (c == q && triple == false && minor_ < 12) return true;
      size_t inner = p;
      if (!scan_string(p, p, f2, r2, depth + 1)) {
        // An unterminated string opened by the f-string's own quote: a missing '}'
        // (CPython 3.12 tokenizer: "f-string: expecting '}'").
        bool inner_triple = inner + 2 < src_.size() && src_[inner + 1] == c && src_[inner + 2] == c;
        if (c == q && inner_triple == triple && fstring_brace_error_ == SIZE_MAX) fstring_brace_error_ = inner;
        return false;
      }
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++depth_here;
    else if (c == ')' || c == ']') { if (depth_here > 0) --depth_here; }
    else if (c == '}') {
      if (depth_here > 0) --depth_here;
      else { --nf; ++p; continue; }
    } else if (c == ':' && depth_here == 0) {
      depth_here = -1;  // format spec: literal text, nested fields allowed
    } else if (c == '\\') {
      ++p;
    }
    ++p;
  }
}

void Lexer::scan_number(LexOutput& out, size_t start) {
  size_t p = start;
  const size_t n = src_.size();
  auto digits = [&](auto ok) {  // digits with single underscores between them
    size_t s = p;
    while (p < n) {
      if (ok(src_[p])) { ++p; continue; }
      if (src_[p] == '_' && p + 1 < n && ok(src_[p + 1]) && p > s) { ++p; continue; }
      break;
    }
    return p > s;
  };
  auto is_hex = [](char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  auto is_oct = [](char c) { return c >= '0' && c <= '7'; };
  auto is_bin = [](char c) { return c == '0' || c == '1'; };
  auto finish = [&]() {
    // verify_end_of_number: an identifier character right after a number is an error,
    // except the keywords CPython tolerates (`1if x else y`).
    if (p < n && is_ident_char(static_cast<unsigned char>(src_[p]))) {
      static constexpr std::string_view kOk[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
      for (auto k : kOk)
        if (src_.substr(p, k.size()) == k) {
          out.tokens.push_back(make(Tok::Number, start, p));
          pos_ = p;
          return;
        }
      error(out, LexError::InvalidDecimalLiteral, start, p + 1);
      return;
    }
    out.tokens.push_back(make(Tok::Number, start, p));
    pos_ = p;
  };
  if (src_[p] == '0' && p + 1 < n && std::strchr("xXoObB", src_[p + 1]) && src_[p + 1]) {
    char r = src_[p + 1] | 0x20;
    p += 2;
    if (p < n && src_[p] == '_') ++p;
    bool ok = r == 'x' ? digits(is_hex) : r == 'o' ? digits(is_oct) : digits(is_bin);
    if (!ok || (p < n && (is_digit(src_[p]) || src_[p] == '_'))) {
      error(out, LexError::InvalidDecimalLiteral, start, p + 1);
      return;
    }
    finish();
    return;
  }
  bool is_float = false;
  bool int_part = false;
  if (src_[p] != '.') {
    int_part = digits(is_digit);
    if (p < n && src_[p] == '_') { error(out, LexError::InvalidDecimalLiteral, start, p + 1); return; }
  }
  if (p < n && src_[p] == '.') {
    ++p;
    is_float = true;
    digits(is_digit);
  }
  if (p < n && (src_[p] == 'e' || src_[p] == 'E')) {
    size_t save = p;
    ++p;
    if (p < n && (src_[p] == '+' || src_[p] == '-')) ++p;
    if (!digits(is_digit)) {
      p = save;
      error(out, LexError::InvalidDecimalLiteral, start, p + 1);
      return;
    }
    is_float = true;
  }
  if (p < n && (src_[p] == 'j' || src_[p] == 'J')) ++p;
  else if (!is_float && int_part && src_[start] == '0') {
    // "0", "00", "0_0" are fine; "012" is not.
    for (size_t i = start; i < p; ++i)
      if (src_[i] != '0' && src_[i] != '_') {
        error(out, LexError::LeadingZero, start, p);
        return;
      }
  }
  finish();
}

void Lexer::scan_token(LexOutput& out) {
  const size_t n = src_.size();
  size_t p = pos_;
  // Whitespace, comments and continuations.
  while (true) {
    while (p < n && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) ++p;
    if (p < n && src_[p] == '#') {
      while (p < n && src_[p] != '\n') ++p;
    }
    if (p < n && src_[p] == '\\') {
      size_t q = p + 1;
      if (q < n && src_[q] == '\r') ++q;
      if (q >= n) { pos_ = p; error(out, LexError::EofInContinuation, p, p + 1); return; }
      if (src_[q] != '\n') { pos_ = p; error(out, LexError::BadContinuation, p, p + 1); return; }
      p = q + 1;
      ++line_;
      line_start_ = p;
      if (p >= n) { pos_ = p; error(out, LexError::EofInContinuation, p, p); return; }
      continue;
    }
    break;
  }
  pos_ = p;
  if (p >= n) {
    if (sub_ && parens_.size() == 1) {
      out.tokens.push_back(make(Tok::Newline, p, p));
      out.tokens.push_back(make(Tok::EndMarker, p, p));
      done_ = true;
      return;
    }
    if (!parens_.empty()) {
      error(out, LexError::UnclosedParen, p, p);  // see LexOutput::open_*
      return;
    }
    if (!out.tokens.empty()) {
      Tok last = out.tokens.back().kind;
      if (last != Tok::Newline && last != Tok::Dedent && last != Tok::Indent) {
        // Implicit NEWLINE at EOF, one column wide past the end of the last line.
        Token t = make(Tok::Newline, p, p);
        t.end_col = t.col + 1;
        out.tokens.push_back(t);
      }
    }
    // DEDENTs and ENDMARKER sit at the start of the line after the last one.
    bool ends_nl = n > 0 && src_[n - 1] == '\n';
    int l = ends_nl ? line_ : line_ + 1;
    for (size_t i = 1; i < indents_.size(); ++i) {
      Token t = make(Tok::Dedent, p, p);
      t.line = t.end_line = l;
      t.col = t.end_col = 0;
      out.tokens.push_back(t);
    }
    Token t = make(Tok::EndMarker, p, p);
    t.line = t.end_line = l;
    t.col = t.end_col = 0;
    out.tokens.push_back(t);
    done_ = true;
    return;
  }
  unsigned char c = static_cast<unsigned char>(src_[p]);
  if (c == '\n' || c == '\r') {
    size_t q = p;
    if (c == '\r' && q + 1 < n && src_[q + 1] == '\n') ++q;
    if (parens_.empty()) {
      out.tokens.push_back(make(Tok::Newline, p, q + 1));
      at_line_start_ = true;
    }
    pos_ = q + 1;
    ++line_;
    line_start_ = pos_;
    return;
  }
  if (c >= 0x80) {
    int len;
    if (is_non_ident_codepoint(decode_at(src_, p, len))) {
      error(out, LexError::InvalidCharacter, p, p + size_t(len));
      return;
    }
  }
  if (is_ident_start(c)) {
    size_t q = p + 1;
    if (c >= 0x80) {  // a multi-byte first character: skip all of it
      int len;
      decode_at(src_, p, len);
      q = p + size_t(len);
    }
    while (q < n && is_ident_char(static_cast<unsigned char>(src_[q]))) {
      if (static_cast<unsigned char>(src_[q]) >= 0x80) {
        int len;
        if (is_non_ident_codepoint(decode_at(src_, q, len))) break;
        q += size_t(len);
        continue;
      }
      ++q;
    }
    bool is_f = false, raw = false;
    if (q < n && (src_[q] == '\'' || src_[q] == '"') && string_prefix(src_.substr(p, q - p), is_f, raw)) {
      size_t e;
      if (!scan_string(e, q, is_f, raw, 0)) {
        goto unterminated;
      }
      goto string_done;
    string_done : {
      Token t = make(Tok::String, p, e);
      // Multi-line strings: move the line counter past their newlines.
      for (size_t i = p; i < e; ++i)
        if (src_[i] == '\n') { ++line_; line_start_ = i + 1; }
      t.end_line = line_;
      t.end_col = int(e - line_start_);
      out.tokens.push_back(t);
      pos_ = e;
      return;
    }
    unterminated : {
      if (fstring_brace_error_ != SIZE_MAX) {
        error(out, LexError::FStringExpectingBrace, fstring_brace_error_, fstring_brace_error_ + 1);
        return;
      }
      bool triple = q + 2 < n && src_[q + 1] == src_[q] && src_[q + 2] == src_[q];
      Token t = make(Tok::Error, p, p + 1);
      t.error = triple ? LexError::UnterminatedTripleString : LexError::UnterminatedString;
      // "detected at line N": the last line for triple quotes, else the string's line.
      int l = line_;
      if (triple) {
        l = int(out.line_starts.size());
        if (n > 0 && src_[n - 1] == '\n') --l;
      }
      t.end_line = l;
      out.tokens.push_back(t);
      done_ = true;
      return;
    }
    }
    Token t = make(keyword_or_name(src_.substr(p, q - p)), p, q);
    out.tokens.push_back(t);
    pos_ = q;
    return;
  }
  if (is_digit(char(c)) || (c == '.' && p + 1 < n && is_digit(src_[p + 1]))) {
    scan_number(out, p);
    return;
  }
  if (c == '\'' || c == '"') {
    size_t q = p;
    size_t e;
    bool is_f = false, raw = false;
    if (scan_string(e, q, is_f, raw, 0)) {
      Token t = make(Tok::String, p, e);
      for (size_t i = p; i < e; ++i)
        if (src_[i] == '\n') { ++line_; line_start_ = i + 1; }
      t.end_line = line_;
      t.end_col = int(e - line_start_);
      out.tokens.push_back(t);
      pos_ = e;
      return;
    }
    bool triple = q + 2 < n && src_[q + 1] == src_[q] && src_[q + 2] == src_[q];
    Token t = make(Tok::Error, p, p + 1);
    t.error = triple ? LexError::UnterminatedTripleString : LexError::UnterminatedString;
    int l = line_;
    if (triple) {
      l = int(out.line_starts.size());
      if (n > 0 && src_[n - 1] == '\n') --l;
    }
    t.end_line = l;
    out.tokens.push_back(t);
    done_ = true;
    return;
  }
  // Operators: longest match first.
  auto at = [&](size_t i) { return p + i < n ? src_[p + i] : '\0'; };
  Tok k;
  size_t len = 1;
  char c1 = at(1), c2 = at(2);
  switch (c) {
    case '(': case '[': case '{':
      k = c == '(' ? Tok::LPar : c == '[' ? Tok::LSqb : Tok::LBrace;
      if (parens_.size() >= 200) {  // CPython's MAXLEVEL
        error(out, LexError::TooManyParens, p, p + 1);
        return;
      }
      parens_.push_back({char(c), uint32_t(p), line_, int(p - line_start_)});
      break;
    case ')': case ']': case '}': {
      k = c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace;
      if (parens_.empty() || parens_.back().ch == '\0') {
        Token t = make(Tok::Error, p, p + 1);
        t.error = LexError::UnmatchedParen;
        out.tokens.push_back(t);
        out.open_offset = 0;
        out.open_line = 0;  // unmatched close
        done_ = true;
        return;
      }
      char o = parens_.back().ch;
      if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
        Token t = make(Tok::Error, p, p + 1);
        t.error = LexError::MismatchedParen;
        out.tokens.push_back(t);
        out.open_offset = parens_.back().offset;
        out.open_line = parens_.back().line;
        out.open_col = parens_.back().col;
        done_ = true;
        return;
      }
      parens_.pop_back();
      break;
    }
    case ':': if (c1 == '=') { k = Tok::ColonEqual; len = 2; } else k = Tok::Colon; break;
    case ',': k = Tok::Comma; break;
    case ';': k = Tok::Semi; break;
    case '+': if (c1 == '=') { k = Tok::PlusEqual; len = 2; } else k = Tok::Plus; break;
    case '-':
      if (c1 == '=') { k = Tok::MinEqual; len = 2; }
      else if (c1 == '>') { k = Tok::RArrow; len = 2; }
      else k = Tok::Minus;
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') { k = Tok::DoubleStarEqual; len = 3; } else { k = Tok::DoubleStar; len = 2; }
      } else if (c1 == '=') { k = Tok::StarEqual; len = 2; }
      else k = Tok::Star;
      break;
    case '/':
      if (c1 == '/') {
        if (c2 == '=') { k = Tok::DoubleSlashEqual; len = 3; } else { k = Tok::DoubleSlash; len = 2; }
      } else if (c1 == '=') { k = Tok::SlashEqual; len = 2; }
      else k = Tok::Slash;
      break;
    case '|': if (c1 == '=') { k = Tok::VBarEqual; len = 2; } else k = Tok::VBar; break;
    case '&': if (c1 == '=') { k = Tok::AmperEqual; len = 2; } else k = Tok::Amper; break;
    case '^': if (c1 == '=') { k = Tok::CircumflexEqual; len = 2; } else k = Tok::Circumflex; break;
    case '%': if (c1 == '=') { k = Tok::PercentEqual; len = 2; } else k = Tok::Percent; break;
    case '@': if (c1 == '=') { k = Tok::AtEqual; len = 2; } else k = Tok::At; break;
    case '~': k = Tok::Tilde; break;
    case '=': if (c1 == '=') { k = Tok::EqEqual; len = 2; } else k = Tok::Equal; break;
    case '!':
      if (c1 == '=') { k = Tok::NotEqual; len = 2; } else k = Tok::Exclamation;
      break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') { k = Tok::LeftShiftEqual; len = 3; } else { k = Tok::LeftShift; len = 2; }
      } else if (c1 == '=') { k = Tok::LessEqual; len = 2; }
      else if (c1 == '>') { k = Tok::NotEqual; len = 2; }  // `<>`: rejected by the parser
      else k = Tok::Less;
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') { k = Tok::RightShiftEqual; len = 3; } else { k = Tok::RightShift; len = 2; }
      } else if (c1 == '=') { k = Tok::GreaterEqual; len = 2; }
      else k = Tok::Greater;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') { k = Tok::Ellipsis; len = 3; } else k = Tok::Dot;
      break;
    default:
      error(out, LexError::InvalidCharacter, p, p + 1);
      return;
  }
  out.tokens.push_back(make(k, p, p + len));
  pos_ = p + len;
}

LexOutput tokenize(std::string_view source, int minor) {
  LexOutput out;
  Lexer(source, minor).run(out);
  return out;
}

}  // namespace ls::lang
