// Compiling loopscope's embedded Python source (asyncio's locks/queues, the
// pure-Python stdlib modules) so that its frames look like CPython's own
// stdlib in tracebacks and warnings: the file is /usr/lib/python3.X/<file>,
// and two directives, written as comment lines in the source, fix the rest:
//
//   #@line N              the next line is reported as line N of the file
//   #@line 9:N 12:M 14:K  the same, per version group (3.9-3.10 -> 9,
//                          3.11-3.12 -> 12, 3.13+ -> 14); groups not listed
//                          keep counting from the previous line
//   #@native / #@python   code defined between them stands in for C code in
//                          CPython (itertools, functools.reduce, ...): its
//                          frames never appear in tracebacks, nor count for
//                          warnings' stacklevel
//
// Lines after a `#@line` count up from it, like C's #line, and the traceback
// shows the text of our line, so a line CPython prints is written the same.
#pragma once
#include "runtime/value.h"

namespace ls::mods {

// compile(src) as /usr/lib/python3.X/<file> with the directives applied;
// a code object, or Null with the exception pending.
rt::Value compile_embedded(const char* file, const char* src);

}  // namespace ls::mods
