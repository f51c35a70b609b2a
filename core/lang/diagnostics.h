// Front-end diagnostics (SyntaxError / IndentationError / TabError) and their
// CPython-exact rendering. Mirrors Lib/traceback.py TracebackException._format_syntax_error
// for 3.9 and 3.12+ (the caret rules differ).
#pragma once
#include <string>
#include <string_view>

namespace ls::lang {

struct Diagnostic {
  // "SyntaxError", "IndentationError", "TabError"; with no_location also
  // "MemoryError" (parser stack overflow) and "RecursionError" (too deep to compile).
  std::string kind;
  std::string message;  // e.g. "invalid syntax", "expected ':'"
  // As CPython's SyntaxError.lineno/offset/end_lineno/end_offset: 1-based, offsets
  // are 1-based character (code point) columns. CPython's None is 0 here; some
  // tokenizer errors really report 0 or -1 as end_offset, kept as is.
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::string text;  // the source line the error is on, with its newline as CPython keeps it
  // Raised before or outside parsing proper (undecodable source, parser stack
  // overflow, too deep to compile): CPython prints only the exception line.
  bool no_location = false;
};

// Exactly what CPython prints on stderr for an uncaught SyntaxError raised while
// compiling the main program (no "Traceback" header):
//   File "main.py", line 3\n    <line>\n    ^^^^^\nSyntaxError: invalid syntax\n
std::string format_syntax_error(const Diagnostic& d, int minor, std::string_view filename);

}  // namespace ls::lang
