// Recursive-descent parser for the Python subset, following CPython's Grammar/python.gram
// (3.12) rule by rule; each function starts with the rule it implements. Operator
// precedence is climbed one level per function, as the grammar does. The first error
// stops parsing (CPython does the same); messages and positions follow CPython's
// second-pass `invalid_*` rules for the common mistakes, else "invalid syntax" at the
// furthest token looked at. No exceptions: failure is `failed_` + nullptr returns.
#include "lang/parser.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "lang/lexer.h"

namespace ls::lang {

using namespace ast;

namespace {

// Byte column -> 1-based character column in `line` (CPython's SyntaxError.offset).
int char_offset(std::string_view line, int byte_col) {
  if (byte_col < 0) return byte_col;
  int n = 0;
  for (int i = 0; i < byte_col && i < int(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  if (byte_col > int(line.size())) n += byte_col - int(line.size());
  return n + 1;
}

void append_utf8(std::string& s, uint32_t cp) {
  if (cp < 0x80) s += char(cp);
  else if (cp < 0x800) { s += char(0xC0 | (cp >> 6)); s += char(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    s += char(0xE0 | (cp >> 12)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F));
  } else {
    s += char(0xF0 | (cp >> 18)); s += char(0x80 | ((cp >> 12) & 0x3F));
    s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      switch (c->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

enum class TargetsType { Star, Del, For };

class Parser {
 public:
  Parser(std::string_view src, const ParseOptions& opt, Arena& arena)
      : src_(src), opt_(opt), minor_(opt.minor), arena_(arena) {}

  ParseResult run() {
    Lexer(src_, minor_).run(lex_);
    toks_ = &lex_.tokens;
    ParseResult r;
    Module* m = arena_.make<Module>();
    // file: [statements] ENDMARKER
    while (!failed_ && !at(Tok::EndMarker)) {
      if (at(Tok::Error)) { lexer_error(); break; }
      statement(m->body);
    }
    if (failed_) {
      finish_error();
      r.error = diag_;
      return r;
    }
    r.module = m;
    return r;
  }

 private:
  // ------------------------------------------------------------ token access
  const Token& tok() {
    if (i_ > furthest_) furthest_ = i_;
    return (*toks_)[i_];
  }
  const Token& peek(size_t k = 1) {
    size_t j = i_ + k;
    if (j >= toks_->size()) j = toks_->size() - 1;
    if (j > furthest_) furthest_ = j;
    return (*toks_)[j];
  }
  bool at(Tok k) { return tok().kind == k; }
  const Token& prev() { return (*toks_)[i_ - 1]; }
  void advance() {
    if (i_ + 1 < toks_->size()) ++i_;
  }
  bool accept(Tok k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  bool expect(Tok k) {
    if (accept(k)) return true;
    syntax_error_generic();
    return false;
  }
  // _PyPegen_expect_forced_token: "expected ':'" at the token found instead.
  bool expect_forced(Tok k) {
    if (accept(k)) return true;
    if (at(Tok::Error)) { lexer_error(); return false; }
    const Token& t = tok();
    std::string msg = "expected '";
    msg += token_text(k);
    msg += "'";
    if (minor_ < 10) msg = "invalid syntax";
    error_at("SyntaxError", msg, t.line, t.col, t.end_line, t.end_col);
    return false;
  }

  // ------------------------------------------------------------ errors
  // RawError end columns that CPython reports as literal 0 / -1 (not a position).
  static constexpr int kEndZero = -1000, kEndMinus1 = -1001;
  struct RawError {
    std::string kind, msg;
    int line = 0, col = 0, end_line = 0, end_col = 0;  // 0-based byte cols; -1 = unknown
    bool has_text = false;  // `text` replaces the source line (3.9's errors past the end)
    std::string text;
    bool no_location = false;  // printed as just "SyntaxError: ..." (undecodable source)
  };

  void error_at(const char* kind, std::string msg, int line, int col, int end_line, int end_col) {
    if (failed_) return;
    failed_ = true;
    err_ = RawError{kind, std::move(msg), line, col, end_line, end_col, false, {}};
    from_lexer_ = false;
  }
  void error_node(const char* kind, std::string msg, const Pos& p) {
    error_at(kind, std::move(msg), p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
  }
  void error_range(std::string msg, const Pos& a, const Pos& b) {
    error_at("SyntaxError", std::move(msg), a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }
  // Generic "invalid syntax" at the furthest token fetched.
  void syntax_error_generic() {
    if (failed_) return;
    const Token& t = (*toks_)[furthest_];
    if (t.kind == Tok::Error) { i_ = furthest_; lexer_error(); return; }
    if (t.kind == Tok::Indent) {
      error_at("IndentationError", "unexpected indent", t.line, t.end_col - 1, t.line, kEndMinus1);
      indent_error_ = true;
      return;
    }
    if (t.kind == Tok::Dedent) {
      error_at("IndentationError", "unexpected unindent", t.line, t.col, t.end_line, t.end_col);
      return;
    }
    error_at("SyntaxError", "invalid syntax", t.line, t.col, t.end_line, t.end_col);
  }

  // The tokenizer's own errors (CPython Parser/pegen_errors.c _Pypegen_tokenizer_error).
  void lexer_error() {
    if (failed_ && from_lexer_) return;
    const Token& t = lex_.tokens.back();
    failed_ = true;
    from_lexer_ = true;
    auto set = [&](const char* kind, std::string msg, int line, int col, int el, int ec) {
      err_ = RawError{kind, std::move(msg), line, col, el, ec, false, {}};
    };
    auto line_text = [&](int line) { return line_view(line); };
    switch (t.error) {
      case LexError::UnterminatedString:
        if (minor_ >= 10)
          set("SyntaxError", "unterminated string literal (detected at line " + std::to_string(t.end_line) + ")",
              t.line, t.col, t.line, t.col);
        else
          set("SyntaxError", "EOL while scanning string literal", t.line,
              int(line_text(t.line).size()) - 0, t.line, -1);
        break;
      case LexError::UnterminatedTripleString:
        if (minor_ >= 10)
          set("SyntaxError",
              "unterminated triple-quoted string literal (detected at line " + std::to_string(t.end_line) + ")",
              t.line, t.col, t.line, t.col);
        else
        {
          // 3.9 reading a file reports two lines past the last one, showing the last.
          std::string_view last = line_text(t.end_line);
          set("SyntaxError", "EOF while scanning triple-quoted string literal", t.end_line + 2, int(last.size()),
              t.end_line + 2, -1);
          err_.has_text = true;
          err_.text = std::string(last) + "\n";
        }
        break;
      case LexError::InvalidCharacter: {
        // Decode the code point at the error.
        std::string_view s = src_.substr(t.start);
        uint32_t cp = static_cast<unsigned char>(s[0]);
        int len = 1;
        if (cp >= 0xF0 && s.size() >= 4) { cp = ((cp & 7) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F); len = 4; }
        else if (cp >= 0xE0 && s.size() >= 3) { cp = ((cp & 15) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); len = 3; }
        else if (cp >= 0xC0 && s.size() >= 2) { cp = ((cp & 31) << 6) | (s[1] & 0x3F); len = 2; }
        char buf[64];
        if (cp < 0x20 || cp == 0x7F)
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
        else
          std::snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", len, s.data(), cp);
        // A printable ASCII character ('$', '?') is an unknown OP token to CPython's
        // tokenizer: the parser reports plain "invalid syntax" there.
        bool printable_ascii = cp >= 0x20 && cp < 0x7F;
        set("SyntaxError", (minor_ >= 10 || cp >= 0x80) && !printable_ascii ? buf : "invalid syntax", t.line, t.col,
            t.line, t.col);
        break;
      }
      case LexError::InvalidDecimalLiteral: {
        std::string_view txt = t.text;
        const char* what = "invalid decimal literal";
        if (txt.size() > 1 && txt[0] == '0') {
          char r = txt[1] | 0x20;
          if (r == 'x') what = "invalid hexadecimal literal";
          else if (r == 'o') what = "invalid octal literal";
          else if (r == 'b') what = "invalid binary literal";
        }
        if (minor_ < 10) what = "invalid syntax";
        if (minor_ >= 10) set("SyntaxError", what, t.line, t.col, t.line, t.col);
        else set("SyntaxError", what, t.line, t.end_col - 1, t.line, -1);
        break;
      }
      case LexError::LeadingZero:
        if (minor_ >= 10)
          set("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              t.line, t.col, t.line, t.col + 1);
        else
          set("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              t.line, t.end_col - 1, t.line, kEndMinus1);
        break;
      case LexError::Dedent:
        set("IndentationError", "unindent does not match any outer indentation level", t.line,
            int(line_view(t.line).size()), t.line, kEndMinus1);
        break;
      case LexError::Tab:
        set("TabError", "inconsistent use of tabs and spaces in indentation", t.line, 0, t.line, kEndZero);
        break;
      case LexError::TooDeep:  // no caret: CPython reports offset -1
        set("IndentationError", "too many levels of indentation", t.line, -1, t.line, kEndMinus1);
        break;
      case LexError::EofInContinuation:
        set("SyntaxError", "unexpected EOF while parsing", t.line, t.col, t.line, -1);
        break;
      case LexError::BadContinuation:
        set("SyntaxError", "unexpected character after line continuation character", t.line, t.col + 1, t.line, -1);
        break;
      case LexError::UnclosedParen: {
        std::string m = "'";
        m += src_[lex_.open_offset];
        m += "' was never closed";
        if (minor_ < 10) {
          set("SyntaxError", "unexpected EOF while parsing", t.line, 0, t.line, -1);
          err_.has_text = true;
          err_.text = "\n";
        }
        else set("SyntaxError", m, lex_.open_line, lex_.open_col, lex_.open_line, kEndZero);
        break;
      }
      case LexError::UnmatchedParen: {
        std::string m = "unmatched '";
        m += src_[t.start];
        m += "'";
        set("SyntaxError", m, t.line, t.col, t.line, t.col);
        break;
      }
      case LexError::MismatchedParen: {
        std::string m = "closing parenthesis '";
        m += src_[t.start];
        m += "' does not match opening parenthesis '";
        m += src_[lex_.open_offset];
        m += "'";
        if (lex_.open_line != t.line) m += " on line " + std::to_string(lex_.open_line);
        set("SyntaxError", m, t.line, t.col, t.line, t.col);
        break;
      }
      case LexError::FStringExpectingBrace:
        set("SyntaxError", "f-string: expecting '}'", t.line, t.col, t.line, t.col);
        break;
      case LexError::TooManyParens:
        set("SyntaxError", "too many nested parentheses", t.line, t.col, t.line, t.col + 1);
        break;
      case LexError::NulByte:  // no caret: CPython reports no column
        set("SyntaxError", "source code cannot contain null bytes", t.line, -1, t.line, kEndZero);
        err_.has_text = true;
        err_.text = std::string(cut_at_nul(line_text(t.line))) + "\n";
        break;
      case LexError::NonUtf8: {  // raised while decoding: no location is printed
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02x", unsigned(lex_.bad_byte));
        std::string m = "Non-UTF-8 code starting with '\\x";
        m += buf;
        m += "' in file " + opt_.filename + " on line " + std::to_string(t.line) +
             ", but no encoding declared; see " +
             (minor_ >= 12 ? "https://peps.python.org/pep-0263/" : "https://python.org/dev/peps/pep-0263/") +
             " for details";
        set("SyntaxError", m, 0, 0, 0, 0);
        err_.no_location = true;
        break;
      }
      case LexError::None:
        set("SyntaxError", "invalid syntax", t.line, t.col, t.end_line, t.end_col);
        break;
    }
  }

  static std::string_view cut_at_nul(std::string_view v) {
    size_t z = v.find('\0');
    return z == std::string_view::npos ? v : v.substr(0, z);
  }

  std::string_view line_view(int line) const {
    if (line < 1 || size_t(line) > lex_.line_starts.size()) return {};
    size_t s = lex_.line_starts[line - 1];
    size_t e = size_t(line) < lex_.line_starts.size() ? lex_.line_starts[line] : src_.size();
    std::string_view v = src_.substr(s, e - s);
    if (!v.empty() && v.back() == '\n') v.remove_suffix(1);
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    return v;
  }

  // Parser errors lose to tokenizer errors found later in the file (CPython tokenizes
  // the rest of the source after a parser error: _PyPegen_tokenize_full_source_to_check_for_errors).
  void finish_error() {
    if (err_.kind == "MemoryError") {  // not a SyntaxError: no second pass, no location
      diag_ = Diagnostic{};
      diag_.kind = err_.kind;
      diag_.message = err_.msg;
      diag_.no_location = true;
      return;
    }
    if (!from_lexer_ && minor_ >= 10 && !lex_.tokens.empty() && lex_.tokens.back().kind == Tok::Error) {
      const Token& t = lex_.tokens.back();
      switch (t.error) {
        case LexError::Dedent: case LexError::Tab: case LexError::TooDeep: case LexError::EofInContinuation:
          break;
        case LexError::UnclosedParen:
          // CPython's second pass runs into the end of file inside the bracket.
          if (err_.line > lex_.open_line || (err_.line == lex_.open_line && err_.col > lex_.open_col)) {
            failed_ = false;
            lexer_error();
          }
          break;
        default:
          if (!indent_error_) {
            failed_ = false;
            lexer_error();
          }
          break;
      }
    }
    diag_.kind = err_.kind;
    diag_.message = err_.msg;
    diag_.line = err_.line;
    std::string_view lt = line_view(err_.line);
    // 3.10+ report character offsets; 3.9 reading a file reports byte offsets.
    diag_.col = minor_ >= 10 ? char_offset(lt, err_.col) : err_.col + 1;
    diag_.end_line = err_.end_line;
    diag_.end_col = err_.end_col == kEndMinus1 ? -1
                    : err_.end_col < 0          ? 0
                                                : char_offset(line_view(err_.end_line), err_.end_col);
    diag_.no_location = err_.no_location;
    if (err_.has_text) {
      diag_.text = err_.text;
    } else if (err_.line >= 1 && size_t(err_.line) <= lex_.line_starts.size()) {
      size_t s = lex_.line_starts[err_.line - 1];
      size_t e = size_t(err_.line) < lex_.line_starts.size() ? lex_.line_starts[err_.line] : src_.size();
      diag_.text = std::string(src_.substr(s, e - s));
    }
  }

  // ------------------------------------------------------------ nesting limit
  // CPython's parser gives up past MAXSTACK (6000) nested rule calls:
  // "MemoryError: Parser stack overflowed - Python source too complex to parse"
  // (3.9: a bare MemoryError). This parser counts one level per construct that
  // nests without brackets (unary operator, 'not', conditional expression, elif;
  // two for '**' and lambda, as CPython's rule chain does), calibrated so that
  // `x = ---...-1` fails at the same count of '-' as CPython. Brackets stop at
  // 200 in the lexer and indentation at 100.
  int depth_ = 0;
  struct Nest {
    Parser& p;
    int n;
    Nest(Parser& p, int n = 1) : p(p), n(n) { p.depth_ += n; }
    ~Nest() { p.depth_ -= n; }
    bool over() {
      if (p.depth_ <= (p.minor_ >= 12 ? 5967 : 5968)) return false;
      if (!p.failed_) {
        p.failed_ = true;
        p.from_lexer_ = false;
        p.err_ = RawError{"MemoryError",
                          p.minor_ >= 12 ? "Parser stack overflowed - Python source too complex to parse" : "",
                          0, 0, 0, 0, false, {}};
      }
      return true;
    }
  };

  // ------------------------------------------------------------ node helpers
  template <class T, class... A>
  T* node(A&&... a) {
    return arena_.make<T>(std::forward<A>(a)...);
  }
  static Pos pos_of(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
  static Pos span(const Pos& a, const Pos& b) {
    return {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  }
  Pos from(const Token& start) {  // start token .. previous token
    const Token& e = prev();
    return {start.line, start.col, e.end_line, e.end_col};
  }
  Pos from(const Pos& start) {
    const Token& e = prev();
    return {start.lineno, start.col_offset, e.end_line, e.end_col};
  }
  std::string_view intern(std::string s) {
    std::string* p = arena_.make<std::string>(std::move(s));
    return *p;
  }

#define LS_TRY(x)                  \
  ({                               \
    auto _v = (x);                 \
    if (failed_) return nullptr;   \
    _v;                            \
  })
#define LS_CHECK(x)                \
  do {                             \
    if (!(x) || failed_) return nullptr; \
  } while (0)

  // ------------------------------------------------------------ statements

  // statement: compound_stmt | simple_stmts
  void statement(std::vector<Stmt*>& out) {
    switch (tok().kind) {
      case Tok::KwDef: case Tok::KwIf: case Tok::KwClass: case Tok::KwWith: case Tok::KwFor:
      case Tok::KwTry: case Tok::KwWhile: case Tok::At: {
        Stmt* s = compound_stmt();
        if (s) out.push_back(s);
        return;
      }
      case Tok::KwAsync: {
        Tok n = peek().kind;
        if (n == Tok::KwDef || n == Tok::KwWith || n == Tok::KwFor) {
          Stmt* s = compound_stmt();
          if (s) out.push_back(s);
          return;
        }
        break;
      }
      case Tok::Indent:
        syntax_error_generic_at(i_);
        return;
      case Tok::Error:
        lexer_error();
        return;
      case Tok::Name:
        if (minor_ >= 10 && tok().text == "match" && looks_like_match()) {
          const Token& t = tok();
          error_at("SyntaxError", "loopscope: the match statement is not supported yet", t.line, t.col, t.end_line,
                   t.end_col);
          return;
        }
        break;
      default:
        break;
    }
    simple_stmts(out);
  }

  // `match <subject>:` NEWLINE INDENT `case` (3.10+ soft keywords): the
  // statement is recognised so that it fails with a message naming it.
  bool looks_like_match() {
    size_t j = i_ + 1;
    const auto& ts = *toks_;
    if (j >= ts.size() || ts[j].kind == Tok::Colon || ts[j].kind == Tok::Newline || ts[j].kind == Tok::Equal)
      return false;
    int depth = 0;
    for (; j < ts.size() && ts[j].kind != Tok::Newline && ts[j].kind != Tok::EndMarker; ++j) {
      Tok k = ts[j].kind;
      if (k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace) ++depth;
      else if (k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace) --depth;
      else if (k == Tok::Colon && depth == 0)
        return j + 3 < ts.size() && ts[j + 1].kind == Tok::Newline && ts[j + 2].kind == Tok::Indent &&
               ts[j + 3].kind == Tok::Name && ts[j + 3].text == "case";
    }
    return false;
  }

  void syntax_error_generic_at(size_t idx) {
    furthest_ = idx;
    syntax_error_generic();
  }

  Stmt* compound_stmt() {
    switch (tok().kind) {
      case Tok::At: case Tok::KwDef: return function_or_class_def();
      case Tok::KwClass: return function_or_class_def();
      case Tok::KwIf: return if_stmt();
      case Tok::KwWith: return with_stmt();
      case Tok::KwFor: return for_stmt();
      case Tok::KwTry: return try_stmt();
      case Tok::KwWhile: return while_stmt();
      case Tok::KwAsync: {
        Tok n = peek().kind;
        if (n == Tok::KwDef) return function_or_class_def();
        if (n == Tok::KwWith) return with_stmt();
        return for_stmt();
      }
      default: break;
    }
    syntax_error_generic();
    return nullptr;
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  void simple_stmts(std::vector<Stmt*>& out) {
    while (true) {
      Stmt* s = simple_stmt();
      if (failed_) return;
      out.push_back(s);
      if (accept(Tok::Semi)) {
        if (at(Tok::Newline)) break;
        continue;
      }
      break;
    }
    if (!at(Tok::Newline)) {
      if (at(Tok::Error)) { lexer_error(); return; }
      stmt_trailing_error(out.back());
      return;
    }
    advance();
  }

  // Something follows a complete simple statement: a missing comma, Python 2 print, ...
  void stmt_trailing_error(Stmt* s) {
    const Token& t = tok();
    if (minor_ < 10 && s && s->kind == StmtKind::Expr && as<ExprStmt>(s)->value->kind == ExprKind::Name &&
        (as<Name>(as<ExprStmt>(s)->value)->id == "print" || as<Name>(as<ExprStmt>(s)->value)->id == "exec") &&
        t.kind != Tok::LPar && starts_expression(t.kind)) {
      // 3.9: Objects/exceptions.c _set_legacy_print_statement_msg.
      std::string_view id = as<Name>(as<ExprStmt>(s)->value)->id;
      // The token's column can lie past line_view's text when the line ended in a lone
      // '\r' (the tokenizer's newline, not line_view's): then nothing follows.
      std::string_view line = line_view(t.line);
      std::string_view rest = size_t(t.col) <= line.size() ? line.substr(size_t(t.col)) : std::string_view();
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
      if (!rest.empty() && rest.back() == ';') rest.remove_suffix(1);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
      std::string m = "Missing parentheses in call to '";
      m += id;
      m += "'. Did you mean ";
      m += id;
      m += "(";
      if (id == "print" && !rest.empty() && rest.back() == ',') {
        rest.remove_suffix(1);
        m += rest;
        m += ", end=\" \")?";
      } else {
        m += rest;
        m += ")?";
      }
      if (id == "exec") m = "Missing parentheses in call to 'exec'";
      error_at("SyntaxError", m, t.line, t.col, t.end_line, t.end_col);
      return;
    }
    if (minor_ >= 10 && s && s->kind == StmtKind::Expr) {
      Expr* e = as<ExprStmt>(s)->value;
      // invalid_legacy_expression: NAME !'(' star_expressions
      if (e->kind == ExprKind::Name && (as<Name>(e)->id == "print" || as<Name>(e)->id == "exec") &&
          t.kind != Tok::LPar && starts_expression(t.kind)) {
        size_t save = i_;
        Expr* rest = star_expressions();
        if (!failed_) {
          std::string m = "Missing parentheses in call to '";
          m += as<Name>(e)->id;
          m += "'. Did you mean ";
          m += as<Name>(e)->id;
          m += "(...)?";
          error_range(m, e->pos, rest->pos);
          return;
        }
        failed_ = false;
        i_ = save;
      }
      // invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
      if (starts_expression(t.kind) && !is_keyword_start(t.kind) &&
          !(e->kind == ExprKind::Name && t.kind == Tok::String)) {
        if (comma_hint(e)) return;
      }
    } else if (minor_ >= 10 && s && s->kind == StmtKind::Assign && starts_expression(t.kind) &&
               !is_keyword_start(t.kind)) {
      if (comma_hint(as<Assign>(s)->value)) return;
    }
    syntax_error_generic();
  }

  // "invalid syntax. Perhaps you forgot a comma?" when two expressions are juxtaposed
  // inside brackets; CPython checks the source between them is on one bracket level.
  bool comma_hint(Expr* e) { return false; }

  static bool is_keyword_start(Tok k) {
    return is_keyword(k) && k != Tok::KwNot && k != Tok::KwLambda && k != Tok::KwAwait &&
           k != Tok::KwNone && k != Tok::KwTrue && k != Tok::KwFalse;
  }
  static bool starts_expression(Tok k) {
    switch (k) {
      case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
      case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
      case Tok::KwLambda: case Tok::KwAwait: case Tok::KwNone: case Tok::KwTrue:
      case Tok::KwFalse: case Tok::Ellipsis:
        return true;
      default:
        return false;
    }
  }

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
  //   | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
  //   | global_stmt | nonlocal_stmt
  Stmt* simple_stmt() {
    const Token& t = tok();
    switch (t.kind) {
      case Tok::KwPass: { advance(); auto* s = node<Pass>(); s->pos = pos_of(t); return s; }
      case Tok::KwBreak: { advance(); auto* s = node<Break>(); s->pos = pos_of(t); return s; }
      case Tok::KwContinue: { advance(); auto* s = node<Continue>(); s->pos = pos_of(t); return s; }
      case Tok::KwReturn: return return_stmt();
      case Tok::KwImport: return import_name();
      case Tok::KwFrom: return import_from();
      case Tok::KwRaise: return raise_stmt();
      case Tok::KwDel: return del_stmt();
      case Tok::KwAssert: return assert_stmt();
      case Tok::KwGlobal: case Tok::KwNonlocal: return global_stmt();
      default: return assignment_or_expr();
    }
  }

  // return_stmt: 'return' [star_expressions]
  Stmt* return_stmt() {
    const Token& t = tok();
    advance();
    auto* s = node<Return>();
    if (!at(Tok::Newline) && !at(Tok::Semi)) s->value = LS_TRY(star_expressions());
    s->pos = from(t);
    return s;
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  Stmt* raise_stmt() {
    const Token& t = tok();
    advance();
    auto* s = node<Raise>();
    if (!at(Tok::Newline) && !at(Tok::Semi)) {
      s->exc = LS_TRY(expression());
      if (accept(Tok::KwFrom)) s->cause = LS_TRY(expression());
    }
    s->pos = from(t);
    return s;
  }

  // global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
  Stmt* global_stmt() {
    const Token& t = tok();
    bool global = t.kind == Tok::KwGlobal;
    advance();
    std::vector<std::string_view> names;
    do {
      if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
      names.push_back(tok().text);
      advance();
    } while (accept(Tok::Comma));
    if (global) {
      auto* s = node<Global>();
      s->names = std::move(names);
      s->pos = from(t);
      return s;
    }
    auto* s = node<Nonlocal>();
    s->names = std::move(names);
    s->pos = from(t);
    return s;
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  Stmt* del_stmt() {
    const Token& t = tok();
    advance();
    auto* s = node<Delete>();
    while (true) {
      Expr* e = LS_TRY(bitwise_or_or_star(false));
      if (Expr* bad = invalid_target(e, TargetsType::Del)) {
        error_node("SyntaxError", std::string("cannot delete ") + expr_name(bad), bad->pos);
        return nullptr;
      }
      set_ctx(e, ExprContext::Del);
      s->targets.push_back(e);
      if (!accept(Tok::Comma)) break;
      if (at(Tok::Newline) || at(Tok::Semi)) break;
    }
    s->pos = from(t);
    return s;
  }

  // assert_stmt: 'assert' expression [',' expression]
  Stmt* assert_stmt() {
    const Token& t = tok();
    advance();
    auto* s = node<Assert>();
    s->test = LS_TRY(expression());
    if (accept(Tok::Comma)) s->msg = LS_TRY(expression());
    s->pos = from(t);
    return s;
  }

  // dotted_name: dotted_name '.' NAME | NAME
  std::string_view dotted_name() {
    if (!at(Tok::Name)) { syntax_error_generic(); return {}; }
    uint32_t s = tok().start, e = tok().end;
    advance();
    bool plain = true;
    while (at(Tok::Dot) && peek().kind == Tok::Name) {
      advance();
      if (tok().start != e + 1 || prev().start != e) plain = false;
      e = tok().end;
      advance();
    }
    if (plain) return src_.substr(s, e - s);
    // Whitespace around the dots: rebuild "a.b.c".
    std::string r;
    for (size_t j = 0; j < toks_->size(); ++j) {
      const Token& k = (*toks_)[j];
      if (k.start >= s && k.end <= e) r += k.text;
    }
    return intern(std::move(r));
  }

  // import_name: 'import' dotted_as_names
  // dotted_as_name: dotted_name ['as' NAME]
  Stmt* import_name() {
    const Token& t = tok();
    advance();
    auto* s = node<Import>();
    do {
      const Token& a = tok();
      auto* al = node<Alias>();
      al->name = dotted_name();
      if (failed_) return nullptr;
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
        al->asname = tok().text;
        advance();
      }
      al->pos = from(a);
      s->names.push_back(al);
    } while (accept(Tok::Comma));
    s->pos = from(t);
    return s;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  Stmt* import_from() {
    const Token& t = tok();
    advance();
    auto* s = node<ImportFrom>();
    while (at(Tok::Dot) || at(Tok::Ellipsis)) {
      s->level += at(Tok::Dot) ? 1 : 3;
      advance();
    }
    if (!at(Tok::KwImport)) {
      s->module = dotted_name();
      if (failed_) return nullptr;
    } else if (s->level == 0) {
      syntax_error_generic();
      return nullptr;
    }
    if (!expect(Tok::KwImport)) return nullptr;
    if (at(Tok::Star)) {
      auto* al = node<Alias>();
      al->name = "*";
      al->pos = pos_of(tok());
      advance();
      s->names.push_back(al);
      s->pos = from(t);
      return s;
    }
    bool paren = accept(Tok::LPar);
    while (true) {
      if (!at(Tok::Name)) {
        if (minor_ >= 13 && !paren && at(Tok::Newline) && s->names.empty()) {
          error_at("SyntaxError", "Expected one or more names after 'import'", prev().line, prev().col,
                   prev().end_line, prev().end_col);
          return nullptr;
        }
        syntax_error_generic();
        return nullptr;
      }
      const Token& a = tok();
      auto* al = node<Alias>();
      al->name = a.text;
      advance();
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
        al->asname = tok().text;
        advance();
      }
      al->pos = from(a);
      s->names.push_back(al);
      if (!accept(Tok::Comma)) break;
      if (paren && at(Tok::RPar)) break;
      if (!paren && (at(Tok::Newline) || at(Tok::Semi))) {
        if (minor_ >= 10) {
          const Token& c = prev();
          error_at("SyntaxError", "trailing comma not allowed without surrounding parentheses", c.line, c.col,
                   c.end_line, c.end_col);
        } else {
          syntax_error_generic();
        }
        return nullptr;
      }
    }
    if (paren && !expect(Tok::RPar)) return nullptr;
    s->pos = from(t);
    return s;
  }

  static bool is_augassign(Tok k) {
    switch (k) {
      case Tok::PlusEqual: case Tok::MinEqual: case Tok::StarEqual: case Tok::SlashEqual:
      case Tok::PercentEqual: case Tok::AmperEqual: case Tok::VBarEqual: case Tok::CircumflexEqual:
      case Tok::LeftShiftEqual: case Tok::RightShiftEqual: case Tok::DoubleStarEqual:
      case Tok::DoubleSlashEqual: case Tok::AtEqual:
        return true;
      default:
        return false;
    }
  }
  static Operator aug_op(Tok k) {
    switch (k) {
      case Tok::PlusEqual: return Operator::Add;
      case Tok::MinEqual: return Operator::Sub;
      case Tok::StarEqual: return Operator::Mult;
      case Tok::SlashEqual: return Operator::Div;
      case Tok::PercentEqual: return Operator::Mod;
      case Tok::AmperEqual: return Operator::BitAnd;
      case Tok::VBarEqual: return Operator::BitOr;
      case Tok::CircumflexEqual: return Operator::BitXor;
      case Tok::LeftShiftEqual: return Operator::LShift;
      case Tok::RightShiftEqual: return Operator::RShift;
      case Tok::DoubleStarEqual: return Operator::Pow;
      case Tok::DoubleSlashEqual: return Operator::FloorDiv;
      default: return Operator::MatMult;
    }
  }

  // assignment:
  //   | NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //   | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions (an expression statement) otherwise.
  Stmt* assignment_or_expr() {
    const Token& t = tok();
    bool starts_paren = t.kind == Tok::LPar;
    Expr* first = LS_TRY(at(Tok::KwYield) ? yield_expr() : star_expressions());
    if (at(Tok::Colon)) {
      // annotated assignment
      if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
          first->kind != ExprKind::Subscript) {
        if (minor_ >= 10) {
          if (first->kind == ExprKind::Tuple)
            error_node("SyntaxError", "only single target (not tuple) can be annotated", first->pos);
          else if (first->kind == ExprKind::List)
            error_node("SyntaxError", "only single target (not list) can be annotated", first->pos);
          else
            error_node("SyntaxError", "illegal target for annotation", first->pos);
        } else {
          syntax_error_generic();
        }
        return nullptr;
      }
      advance();
      auto* s = node<AnnAssign>();
      set_ctx(first, ExprContext::Store);
      s->target = first;
      s->simple = first->kind == ExprKind::Name && !starts_paren;
      s->annotation = LS_TRY(expression());
      if (accept(Tok::Equal)) s->value = LS_TRY(at(Tok::KwYield) ? yield_expr() : star_expressions());
      s->pos = from(t);
      return s;
    }
    if (is_augassign(tok().kind)) {
      if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
          first->kind != ExprKind::Subscript) {
        error_node("SyntaxError",
                   std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment",
                   first->pos);
        return nullptr;
      }
      Operator op = aug_op(tok().kind);
      advance();
      auto* s = node<AugAssign>();
      set_ctx(first, ExprContext::Store);
      s->target = first;
      s->op = op;
      s->value = LS_TRY(at(Tok::KwYield) ? yield_expr() : star_expressions());
      s->pos = from(t);
      return s;
    }
    if (at(Tok::Equal)) {
      auto* s = node<Assign>();
      Expr* cur = first;
      while (accept(Tok::Equal)) {
        if (!check_assign_target(cur)) return nullptr;
        s->targets.push_back(cur);
        cur = LS_TRY(at(Tok::KwYield) ? yield_expr() : star_expressions());
      }
      s->value = cur;
      s->pos = from(t);
      return s;
    }
    if (first->kind == ExprKind::Starred) {
      if (minor_ >= 10)
        error_node("SyntaxError", "can't use starred expression here", first->pos);
      else
        syntax_error_generic();
      return nullptr;
    }
    auto* s = node<ExprStmt>();
    s->value = first;
    s->pos = first->pos;
    return s;
  }

  bool check_assign_target(Expr* e) {
    if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) {
      error_node("SyntaxError", minor_ >= 10 ? "assignment to yield expression not possible"
                                             : "cannot assign to yield expression", e->pos);
      return false;
    }
    if (Expr* bad = invalid_target(e, TargetsType::Star)) {
      std::string m = "cannot assign to ";
      m += expr_name(bad);
      // invalid_named_expression's hint skips targets starting with True/None/False.
      if (minor_ >= 10 && bad == e && e->kind != ExprKind::Tuple &&
          !(e->kind == ExprKind::Constant && as<Constant>(e)->ckind <= ConstKind::False))
        m += " here. Maybe you meant '==' instead of '='?";
      if (minor_ < 10 && bad->kind == ExprKind::Constant && as<Constant>(bad)->ckind <= ConstKind::Ellipsis)
        m = std::string("cannot assign to ") + expr_name(bad);
      error_node("SyntaxError", m, bad->pos);
      return false;
    }
    if (e->kind == ExprKind::Starred) {
      error_node("SyntaxError", "starred assignment target must be in a list or tuple", e->pos);
      return false;
    }
    set_ctx(e, ExprContext::Store);
    return true;
  }

  // _PyPegen_get_invalid_target
  Expr* invalid_target(Expr* e, TargetsType type) {
    switch (e->kind) {
      case ExprKind::List: case ExprKind::Tuple:
        for (Expr* x : as<Sequence>(e)->elts)
          if (Expr* b = invalid_target(x, type)) return b;
        return nullptr;
      case ExprKind::Starred:
        if (type == TargetsType::Del) return e;
        return invalid_target(as<Starred>(e)->value, type);
      case ExprKind::Compare:
        if (type == TargetsType::For) {
          auto* c = as<Compare>(e);
          if (c->ops[0] == CmpOp::In) return invalid_target(c->left, type);
          return nullptr;
        }
        return e;
      case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
        return nullptr;
      default:
        return e;
    }
  }

  void set_ctx(Expr* e, ExprContext ctx) {
    switch (e->kind) {
      case ExprKind::Name: as<Name>(e)->ctx = ctx; break;
      case ExprKind::Attribute: as<Attribute>(e)->ctx = ctx; break;
      case ExprKind::Subscript: as<Subscript>(e)->ctx = ctx; break;
      case ExprKind::Starred: as<Starred>(e)->ctx = ctx; set_ctx(as<Starred>(e)->value, ctx); break;
      case ExprKind::List: case ExprKind::Tuple:
        as<Sequence>(e)->ctx = ctx;
        for (Expr* x : as<Sequence>(e)->elts) set_ctx(x, ctx);
        break;
      default: break;
    }
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  // `what` names the construct for "expected an indented block after ...".
  bool block(std::vector<Stmt*>& out, const char* what, int line) {
    if (at(Tok::Newline)) {
      advance();
      if (!at(Tok::Indent)) {
        if (at(Tok::Error)) { lexer_error(); return false; }
        const Token& t = tok();
        std::string m = "expected an indented block";
        if (minor_ >= 10) m += std::string(" after ") + what + " on line " + std::to_string(line);
        error_at("IndentationError", m, t.line, t.col, t.end_line, t.end_col);
        indent_error_ = true;
        return false;
      }
      advance();
      while (!failed_ && !at(Tok::Dedent) && !at(Tok::EndMarker)) statement(out);
      if (failed_) return false;
      accept(Tok::Dedent);
      return true;
    }
    if (at(Tok::Error)) { lexer_error(); return false; }
    simple_stmts(out);
    return !failed_;
  }
  Pos end_of(const std::vector<Stmt*>& body, const Pos& fallback) {
    return body.empty() ? fallback : body.back()->pos;
  }

  // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
  // elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  Stmt* if_stmt() {
    const Token& t = tok();
    bool elif = t.kind == Tok::KwElif;
    advance();
    auto* s = node<If>();
    s->test = LS_TRY(named_expression_cond());
    LS_CHECK(expect_forced(Tok::Colon));
    LS_CHECK(block(s->body, elif ? "'elif' statement" : "'if' statement", t.line));
    Pos end = end_of(s->body, pos_of(t));
    if (at(Tok::KwElif)) {
      Nest nest(*this);
      if (nest.over()) return nullptr;
      Stmt* e = LS_TRY(if_stmt());
      s->orelse.push_back(e);
      end = e->pos;
    } else if (at(Tok::KwElse)) {
      const Token& el = tok();
      advance();
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(s->orelse, "'else' statement", el.line));
      end = end_of(s->orelse, end);
    }
    s->pos = span(pos_of(t), end);
    return s;
  }

  // A condition: named_expression, with CPython's hint for `if x = 1:`.
  Expr* named_expression_cond() {
    Expr* e = LS_TRY(named_expression());
    if (at(Tok::Equal) && minor_ >= 10) {
      size_t save = i_;
      advance();
      Expr* rhs = bitwise_or();
      if (!failed_ && !at(Tok::Equal) && !at(Tok::ColonEqual)) {
        if (e->kind == ExprKind::Name) {
          error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e->pos, rhs->pos);
        } else if (e->kind != ExprKind::List && e->kind != ExprKind::Tuple && e->kind != ExprKind::GeneratorExp &&
                   !(e->kind == ExprKind::Constant && as<Constant>(e)->ckind <= ConstKind::False)) {
          error_node("SyntaxError",
                     std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
                     e->pos);
        }
        return nullptr;
      }
      failed_ = false;
      i_ = save;
    }
    return e;
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  Stmt* while_stmt() {
    const Token& t = tok();
    advance();
    auto* s = node<While>();
    s->test = LS_TRY(named_expression_cond());
    LS_CHECK(expect_forced(Tok::Colon));
    LS_CHECK(block(s->body, "'while' statement", t.line));
    Pos end = end_of(s->body, pos_of(t));
    if (at(Tok::KwElse)) {
      const Token& el = tok();
      advance();
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(s->orelse, "'else' statement", el.line));
      end = end_of(s->orelse, end);
    }
    s->pos = span(pos_of(t), end);
    return s;
  }

  // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
  Stmt* for_stmt() {
    const Token& t = tok();
    bool is_async = accept(Tok::KwAsync);
    advance();  // 'for'
    auto* s = node<For>(is_async ? StmtKind::AsyncFor : StmtKind::For);
    s->target = LS_TRY(star_targets());
    if (!at(Tok::KwIn)) { syntax_error_generic(); return nullptr; }
    advance();
    s->iter = LS_TRY(star_expressions());
    LS_CHECK(expect_forced(Tok::Colon));
    LS_CHECK(block(s->body, "'for' statement", t.line));
    Pos end = end_of(s->body, pos_of(t));
    if (at(Tok::KwElse)) {
      const Token& el = tok();
      advance();
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(s->orelse, "'else' statement", el.line));
      end = end_of(s->orelse, end);
    }
    s->pos = span(pos_of(t), end);
    return s;
  }

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  // (parsed as bitwise_or-level expressions so that `in` ends the target list)
  Expr* star_targets() {
    const Token& t = tok();
    Expr* e = LS_TRY(bitwise_or_or_star(true));
    if (!at(Tok::Comma)) {
      if (Expr* bad = invalid_target(e, TargetsType::For)) {
        error_node("SyntaxError", std::string("cannot assign to ") + expr_name(bad), bad->pos);
        return nullptr;
      }
      set_ctx(e, ExprContext::Store);
      return e;
    }
    auto* tup = node<Sequence>(ExprKind::Tuple);
    tup->elts.push_back(e);
    while (accept(Tok::Comma)) {
      if (at(Tok::KwIn) || at(Tok::Equal)) break;
      tup->elts.push_back(LS_TRY(bitwise_or_or_star(true)));
    }
    tup->pos = from(t);
    if (Expr* bad = invalid_target(tup, TargetsType::For)) {
      error_node("SyntaxError", std::string("cannot assign to ") + expr_name(bad), bad->pos);
      return nullptr;
    }
    set_ctx(tup, ExprContext::Store);
    return tup;
  }

  Expr* bitwise_or_or_star(bool allow_star) {
    if (allow_star && at(Tok::Star)) {
      const Token& t = tok();
      advance();
      auto* s = node<Starred>();
      s->value = LS_TRY(bitwise_or());
      s->pos = from(t);
      return s;
    }
    return bitwise_or();
  }

  // with_stmt:
  //   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
  //   | ['async'] 'with' ','.with_item+ ':' block
  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  Stmt* with_stmt() {
    const Token& t = tok();
    bool is_async = accept(Tok::KwAsync);
    advance();  // 'with'
    auto* s = node<With>(is_async ? StmtKind::AsyncWith : StmtKind::With);
    bool done = false;
    if (at(Tok::LPar)) {
      // Try the parenthesised form; fall back to an expression starting with '('.
      size_t save = i_;
      advance();
      std::vector<WithItem*> items;
      bool ok = true;
      while (true) {
        WithItem* it = with_item();
        if (failed_) { ok = false; break; }
        items.push_back(it);
        if (accept(Tok::Comma)) {
          if (at(Tok::RPar)) break;
          continue;
        }
        break;
      }
      if (ok && accept(Tok::RPar) && at(Tok::Colon)) {
        s->items = std::move(items);
        done = true;
      } else {
        failed_ = false;
        i_ = save;
      }
    }
    if (!done) {
      do {
        WithItem* it = with_item();
        if (failed_) return nullptr;
        s->items.push_back(it);
      } while (accept(Tok::Comma));
    }
    LS_CHECK(expect_forced(Tok::Colon));
    LS_CHECK(block(s->body, "'with' statement", t.line));
    s->pos = span(pos_of(t), end_of(s->body, pos_of(t)));
    return s;
  }
  WithItem* with_item() {
    auto* it = node<WithItem>();
    it->context_expr = LS_TRY(expression());
    if (accept(Tok::KwAs)) {
      Expr* target = LS_TRY(bitwise_or_or_star(true));
      if (Expr* bad = invalid_target(target, TargetsType::Star)) {
        error_node("SyntaxError", std::string("cannot assign to ") + expr_name(bad), bad->pos);
        return nullptr;
      }
      set_ctx(target, ExprContext::Store);
      it->optional_vars = target;
    }
    return it;
  }

  // try_stmt:
  //   | 'try' ':' block finally_block
  //   | 'try' ':' block except_block+ [else_block] [finally_block]
  //   | 'try' ':' block except_star_block+ [else_block] [finally_block]
  // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
  Stmt* try_stmt() {
    const Token& t = tok();
    advance();
    LS_CHECK(expect_forced(Tok::Colon));
    auto* s = node<Try>(StmtKind::Try);
    LS_CHECK(block(s->body, "'try' statement", t.line));
    Pos end = end_of(s->body, pos_of(t));
    bool star_seen = false, plain_seen = false;
    while (at(Tok::KwExcept)) {
      const Token& e = tok();
      advance();
      bool star = false;
      if (at(Tok::Star)) {
        if (minor_ < 11) { syntax_error_generic(); return nullptr; }
        star = true;
        advance();
      }
      if (star ? plain_seen : star_seen) {
        error_at("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", e.line, e.col,
                 e.end_line, e.end_col);
        return nullptr;
      }
      (star ? star_seen : plain_seen) = true;
      auto* h = node<ExceptHandler>();
      if (!at(Tok::Colon)) {
        h->type = LS_TRY(expression());
        if (at(Tok::Comma) && minor_ >= 10) {
          // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME ] ':'
          size_t save = i_;
          advance();
          Expr* last = expression();
          while (!failed_ && accept(Tok::Comma)) last = expression();
          if (!failed_) {
            if (accept(Tok::KwAs)) accept(Tok::Name);
            if (at(Tok::Colon)) {
              error_range("multiple exception types must be parenthesized", h->type->pos, last->pos);
              return nullptr;
            }
          }
          failed_ = false;
          i_ = save;
        }
        if (accept(Tok::KwAs)) {
          if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
          h->name = tok().text;
          advance();
        }
      } else if (star) {
        error_at("SyntaxError", "expected one or more exception types", tok().line, tok().col, tok().end_line,
                 tok().end_col);
        return nullptr;
      }
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(h->body, star ? "'except*' statement" : "'except' statement", e.line));
      h->pos = span(pos_of(e), end_of(h->body, pos_of(e)));
      end = h->pos;
      s->handlers.push_back(h);
    }
    if (star_seen) s->kind = StmtKind::TryStar;
    if (!s->handlers.empty() && at(Tok::KwElse)) {
      const Token& el = tok();
      advance();
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(s->orelse, "'else' statement", el.line));
      end = end_of(s->orelse, end);
    }
    if (at(Tok::KwFinally)) {
      const Token& f = tok();
      advance();
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(s->finalbody, "'finally' statement", f.line));
      end = end_of(s->finalbody, end);
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
      if (minor_ >= 10) {
        const Token& k = tok();
        error_at("SyntaxError", "expected 'except' or 'finally' block", k.line, k.col, k.end_line, k.end_col);
      } else {
        syntax_error_generic();
      }
      return nullptr;
    }
    s->pos = span(pos_of(t), end);
    return s;
  }

  // decorators: ('@' named_expression NEWLINE)+
  // function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  Stmt* function_or_class_def() {
    std::vector<Expr*> decorators;
    while (at(Tok::At)) {
      advance();
      decorators.push_back(LS_TRY(named_expression()));
      if (!at(Tok::Newline)) { syntax_error_generic(); return nullptr; }
      advance();
    }
    const Token& t = tok();
    if (t.kind == Tok::KwClass) {
      advance();
      auto* c = node<ClassDef>();
      c->decorator_list = std::move(decorators);
      if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
      c->name = tok().text;
      advance();
      if (accept(Tok::LPar)) {
        if (!at(Tok::RPar)) LS_CHECK(arguments(c->bases, c->keywords, nullptr));
        if (!expect(Tok::RPar)) return nullptr;
      }
      LS_CHECK(expect_forced(Tok::Colon));
      LS_CHECK(block(c->body, "class definition", t.line));
      c->pos = span(pos_of(t), end_of(c->body, pos_of(t)));
      return c;
    }
    bool is_async = accept(Tok::KwAsync);
    if (!at(Tok::KwDef)) { syntax_error_generic(); return nullptr; }
    advance();
    auto* f = node<FunctionDef>(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef);
    f->decorator_list = std::move(decorators);
    if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
    f->name = tok().text;
    advance();
    if (minor_ >= 12) {
      LS_CHECK(expect_forced(Tok::LPar));
    } else if (!expect(Tok::LPar)) {
      return nullptr;
    }
    f->args = LS_TRY(parameters(Tok::RPar, false));
    if (!expect(Tok::RPar)) return nullptr;
    if (accept(Tok::RArrow)) f->returns = LS_TRY(expression());
    LS_CHECK(expect_forced(Tok::Colon));
    LS_CHECK(block(f->body, "function definition", t.line));
    f->pos = span(pos_of(t), end_of(f->body, pos_of(t)));
    return f;
  }

  // params / lambda_params: slash_no_default, slash_with_default, param_no_default,
  //   param_with_default, star_etc ('*' [param] (',' param_maybe_default)* [kwds] | kwds)
  Arguments* parameters(Tok closing, bool is_lambda) {
    auto* a = node<Arguments>();
    bool seen_star = false, seen_default = false;
    while (!at(closing)) {
      const Token& t = tok();
      if (at(Tok::Slash)) {
        if (seen_star || !a->posonlyargs.empty() || a->args.empty()) {
          if (minor_ >= 10 && a->args.empty() && a->posonlyargs.empty())
            error_at("SyntaxError", "at least one argument must precede /", t.line, t.col, t.end_line, t.end_col);
          else if (minor_ >= 10 && !a->posonlyargs.empty())
            error_at("SyntaxError", "/ may appear only once", t.line, t.col, t.end_line, t.end_col);
          else if (minor_ >= 10)
            error_at("SyntaxError", "/ must be ahead of *", t.line, t.col, t.end_line, t.end_col);
          else
            syntax_error_generic();
          return nullptr;
        }
        advance();
        a->posonlyargs = std::move(a->args);
        a->args.clear();
      } else if (at(Tok::DoubleStar)) {
        advance();
        a->kwarg = LS_TRY(param(is_lambda));
        if (at(Tok::Equal)) {
          if (minor_ >= 10) {
            const Token& e = tok();
            error_at("SyntaxError", "var-keyword argument cannot have default value", e.line, e.col, e.end_line,
                     e.end_col);
          } else {
            syntax_error_generic();
          }
          return nullptr;
        }
        accept(Tok::Comma);
        if (!at(closing)) {
          if (minor_ >= 10) {
            const Token& e = tok();
            error_at("SyntaxError", "arguments cannot follow var-keyword argument", e.line, e.col, e.end_line,
                     e.end_col);
          } else {
            syntax_error_generic();
          }
          return nullptr;
        }
        break;
      } else if (at(Tok::Star)) {
        if (seen_star) {
          if (minor_ >= 10) error_at("SyntaxError", "* argument may appear only once", t.line, t.col, t.end_line, t.end_col);
          else syntax_error_generic();
          return nullptr;
        }
        seen_star = true;
        advance();
        if (at(Tok::Name)) {
          a->vararg = LS_TRY(param(is_lambda));
        } else if (at(closing) || (at(Tok::Comma) && peek().kind == closing)) {
          if (minor_ >= 10) error_at("SyntaxError", "named arguments must follow bare *", t.line, t.col, t.end_line, t.end_col);
          else error_at("SyntaxError", "named arguments must follow bare *", tok().line, tok().col, tok().line, kEndMinus1);
          return nullptr;
        }
      } else if (at(Tok::Name)) {
        Arg* p = LS_TRY(param(is_lambda));
        Expr* def = nullptr;
        if (accept(Tok::Equal)) def = LS_TRY(expression());
        if (seen_star) {
          a->kwonlyargs.push_back(p);
          a->kw_defaults.push_back(def);
        } else {
          if (def) {
            seen_default = true;
            a->defaults.push_back(def);
          } else if (seen_default) {
            if (minor_ >= 12)
              error_node("SyntaxError", "parameter without a default follows parameter with a default", p->pos);
            else if (minor_ >= 10)
              error_node("SyntaxError", "non-default argument follows default argument", p->pos);
            else
              error_at("SyntaxError", "non-default argument follows default argument", tok().line, tok().col,
                       tok().line, kEndMinus1);
            return nullptr;
          }
          a->args.push_back(p);
        }
      } else {
        syntax_error_generic();
        return nullptr;
      }
      if (!accept(Tok::Comma)) break;
    }
    if (seen_star && !a->vararg && a->kwonlyargs.empty()) {
      syntax_error_generic();
      return nullptr;
    }
    return a;
  }
  // param: NAME annotation?
  Arg* param(bool is_lambda) {
    if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
    const Token& t = tok();
    auto* p = node<Arg>();
    p->arg = t.text;
    advance();
    if (!is_lambda && accept(Tok::Colon)) p->annotation = LS_TRY(expression());
    p->pos = from(t);
    return p;
  }

  // ------------------------------------------------------------ expressions

  // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  Expr* star_expressions() {
    const Token& t = tok();
    Expr* e = LS_TRY(star_expression());
    if (!at(Tok::Comma)) return e;
    auto* tup = node<Sequence>(ExprKind::Tuple);
    tup->elts.push_back(e);
    while (accept(Tok::Comma)) {
      if (!starts_star_expression(tok().kind)) break;
      tup->elts.push_back(LS_TRY(star_expression()));
    }
    tup->pos = from(t);
    return tup;
  }
  static bool starts_star_expression(Tok k) {
    return k == Tok::Star || k == Tok::KwYield || starts_expression(k);
  }
  // star_expression: '*' bitwise_or | expression
  Expr* star_expression() {
    if (at(Tok::Star)) return bitwise_or_or_star(true);
    return expression();
  }
  // star_named_expression: '*' bitwise_or | named_expression
  Expr* star_named_expression() {
    if (at(Tok::Star)) return bitwise_or_or_star(true);
    return named_expression();
  }

  // named_expression: assignment_expression | expression !':='
  // assignment_expression: NAME ':=' ~ expression
  Expr* named_expression() {
    if (at(Tok::Name) && peek().kind == Tok::ColonEqual) {
      const Token& t = tok();
      auto* n = node<Name>();
      n->id = t.text;
      n->ctx = ExprContext::Store;
      n->pos = pos_of(t);
      advance();
      advance();
      auto* ne = node<NamedExpr>();
      ne->target = n;
      ne->value = LS_TRY(expression());
      ne->pos = from(t);
      return ne;
    }
    Expr* e = LS_TRY(expression());
    if (at(Tok::ColonEqual)) {
      error_node("SyntaxError", std::string("cannot use assignment expressions with ") + expr_name(e), e->pos);
      return nullptr;
    }
    return e;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  Expr* expression() {
    Nest nest(*this);
    if (nest.over()) return nullptr;
    if (at(Tok::KwLambda)) return lambdef();
    const Token& t = tok();
    Expr* body = LS_TRY(disjunction());
    if (!at(Tok::KwIf)) return body;
    advance();
    auto* e = node<IfExp>();
    e->body = body;
    e->test = LS_TRY(disjunction());
    if (!at(Tok::KwElse)) {
      if (minor_ >= 12 && !failed_) {
        // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
        if (!at(Tok::Colon)) {
          error_range("expected 'else' after 'if' expression", body->pos, e->test->pos);
          return nullptr;
        }
      }
      syntax_error_generic();
      return nullptr;
    }
    advance();
    e->orelse = LS_TRY(expression());
    e->pos = from(t);
    return e;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  Expr* lambdef() {
    Nest nest(*this);
    if (nest.over()) return nullptr;
    const Token& t = tok();
    advance();
    auto* l = node<Lambda>();
    l->args = LS_TRY(parameters(Tok::Colon, true));
    if (!expect(Tok::Colon)) return nullptr;
    l->body = LS_TRY(expression());
    l->pos = from(t);
    return l;
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  Expr* disjunction() {
    const Token& t = tok();
    Expr* e = LS_TRY(conjunction());
    if (!at(Tok::KwOr)) return e;
    auto* b = node<BoolOp>();
    b->op = BoolOpKind::Or;
    b->values.push_back(e);
    while (accept(Tok::KwOr)) b->values.push_back(LS_TRY(conjunction()));
    b->pos = from(t);
    return b;
  }
  // conjunction: inversion ('and' inversion)+ | inversion
  Expr* conjunction() {
    const Token& t = tok();
    Expr* e = LS_TRY(inversion());
    if (!at(Tok::KwAnd)) return e;
    auto* b = node<BoolOp>();
    b->op = BoolOpKind::And;
    b->values.push_back(e);
    while (accept(Tok::KwAnd)) b->values.push_back(LS_TRY(inversion()));
    b->pos = from(t);
    return b;
  }
  // inversion: 'not' inversion | comparison
  Expr* inversion() {
    if (at(Tok::KwNot)) {
      Nest nest(*this);
      if (nest.over()) return nullptr;
      const Token& t = tok();
      advance();
      auto* u = node<UnaryOp>();
      u->op = UnaryOpKind::Not;
      u->operand = LS_TRY(inversion());
      u->pos = from(t);
      return u;
    }
    return comparison();
  }
  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  Expr* comparison() {
    const Token& t = tok();
    Expr* e = LS_TRY(bitwise_or());
    Compare* c = nullptr;
    while (true) {
      CmpOp op;
      switch (tok().kind) {
        case Tok::EqEqual: op = CmpOp::Eq; break;
        case Tok::NotEqual:
          if (tok().text == "<>") { syntax_error_generic(); return nullptr; }
          op = CmpOp::NotEq;
          break;
        case Tok::Less: op = CmpOp::Lt; break;
        case Tok::LessEqual: op = CmpOp::LtE; break;
        case Tok::Greater: op = CmpOp::Gt; break;
        case Tok::GreaterEqual: op = CmpOp::GtE; break;
        case Tok::KwIn: op = CmpOp::In; break;
        case Tok::KwIs:
          op = CmpOp::Is;
          if (peek().kind == Tok::KwNot) { advance(); op = CmpOp::IsNot; }
          break;
        case Tok::KwNot:
          if (peek().kind != Tok::KwIn) goto done;
          advance();
          op = CmpOp::NotIn;
          break;
        default:
          goto done;
      }
      advance();
      if (!c) {
        c = node<Compare>();
        c->left = e;
      }
      c->ops.push_back(op);
      c->comparators.push_back(LS_TRY(bitwise_or()));
    }
  done:
    if (!c) return e;
    c->pos = from(t);
    return c;
  }

  Expr* binop(Expr* l, Operator op, Expr* r, const Token& start) {
    auto* b = node<BinOp>();
    b->left = l;
    b->op = op;
    b->right = r;
    b->pos = from(start);
    return b;
  }
  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  Expr* bitwise_or() {
    const Token& t = tok();
    Expr* e = LS_TRY(bitwise_xor());
    while (accept(Tok::VBar)) e = binop(e, Operator::BitOr, LS_TRY(bitwise_xor()), t);
    return e;
  }
  // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  Expr* bitwise_xor() {
    const Token& t = tok();
    Expr* e = LS_TRY(bitwise_and());
    while (accept(Tok::Circumflex)) e = binop(e, Operator::BitXor, LS_TRY(bitwise_and()), t);
    return e;
  }
  // bitwise_and: bitwise_and '&' shift_expr | shift_expr
  Expr* bitwise_and() {
    const Token& t = tok();
    Expr* e = LS_TRY(shift_expr());
    while (accept(Tok::Amper)) e = binop(e, Operator::BitAnd, LS_TRY(shift_expr()), t);
    return e;
  }
  // shift_expr: shift_expr ('<<' | '>>') sum | sum
  Expr* shift_expr() {
    const Token& t = tok();
    Expr* e = LS_TRY(sum());
    while (true) {
      Operator op;
      if (at(Tok::LeftShift)) op = Operator::LShift;
      else if (at(Tok::RightShift)) op = Operator::RShift;
      else return e;
      advance();
      e = binop(e, op, LS_TRY(sum()), t);
    }
  }
  // sum: sum ('+' | '-') term | term
  Expr* sum() {
    const Token& t = tok();
    Expr* e = LS_TRY(term());
    while (true) {
      Operator op;
      if (at(Tok::Plus)) op = Operator::Add;
      else if (at(Tok::Minus)) op = Operator::Sub;
      else return e;
      advance();
      e = binop(e, op, LS_TRY(term()), t);
    }
  }
  // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
  Expr* term() {
    const Token& t = tok();
    Expr* e = LS_TRY(factor());
    while (true) {
      Operator op;
      switch (tok().kind) {
        case Tok::Star: op = Operator::Mult; break;
        case Tok::Slash: op = Operator::Div; break;
        case Tok::DoubleSlash: op = Operator::FloorDiv; break;
        case Tok::Percent: op = Operator::Mod; break;
        case Tok::At: op = Operator::MatMult; break;
        default: return e;
      }
      advance();
      e = binop(e, op, LS_TRY(factor()), t);
    }
  }
  // factor: '+' factor | '-' factor | '~' factor | power
  Expr* factor() {
    UnaryOpKind op;
    switch (tok().kind) {
      case Tok::Plus: op = UnaryOpKind::UAdd; break;
      case Tok::Minus: op = UnaryOpKind::USub; break;
      case Tok::Tilde: op = UnaryOpKind::Invert; break;
      default: return power();
    }
    Nest nest(*this);
    if (nest.over()) return nullptr;
    const Token& t = tok();
    advance();
    auto* u = node<UnaryOp>();
    u->op = op;
    u->operand = LS_TRY(factor());
    u->pos = from(t);
    return u;
  }
  // power: await_primary '**' factor | await_primary
  Expr* power() {
    const Token& t = tok();
    Expr* e = LS_TRY(await_primary());
    if (accept(Tok::DoubleStar)) {
      Nest nest(*this, 2);
      if (nest.over()) return nullptr;
      return binop(e, Operator::Pow, LS_TRY(factor()), t);
    }
    return e;
  }
  // await_primary: AWAIT primary | primary
  Expr* await_primary() {
    if (at(Tok::KwAwait)) {
      const Token& t = tok();
      advance();
      auto* a = node<Await>();
      a->value = LS_TRY(primary());
      a->pos = from(t);
      return a;
    }
    return primary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  //        | primary '[' slices ']' | atom
  Expr* primary() {
    const Token& start = tok();
    Expr* e = LS_TRY(atom());
    while (true) {
      switch (tok().kind) {
        case Tok::Dot: {
          advance();
          if (!at(Tok::Name)) { syntax_error_generic(); return nullptr; }
          auto* a = node<Attribute>();
          a->value = e;
          a->attr = tok().text;
          advance();
          a->pos = from(start);
          e = a;
          break;
        }
        case Tok::LPar: {
          const Token& lp = tok();
          advance();
          auto* c = node<Call>();
          c->func = e;
          if (!at(Tok::RPar)) LS_CHECK(arguments(c->args, c->keywords, &lp));
          if (!at(Tok::RPar)) {
            if (at(Tok::Error)) { lexer_error(); return nullptr; }
            call_args_error(c);
            return nullptr;
          }
          advance();
          c->pos = from(start);
          e = c;
          break;
        }
        case Tok::LSqb: {
          advance();
          auto* s = node<Subscript>();
          s->value = e;
          s->slice = LS_TRY(slices());
          if (!expect(Tok::RSqb)) return nullptr;
          s->pos = from(start);
          e = s;
          break;
        }
        default:
          return e;
      }
    }
  }

  void call_args_error(Call* c) {
    // invalid_arguments / comma hint inside call brackets.
    if (minor_ >= 10 && starts_expression(tok().kind) && !is_keyword_start(tok().kind) && !c->args.empty() &&
        c->keywords.empty()) {
      Expr* last = c->args.back();
      size_t save = i_;
      Expr* next = expression();
      if (!failed_ && last->kind != ExprKind::Starred) {
        (void)next;
        error_range("invalid syntax. Perhaps you forgot a comma?", last->pos, next->pos);
        return;
      }
      failed_ = false;
      i_ = save;
    }
    syntax_error_generic();
  }

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
  // kwarg_or_starred: NAME '=' expression | starred_expression
  // kwarg_or_double_starred: NAME '=' expression | '**' expression
  bool arguments(std::vector<Expr*>& args, std::vector<Keyword*>& kws, const Token* lpar) {
    bool seen_kw = false, seen_dstar = false;
    while (true) {
      const Token& t = tok();
      if (at(Tok::Star)) {
        advance();
        auto* s = node<Starred>();
        s->value = expression();
        if (failed_) return false;
        s->pos = from(t);
        if (seen_dstar) {
          // 3.10+: from the comma before the starred argument; 3.9: at the '*'.
          const Token& comma = (*toks_)[size_t(&t - toks_->data()) - 1];
          if (minor_ >= 10) error_range("iterable argument unpacking follows keyword argument unpacking", pos_of(comma), s->pos);
          else error_node("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", s->pos);
          return false;
        }
        args.push_back(s);
      } else if (at(Tok::DoubleStar)) {
        advance();
        auto* k = node<Keyword>();
        k->value = expression();
        if (failed_) return false;
        k->pos = from(t);
        kws.push_back(k);
        seen_kw = seen_dstar = true;
      } else if (at(Tok::Name) && peek().kind == Tok::Equal) {
        advance();
        advance();
        auto* k = node<Keyword>();
        k->arg = t.text;
        k->value = expression();
        if (failed_) return false;
        k->pos = from(t);
        kws.push_back(k);
        seen_kw = true;
      } else {
        Expr* e = named_expression();
        if (failed_) return false;
        if (at(Tok::Equal)) {
          // invalid_kwarg
          if (minor_ >= 10) {
            const Token& eq = tok();
            if (e->kind == ExprKind::Constant && as<Constant>(e)->ckind <= ConstKind::False)
              error_range(std::string("cannot assign to ") + expr_name(e), e->pos, pos_of(eq));
            else
              error_range("expression cannot contain assignment, perhaps you meant \"==\"?", e->pos, pos_of(eq));
          } else {
            error_node("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", e->pos);
          }
          return false;
        }
        if (lpar && (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor))) {
          auto* g = node<Comp>(ExprKind::GeneratorExp);
          g->elt = e;
          if (!for_if_clauses(g->generators)) return false;
          // The generator expression spans the call's parentheses when it is the only argument.
          if (args.empty() && kws.empty() && at(Tok::RPar)) {
            const Token& rp = tok();
            g->pos = {lpar->line, lpar->col, rp.end_line, rp.end_col};
          } else {
            Pos gp = from(e->pos);
            if (minor_ >= 10) error_range("Generator expression must be parenthesized", gp, gp);
            else error_at("SyntaxError", "Generator expression must be parenthesized", gp.lineno, gp.col_offset,
                          gp.lineno, kEndMinus1);
            return false;
          }
          e = g;
        }
        if (seen_kw) {
          // invalid_arguments: a=args ',' args -> reported at the token after the arguments.
          const char* m = seen_dstar ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument";
          {
            while (accept(Tok::Comma) && !at(Tok::RPar)) {
              if (at(Tok::Star) || at(Tok::DoubleStar)) advance();
              else if (at(Tok::Name) && peek().kind == Tok::Equal) { advance(); advance(); }
              expression();
              if (failed_) return false;
            }
            const Token& k = tok();
            error_at("SyntaxError", m, k.line, k.col, k.end_line, k.end_col);
          }
          return false;
        }
        args.push_back(e);
      }
      if (!accept(Tok::Comma)) break;
      if (at(Tok::RPar)) break;
    }
    return true;
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
  bool for_if_clauses(std::vector<Comprehension*>& out) {
    while (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor)) {
      auto* c = node<Comprehension>();
      c->is_async = accept(Tok::KwAsync);
      advance();
      c->target = star_targets();
      if (failed_) return false;
      if (!at(Tok::KwIn)) { syntax_error_generic(); return false; }
      advance();
      c->iter = disjunction();
      if (failed_) return false;
      while (accept(Tok::KwIf)) {
        Expr* e = disjunction();
        if (failed_) return false;
        c->ifs.push_back(e);
      }
      out.push_back(c);
    }
    return true;
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  Expr* slices() {
    const Token& t = tok();
    Expr* e = LS_TRY(slice());
    if (!at(Tok::Comma)) return e;
    auto* tup = node<Sequence>(ExprKind::Tuple);
    tup->elts.push_back(e);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSqb)) break;
      tup->elts.push_back(LS_TRY(slice()));
    }
    tup->pos = from(t);
    return tup;
  }
  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  Expr* slice() {
    const Token& t = tok();
    if (at(Tok::Star)) return bitwise_or_or_star(true);
    Expr* lower = nullptr;
    if (!at(Tok::Colon)) {
      lower = LS_TRY(named_expression());
      if (!at(Tok::Colon)) return lower;
    }
    advance();
    auto* s = node<Slice>();
    s->lower = lower;
    if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) s->upper = LS_TRY(expression());
    if (accept(Tok::Colon)) {
      if (!at(Tok::Comma) && !at(Tok::RSqb)) s->step = LS_TRY(expression());
    }
    s->pos = from(t);
    return s;
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
  //     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
  Expr* atom() {
    const Token& t = tok();
    switch (t.kind) {
      case Tok::Name: {
        advance();
        auto* n = node<Name>();
        n->id = t.text;
        n->pos = pos_of(t);
        return n;
      }
      case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis: {
        advance();
        auto* c = node<Constant>();
        c->ckind = t.kind == Tok::KwTrue ? ConstKind::True
                   : t.kind == Tok::KwFalse ? ConstKind::False
                   : t.kind == Tok::KwNone ? ConstKind::None : ConstKind::Ellipsis;
        c->pos = pos_of(t);
        return c;
      }
      case Tok::Number: return number();
      case Tok::String: return strings();
      case Tok::LPar: return paren_atom();
      case Tok::LSqb: return list_atom();
      case Tok::LBrace: return brace_atom();
      case Tok::Error: lexer_error(); return nullptr;
      default:
        syntax_error_generic();
        return nullptr;
    }
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  Expr* paren_atom() {
    const Token& t = tok();
    advance();
    if (at(Tok::RPar)) {
      advance();
      auto* tup = node<Sequence>(ExprKind::Tuple);
      tup->pos = from(t);
      return tup;
    }
    if (at(Tok::KwYield)) {
      Expr* y = LS_TRY(yield_expr());
      if (!expect(Tok::RPar)) return nullptr;
      return y;
    }
    Expr* e = LS_TRY(star_named_expression());
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor)) {
      auto* g = node<Comp>(ExprKind::GeneratorExp);
      g->elt = e;
      LS_CHECK(for_if_clauses(g->generators));
      if (!expect(Tok::RPar)) return nullptr;
      g->pos = from(t);
      return g;
    }
    if (at(Tok::Comma)) {
      auto* tup = node<Sequence>(ExprKind::Tuple);
      tup->elts.push_back(e);
      while (accept(Tok::Comma)) {
        if (at(Tok::RPar)) break;
        tup->elts.push_back(LS_TRY(star_named_expression()));
      }
      if (!at(Tok::RPar)) { seq_error(tup->elts); return nullptr; }
      advance();
      tup->pos = from(t);
      return tup;
    }
    if (!at(Tok::RPar)) {
      std::vector<Expr*> one{e};
      seq_error(one);
      return nullptr;
    }
    if (e->kind == ExprKind::Starred) {
      if (minor_ >= 10) error_node("SyntaxError", "cannot use starred expression here", e->pos);
      else syntax_error_generic();
      return nullptr;
    }
    advance();
    return e;
  }

  // Inside brackets, an expression directly followed by another: comma hint.
  void seq_error(std::vector<Expr*>& elts) {
    if (at(Tok::Error)) { lexer_error(); return; }
    if (minor_ >= 10 && !elts.empty() && starts_expression(tok().kind) && !is_keyword_start(tok().kind)) {
      Expr* last = elts.back();
      size_t save = i_;
      Expr* next = expression();
      if (!failed_ && last->kind != ExprKind::Starred) {
        error_range("invalid syntax. Perhaps you forgot a comma?", last->pos, next->pos);
        return;
      }
      failed_ = false;
      i_ = save;
    }
    syntax_error_generic();
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  Expr* list_atom() {
    const Token& t = tok();
    advance();
    if (accept(Tok::RSqb)) {
      auto* l = node<Sequence>(ExprKind::List);
      l->pos = from(t);
      return l;
    }
    Expr* e = LS_TRY(star_named_expression());
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor)) {
      auto* g = node<Comp>(ExprKind::ListComp);
      g->elt = e;
      LS_CHECK(for_if_clauses(g->generators));
      if (!expect(Tok::RSqb)) return nullptr;
      g->pos = from(t);
      return g;
    }
    auto* l = node<Sequence>(ExprKind::List);
    l->elts.push_back(e);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSqb)) break;
      l->elts.push_back(LS_TRY(star_named_expression()));
    }
    if (!at(Tok::RSqb)) { seq_error(l->elts); return nullptr; }
    advance();
    l->pos = from(t);
    return l;
  }

