// Renders a front-end Diagnostic exactly as CPython's default excepthook prints an
// uncaught SyntaxError: Python/pythonrun.c print_exception_file_and_line +
// print_error_text, in their 3.9 (one caret) and 3.10+ (a run of carets) forms.
#include "lang/diagnostics.h"

#include <cstring>

namespace ls::lang {


std::string format_syntax_error(const Diagnostic& d, int minor, std::string_view filename) {
  // Errors CPython raises before or outside parsing proper (undecodable source,
  // "MemoryError: Parser stack overflowed", "RecursionError: ... during
  // compilation") print just the exception line.
  if (d.no_location) return d.message.empty() ? d.kind + "\n" : d.kind + ": " + d.message + "\n";
  std::string out = "  File \"";
  out.append(filename);
  out += "\", line ";
  out += std::to_string(d.line);
  out += '\n';
  if (!d.text.empty()) {
    std::string_view text = d.text;
    // print_error_text(f, offset, end_offset, text); 3.9 always draws one caret, and
    // parse_syntax_error gives SyntaxError subclasses (IndentationError, TabError) an
    // end_offset of -1, hence one caret for them too.
    bool ranged = minor >= 10 && d.kind == "SyntaxError";
    long offset = d.col;
    long end_offset = ranged ? d.end_col : -1;
    long line_size = long(text.size());
    if (ranged && d.end_line > d.line) end_offset = line_size;
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
  }
  out += d.kind;
  out += ": ";
  out += d.message;
  out += '\n';
  return out;
}

}  // namespace ls::lang
