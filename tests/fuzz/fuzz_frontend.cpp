// libFuzzer target: arbitrary bytes through the front end (core/lang) --
// tokenizer, parser, symbol table and compiler -- for Python 3.12 and 3.9, in
// "exec" and "eval" mode, and the SyntaxError rendering when compiling fails.
// Any crash, sanitizer report or internal assertion is a bug: CPython answers
// every input with either a code object or a SyntaxError, and so must we.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lang/compiler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  for (int minor : {12, 9}) {
    for (bool eval : {false, true}) {
      ls::lang::CompileOptions o;
      o.minor = minor;
      o.filename = "fuzz.py";
      o.eval = eval;
      ls::lang::CompileResult r = ls::lang::compile_source(source, o);
      if (!r.ok()) {
        std::string text = ls::lang::format_syntax_error(r.error, minor, o.filename);
        if (text.empty()) __builtin_trap();  // a failed compile always explains itself
      }
    }
  }
  return 0;
}