  // dict: '{' [double_starred_kvpairs] '}'   set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}'  setcomp: '{' named_expression for_if_clauses '}'
  Expr* brace_atom() {
    const Token& t = tok();
    advance();
    if (accept(Tok::RBrace)) {
      auto* d = node<Dict>();
      d->pos = from(t);
      return d;
    }
    if (at(Tok::DoubleStar)) {
      auto* d = node<Dict>();
      LS_CHECK(dict_items(d));
      d->pos = from(t);
      return d;
    }
    Expr* first = LS_TRY(star_named_expression());
    if (at(Tok::Colon)) {
      advance();
      if (at(Tok::RBrace) || at(Tok::Comma)) {
        if (minor_ >= 10) {
          const Token& c = prev();
          error_at("SyntaxError", "expression expected after dictionary key and ':'", c.line, c.col, c.end_line,
                   c.end_col);
        } else {
          syntax_error_generic();
        }
        return nullptr;
      }
      Expr* v = LS_TRY(expression());
      if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor)) {
        auto* g = node<Comp>(ExprKind::DictComp);
        g->elt = first;
        g->value = v;
        LS_CHECK(for_if_clauses(g->generators));
        if (!expect(Tok::RBrace)) return nullptr;
        g->pos = from(t);
        return g;
      }
      auto* d = node<Dict>();
      d->keys.push_back(first);
      d->values.push_back(v);
      if (accept(Tok::Comma)) {
        LS_CHECK(dict_items(d));
      } else if (!accept(Tok::RBrace)) {
        std::vector<Expr*> last{v};
        seq_error(last);
        return nullptr;
      }
      d->pos = from(t);
      return d;
    }
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek().kind == Tok::KwFor)) {
      auto* g = node<Comp>(ExprKind::SetComp);
      g->elt = first;
      LS_CHECK(for_if_clauses(g->generators));
      if (!expect(Tok::RBrace)) return nullptr;
      g->pos = from(t);
      return g;
    }
    auto* s = node<Set>();
    s->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RBrace)) break;
      s->elts.push_back(LS_TRY(star_named_expression()));
    }
    if (!at(Tok::RBrace)) { seq_error(s->elts); return nullptr; }
    advance();
    s->pos = from(t);
    return s;
  }
  // double_starred_kvpair: '**' bitwise_or | kvpair ; consumes the closing '}'.
  bool dict_items(Dict* d) {
    while (!at(Tok::RBrace)) {
      if (accept(Tok::DoubleStar)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
        if (failed_) return false;
      } else {
        Expr* k = expression();
        if (failed_) return false;
        if (!at(Tok::Colon)) {
          syntax_error_generic();
          return false;
        }
        advance();
        if (at(Tok::RBrace) || at(Tok::Comma)) {
          if (minor_ >= 10) {
            const Token& c = prev();
            error_at("SyntaxError", "expression expected after dictionary key and ':'", c.line, c.col, c.end_line,
                     c.end_col);
          } else {
            syntax_error_generic();
          }
          return false;
        }
        Expr* v = expression();
        if (failed_) return false;
        d->keys.push_back(k);
        d->values.push_back(v);
      }
      if (!accept(Tok::Comma)) break;
    }
    if (!at(Tok::RBrace)) {
      std::vector<Expr*> last;
      if (!d->values.empty() && d->values.back()) last.push_back(d->values.back());
      seq_error(last);
      return false;
    }
    advance();
    return true;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  Expr* yield_expr() {
    const Token& t = tok();
    advance();
    if (accept(Tok::KwFrom)) {
      auto* y = node<YieldFrom>();
      y->value = LS_TRY(expression());
      y->pos = from(t);
      return y;
    }
    auto* y = node<Yield>();
    if (starts_star_expression(tok().kind) && !at(Tok::KwYield)) y->value = LS_TRY(star_expressions());
    y->pos = from(t);
    return y;
  }

  // ------------------------------------------------------------ literals

  // NUMBER: int (decimal digits kept when > int64), float, imaginary.
  Expr* number() {
    const Token& t = tok();
    advance();
    auto* c = node<Constant>();
    c->pos = pos_of(t);
    std::string s;
    s.reserve(t.text.size());
    for (char ch : t.text)
      if (ch != '_') s += ch;
    char last = s.back();
    if (last == 'j' || last == 'J') {
      c->ckind = ConstKind::Complex;
      s.pop_back();
      c->f = std::strtod(s.c_str(), nullptr);
      return c;
    }
    bool is_radix = s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1]);
    if (!is_radix && s.find_first_of(".eE") != std::string::npos) {
      c->ckind = ConstKind::Float;
      c->f = std::strtod(s.c_str(), nullptr);
      return c;
    }
    if (!is_radix && s.size() > 4300) {
      // sys.int_info.default_max_str_digits: CPython refuses to convert the literal.
      std::string m = minor_ >= 12 ? "Exceeds the limit (4300 digits)" : "Exceeds the limit (4300)";
      m += " for integer string conversion: value has " + std::to_string(s.size()) +
           " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
           "integer literals to avoid decimal conversion limits.";
      // The line comes from re-reading the file in 1000-byte chunks
      // (Python/errors.c err_programtext): 3.12 shows the first chunk, 3.9 the last.
      std::string full = std::string(line_view(t.line)) + "\n";
      if (minor_ >= 12) {
        error_at("SyntaxError", m, t.line, -1, t.line, kEndZero);
        if (full.size() > 999) full.resize(999);
      } else {
        error_at("SyntaxError", m, t.line, 0, t.line, kEndMinus1);
        full = full.substr(((full.size() - 1) / 999) * 999);
      }
      err_.has_text = true;
      err_.text = full;
      return nullptr;
    }
    int base = 10;
    size_t i = 0;
    if (is_radix) {
      char r = s[1] | 0x20;
      base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
      i = 2;
    }
    // Accumulate in base 1e9 limbs (little-endian) so any size works.
    std::vector<uint32_t> limbs{0};
    for (; i < s.size(); ++i) {
      uint64_t carry = uint64_t(hexval(s[i]));
      for (auto& l : limbs) {
        uint64_t v = uint64_t(l) * base + carry;
        l = uint32_t(v % 1000000000u);
        carry = v / 1000000000u;
      }
      while (carry) {
        limbs.push_back(uint32_t(carry % 1000000000u));
        carry /= 1000000000u;
      }
    }
    // Fits in int64?
    if (limbs.size() <= 3) {
      unsigned __int128 v = 0;
      for (size_t k = limbs.size(); k-- > 0;) v = v * 1000000000u + limbs[k];
      if (v <= (unsigned __int128)INT64_MAX) {
        c->ckind = ConstKind::Int;
        c->i = int64_t(v);
        return c;
      }
    }
    c->ckind = ConstKind::BigInt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%u", limbs.back());
    c->s = buf;
    for (size_t k = limbs.size() - 1; k-- > 0;) {
      std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
      c->s += buf;
    }
    return c;
  }

  // strings: STRING+ (implicit concatenation; str + f-string -> JoinedStr)
  Expr* strings() {
    const Token& first = tok();
    bool any_f = false, any_bytes = false, any_str = false, u_first = false;
    // Parts accumulated: literal text pieces and FormattedValues, merged as CPython does.
    std::vector<Expr*> parts;
    std::string lit;
    Pos lit_pos{};
    bool lit_open = false;
    bool first_tok = true;
    while (at(Tok::String)) {
      const Token& t = tok();
      advance();
      std::string_view txt = t.text;
      size_t q = 0;
      bool raw = false, is_bytes = false, is_f = false, is_u = false;
      while (txt[q] != '\'' && txt[q] != '"') {
        char ch = txt[q] | 0x20;
        if (ch == 'r') raw = true;
        else if (ch == 'b') is_bytes = true;
        else if (ch == 'f') is_f = true;
        else if (ch == 'u') is_u = true;
        ++q;
      }
      if (first_tok) u_first = is_u;
      first_tok = false;
      bool triple = txt.size() - q >= 6 && txt[q + 1] == txt[q] && txt[q + 2] == txt[q];
      size_t qlen = triple ? 3 : 1;
      size_t body_start = t.start + q + qlen;
      size_t body_end = t.end - qlen;
      if (is_bytes) any_bytes = true; else any_str = true;
      if (any_bytes && any_str) {
        error_range("cannot mix bytes and nonbytes literals", pos_of(first), pos_of(t));
        return nullptr;
      }
      if (is_f) {
        any_f = true;
        if (!fstring_body(body_start, body_end, raw, t, parts, lit, lit_pos, lit_open, 0)) return nullptr;
      } else {
        if (!lit_open) {
          lit_open = true;
          lit_pos = pos_of(t);
        }
        lit_pos.end_lineno = t.end_line;
        lit_pos.end_col_offset = t.end_col;
        if (!decode(src_.substr(body_start, body_end - body_start), raw, is_bytes, lit, t)) return nullptr;
      }
    }
    Pos whole = from(first);
    if (!any_f) {
      auto* c = node<Constant>();
      c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
      c->s = std::move(lit);
      c->u_prefix = u_first;
      c->pos = whole;
      return c;
    }
    flush_literal(parts, lit, lit_pos, lit_open);
    auto* j = node<JoinedStr>();
    j->values = std::move(parts);
    j->pos = whole;
    return j;
  }

  void flush_literal(std::vector<Expr*>& parts, std::string& lit, Pos& lit_pos, bool& lit_open) {
    if (lit_open && !lit.empty()) {
      auto* c = node<Constant>();
      c->ckind = ConstKind::Str;
      c->s = std::move(lit);
      c->pos = lit_pos;
      parts.push_back(c);
    }
    lit.clear();
    lit_open = false;
  }

  // Position (line, col) of a byte offset, from the line table.
  void locate(size_t off, int& line, int& col) const {
    const auto& ls = lex_.line_starts;
    size_t lo = 0, hi = ls.size();
    while (hi - lo > 1) {
      size_t mid = (lo + hi) / 2;
      if (ls[mid] <= off) lo = mid; else hi = mid;
    }
    line = int(lo) + 1;
    col = int(off - ls[lo]);
  }
  Pos range_pos(size_t a, size_t b) const {
    Pos p;
    locate(a, p.lineno, p.col_offset);
    locate(b, p.end_lineno, p.end_col_offset);
    return p;
  }

  // An f-string error at source offset `off`; 3.9 reports it after the string token.
  void fstring_error(const char* msg, size_t off, const Token& t) {
    if (minor_ < 10) {
      error_at("SyntaxError", msg, t.line, t.end_col, t.line, kEndMinus1);
      return;
    }
    int line, col;
    locate(off, line, col);
    error_at("SyntaxError", msg, line, col, line, col + 1);
  }

  // The literal/field structure of one f-string body source[a, b).
  bool fstring_body(size_t a, size_t b, bool raw, const Token& t, std::vector<Expr*>& parts, std::string& lit,
                    Pos& lit_pos, bool& lit_open, int depth) {
    size_t p = a;
    while (p < b) {
      // Literal run up to the next '{' or '}'.
      size_t s = p;
      while (p < b && src_[p] != '{' && src_[p] != '}') {
        if (src_[p] == '\\' && p + 1 < b && !raw) {
          if (src_[p + 1] == 'N' && p + 2 < b && src_[p + 2] == '{') {
            while (p < b && src_[p] != '}') ++p;
            if (p < b) ++p;
            continue;
          }
          p += 2;
          continue;
        }
        ++p;
      }
      bool doubled = p + 1 < b && src_[p] == src_[p + 1] && depth == 0;
      size_t lit_end = doubled ? p + 1 : p;
      if (lit_end > s) {
        if (!lit_open) {
          lit_open = true;
          lit_pos = range_pos(s, doubled ? p + 2 : lit_end);
        }
        Pos np = range_pos(s, doubled ? p + 2 : lit_end);
        lit_pos.end_lineno = np.end_lineno;
        lit_pos.end_col_offset = np.end_col_offset;
        if (!decode(src_.substr(s, lit_end - s), raw, false, lit, t)) return false;
      }
      if (p >= b) break;
      if (doubled) {
        p += 2;
        continue;
      }
      if (src_[p] == '}') {
        fstring_error("f-string: single '}' is not allowed", p, t);
        return false;
      }
      // A replacement field: '{' expr ['='] ['!' conv] [':' spec] '}'.
      size_t open = p++;
      size_t e = p;
      int nest = 0;
      char quote = 0;
      while (e < b) {
        char ch = src_[e];
        if (quote) {
          if (ch == '\\') { e += 2; continue; }
          if (ch == quote) quote = 0;
          ++e;
          continue;
        }
        if (ch == '\'' || ch == '"') { quote = ch; ++e; continue; }
        if (ch == '(' || ch == '[' || ch == '{') ++nest;
        else if (ch == ')' || ch == ']' || (ch == '}' && nest > 0)) --nest;
        else if (nest == 0) {
          if (ch == '}' || ch == ':') break;
          if (ch == '!' && e + 1 < b && src_[e + 1] != '=') break;
          if (ch == '=' && e + 1 < b && src_[e + 1] != '=' && !std::strchr("=!<>", src_[e - 1])) {
            size_t k = e + 1;
            while (k < b && (src_[k] == ' ' || src_[k] == '\t' || src_[k] == '\n')) ++k;
            if (k >= b || src_[k] == '}' || src_[k] == '!' || src_[k] == ':') break;
          }
        }
        ++e;
      }
      size_t expr_end = e;
      bool self_doc = e < b && src_[e] == '=';
      // Empty expression?
      bool blank = true;
      for (size_t k = p; k < expr_end; ++k)
        if (src_[k] != ' ' && src_[k] != '\t' && src_[k] != '\n') blank = false;
      if (blank) {
        int line, col;
        locate(expr_end, line, col);
        if (minor_ >= 12)
          error_at("SyntaxError", "f-string: valid expression required before '}'", line, col, line, col + 1);
        else
          error_at("SyntaxError", "f-string: empty expression not allowed", t.line, t.end_col, t.line, kEndMinus1);
        return false;
      }
      Expr* value = parse_subexpression(p, expr_end);
      if (failed_) return false;
      if (self_doc) {
        // The expression text (with '=' and surrounding spaces) becomes literal text.
        ++e;
        while (e < b && (src_[e] == ' ')) ++e;
        if (!lit_open) {
          lit_open = true;
          lit_pos = range_pos(p, e);
        }
        lit.append(src_.substr(p, e - p));
        Pos np = range_pos(p, e);
        lit_pos.end_lineno = np.end_lineno;
        lit_pos.end_col_offset = np.end_col_offset;
      }
      flush_literal(parts, lit, lit_pos, lit_open);
      auto* fv = node<FormattedValue>();
      fv->value = value;
      if (e < b && src_[e] == '!') {
        ++e;
        char conv = e < b ? src_[e] : 0;
        if (conv != 's' && conv != 'r' && conv != 'a') {
          std::string m = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
          if (minor_ >= 12) {
            if (conv == '}' || conv == ':' || e >= b) m = "f-string: missing conversion character";
            else m = std::string("f-string: invalid conversion character '") + conv + "': expected 's', 'r', or 'a'";
          }
          fstring_error(m.c_str(), e, t);
          return false;
        }
        fv->conversion = conv;
        ++e;
      }
      if (e < b && src_[e] == ':') {
        ++e;
        // Format spec: literal text with nested fields, up to the matching '}'.
        size_t spec_start = e;
        int n2 = 0;
        while (e < b) {
          if (src_[e] == '{') ++n2;
          else if (src_[e] == '}') {
            if (n2 == 0) break;
            --n2;
          }
          ++e;
        }
        std::vector<Expr*> spec_parts;
        std::string spec_lit;
        Pos spec_pos{};
        bool spec_open = false;
        if (!fstring_body(spec_start, e, raw, t, spec_parts, spec_lit, spec_pos, spec_open, depth + 1)) return false;
        flush_literal(spec_parts, spec_lit, spec_pos, spec_open);
        auto* js = node<JoinedStr>();
        js->values = std::move(spec_parts);
        js->pos = range_pos(spec_start - 1, e);
        fv->format_spec = js;
      }
      if (self_doc && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
      if (e >= b || src_[e] != '}') {
        fstring_error("f-string: expecting '}'", e < b ? e : b, t);
        return false;
      }
      ++e;
      fv->pos = range_pos(open, e);
      parts.push_back(fv);
      p = e;
    }
    return true;
  }

  // Parses source[a, b) (an f-string field) as `(yield_expr | star_expressions)`, with
  // positions in the enclosing file.
  Expr* parse_subexpression(size_t a, size_t b) {
    LexOutput sub;
    int line, col;
    locate(a, line, col);
    Lexer lx(src_, minor_);
    lx.run_range(sub, a, b, line, a - size_t(col));
    if (!sub.tokens.empty() && sub.tokens.back().kind == Tok::Error) {
      // Report the sub-tokenizer's error with the main machinery.
      std::swap(lex_.tokens, sub.tokens);
      std::swap(lex_.open_offset, sub.open_offset);
      std::swap(lex_.open_line, sub.open_line);
      std::swap(lex_.open_col, sub.open_col);
      lexer_error();
      std::swap(lex_.tokens, sub.tokens);
      std::swap(lex_.open_offset, sub.open_offset);
      std::swap(lex_.open_line, sub.open_line);
      std::swap(lex_.open_col, sub.open_col);
      return nullptr;
    }
    const std::vector<Token>* saved = toks_;
    size_t saved_i = i_, saved_f = furthest_;
    toks_ = &sub.tokens;
    i_ = furthest_ = 0;
    Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!failed_ && !at(Tok::Newline)) {
      // The field is a bracket level of its own: two juxtaposed expressions get the hint.
      std::vector<Expr*> one{e};
      seq_error(one);
    }
    if (failed_ && !from_lexer_ && minor_ < 10) {
      // 3.9 compiled the field as "(expr)" on its own: the error shows that text.
      int line, col;
      locate(a, line, col);
      err_.msg = "f-string: " + err_.msg;
      err_.has_text = true;
      err_.text = "(" + std::string(src_.substr(a, b - a)) + ")\n";
      err_.col = err_.line == line ? err_.col - col + 1 : err_.col;
      err_.line = line;
    }
    // Keep the sub tokens alive for the string_views? They point into src_, so no.
    toks_ = saved;
    i_ = saved_i;
    furthest_ = saved_f;
    return failed_ ? nullptr : e;
  }

  // Decodes a string literal body (escapes unless raw) into `out` (UTF-8; bytes raw).
  bool decode(std::string_view body, bool raw, bool is_bytes, std::string& out, const Token& t) {
    if (raw) {
      out.append(body);
      return true;
    }
    size_t i = 0;
    while (i < body.size()) {
      size_t j = body.find('\\', i);
      if (j == std::string_view::npos) {
        out.append(body.substr(i));
        break;
      }
      out.append(body.substr(i, j - i));
      i = j + 1;
      if (i >= body.size()) { out += '\\'; break; }
      char c = body[i++];
      switch (c) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int v = c - '0';
          for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) v = v * 8 + (body[i++] - '0');
          if (is_bytes) out += char(v & 0xFF);
          else append_utf8(out, uint32_t(v));
          break;
        }
        case 'x': case 'u': case 'U': {
          int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
          if (is_bytes && c != 'x') {
            out += '\\';
            out += c;
            break;
          }
          uint32_t v = 0;
          int k = 0;
          for (; k < n && i < body.size() && hexval(body[i]) >= 0; ++k) v = v * 16 + uint32_t(hexval(body[i++]));
          if (k < n) {
            const char* what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                               : "truncated \\UXXXXXXXX escape";
            char buf[160];
            std::snprintf(buf, sizeof buf, "(%s error) %s: position %d-%d: %s",
                          is_bytes ? "value" : "unicode", is_bytes ? "bytes" : "unicodeescape", 0, 0, what);
            error_node("SyntaxError", buf, pos_of(t));
            return false;
          }
          if (is_bytes) out += char(v);
          else append_utf8(out, v);
          break;
        }
        case 'N': {
          if (is_bytes) { out += "\\N"; break; }
          size_t close = body.find('}', i);
          std::string_view nm = close == std::string_view::npos ? std::string_view{} : body.substr(i + 1, close - i - 1);
          uint32_t cp = named_char(nm);
          if (!cp) {
            error_node("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", pos_of(t));
            return false;
          }
          append_utf8(out, cp);
          i = close + 1;
          break;
        }
        default:
          // Unknown escapes are kept (with a DeprecationWarning/SyntaxWarning in CPython).
          out += '\\';
          out += c;
          break;
      }
    }
    return true;
  }

  // \N{...}: only a few common names for now.
  static uint32_t named_char(std::string_view nm) {
    struct N { const char* n; uint32_t cp; };
    static const N kNames[] = {
        {"BULLET", 0x2022}, {"EM DASH", 0x2014}, {"EN DASH", 0x2013}, {"HORIZONTAL ELLIPSIS", 0x2026},
        {"NO-BREAK SPACE", 0xA0}, {"DEGREE SIGN", 0xB0}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
        {"CHECK MARK", 0x2713}, {"HEAVY CHECK MARK", 0x2714}, {"BLACK RIGHTWARDS ARROW", 0x27A1},
        {"RIGHTWARDS ARROW", 0x2192}, {"SPACE", 0x20}, {"LINE FEED", 0x0A}, {"COPYRIGHT SIGN", 0xA9},
    };
    for (const N& n : kNames)
      if (nm == n.n) return n.cp;
    return 0;
  }

