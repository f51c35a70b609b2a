// Renders a front-end Diagnostic exactly as CPython's default excepthook prints an
// uncaught SyntaxError: Python/pythonrun.c print_exception_file_and_line +
// print_error_text, in their 3.9 (one caret) and 3.10+ (a run of carets) forms.
#include "lang/diagnostics.h"

#include <cstring>

namespace ls::lang {

namespace {

// Byte length of the first `chars` code points of `s` (offsets are in characters).
long bytes_for_chars(std::string_view s, long chars) {
  long i = 0;
  while (chars > 0 && i < long(s.size())) {
    ++i;
    while (i < long(s.size()) && (static_cast<unsigned char>(s[size_t(i)]) & 0xC0) == 0x80) ++i;
    --chars;
  }
  return i + (chars > 0 ? chars : 0);
}

}  // namespace

std::string format_syntax_error(const Diagnostic& d, int minor, std::string_view filename) {
  std::string out = "  File \"";
  out.append(filename);
  out += "\", line ";
  out += std::to_string(d.line);
  out += '\n';
  if (!d.text.empty()) {
    std::string_view text = d.text;
    if (minor >= 10) {
      // 3.10+: print_error_text(f, offset, end_offset, text)
      long offset = d.col;
      // parse_syntax_error: only SyntaxError itself keeps its end; subclasses
      // (IndentationError, TabError) get end_offset -1, hence one caret.
      long end_offset = d.kind == "SyntaxError" ? d.end_col : -1;
      long line_size = long(text.size());
      if (d.kind == "SyntaxError" && d.end_line > d.line) end_offset = line_size;
      if (end_offset > line_size + 1) end_offset = line_size + 1;
      long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
      offset--;
      size_t p = 0;
      while (p < text.size() && (text[p] == ' ' || text[p] == '\t' || text[p] == '\f')) {
        ++p;
        offset--;
      }
      text.remove_prefix(p);
      long len = long(text.size());
      if (len > 0 && text[size_t(len) - 1] == '\n') len--;
      if (offset > len) offset = len;
      out += "    ";
      out.append(text);
      if (size_t(len) >= text.size() || text[size_t(len)] != '\n') out += '\n';
      if (offset >= 0) {
        out += "    ";
        out.append(size_t(offset), ' ');
        out.append(size_t(carets), '^');
        out += '\n';
      }
    } else {
      // 3.9: one caret under `offset`.
      long offset = d.col > 0 ? d.col : -1;
      if (offset >= 0) {
        if (offset > 0 && size_t(offset) == text.size() && text[size_t(offset) - 1] == '\n') offset--;
        while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
          text.remove_prefix(1);
          offset--;
        }
      }
      out += "    ";
      out.append(text);
      if (text.empty() || text.back() != '\n') out += '\n';
      if (offset != -1) {
        out += "    ";
        while (--offset > 0) out += ' ';
        out += "^\n";
      }
    }
  }
  out += d.kind;
  out += ": ";
  out += d.message;
  out += '\n';
  (void)bytes_for_chars;
  return out;
}

}  // namespace ls::lang
