// loopscope's pure-Python standard library modules (functools, collections,
// dataclasses, ...): our own Python source, compiled at import with the file
// name CPython shows (/usr/lib/python3.X/<file>), plus the native helper
// module `_ls` (math functions, caller frames, traceback text, thread ident).
#pragma once
#include "runtime/value.h"

namespace ls::mods {

struct PySource {
  const char* name;  // module name ("functools")
  const char* file;  // path under the stdlib dir ("functools.py")
  const char* src;   // Python source (may use the #@line / #@native directives of py_source.h)
};

// Sources defined in core/modules/stdlib/*.cpp.
extern const PySource kPyFunctools, kPyItertools, kPyCollections, kPyCollectionsAbc, kPyDataclasses,
    kPyContextlib, kPyRandom, kPyMath, kPyString, kPyTyping, kPyEnum, kPyLogging, kPyTraceback,
    kPyInspect, kPyDatetime, kPyJson, kPyThreading, kPyCopy, kPyOperator, kPyHeapq, kPyBisect,
    kPyTypes, kPyAbc, kPyTextwrap, kPyKeyword, kPyHashlib, kPyFuture, kPyIo, kPyGc, kPyJsonEncoder, kPyJsonDecoder,
    kPyContextvars;

void register_stdlib();

}  // namespace ls::mods