#undef LS_TRY
#undef LS_CHECK

  std::string_view src_;
  const ParseOptions& opt_;
  int minor_;
  Arena& arena_;
  LexOutput lex_;
  const std::vector<Token>* toks_ = nullptr;
  size_t i_ = 0, furthest_ = 0;
  bool failed_ = false, from_lexer_ = false, indent_error_ = false;
  RawError err_;
  Diagnostic diag_;
};

}  // namespace

namespace {

// CPython 3.9 reads each line of a file as a C string: a NUL byte ends the line
// there and the rest of it, newline included, is never seen (so the next line
// joins it). 3.12 rejects the line instead (the lexer's NulByte error).
std::string strip_nul_39(std::string_view src) {
  std::string out;
  out.reserve(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] != '\0') { out += src[i]; continue; }
    size_t nl = src.find('\n', i);
    if (nl == std::string_view::npos) break;
    i = nl;
  }
  return out;
}

}  // namespace

ParseResult parse(std::string_view source, const ParseOptions& options, Arena& arena) {
  if (options.minor >= 12 || source.find('\0') == std::string_view::npos)
    return Parser(source, options, arena).run();
  const std::string* stripped = arena.make<std::string>(strip_nul_39(source));
  ParseResult r = Parser(*stripped, options, arena).run();
  if (!r.ok() && r.error.line >= 1) {
    // The error shows the file's line, read again as a C string.
    size_t start = 0;
    for (int l = 1; l < r.error.line && start != std::string_view::npos; ++l) {
      start = source.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos) {
      std::string_view line = source.substr(start);
      size_t end = line.find_first_of(std::string_view("\0\n", 2));
      if (end != std::string_view::npos && line[end] == '\0') r.error.text = std::string(line.substr(0, end)) + "\n";
    }
  }
  return r;
}

}  // namespace ls::lang
