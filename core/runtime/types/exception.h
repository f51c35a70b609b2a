// BaseException and its subclasses' instance layout: args, traceback, cause,
// context, notes. A traceback is a chain of TracebackEntry objects (code +
// instruction), newest frame last, mirroring CPython's tb_next chain.
#pragma once
#include "runtime/types/function.h"

namespace ls::rt {

struct TracebackEntry : Object {
  Ref<Code> code;        // null for a synthetic (stdlib) frame
  uint32_t insn = 0;     // instruction index whose position is shown
  int line = 0;
  Value next;            // next (newer) entry or Null
  // Synthetic frames (asyncio's Python code that C++ stands in for):
  std::string file, func, text;  // text: the source line as CPython shows it
  int col = -1, end_col = -1;    // caret range (character offsets in text), -1: none
  // What CPython's real frame would keep alive for as long as the traceback
  // lives (its locals): lets objects die at the same moment as in CPython.
  Value keepalive;
};

struct BaseExc : Object {
  Ref<Tuple> args;
  Value traceback;       // TracebackEntry chain head or Null
  Value cause, context;  // Null = None
  bool suppress_context = false;
  Value notes;           // list or Null
  // Subclass payloads (kept here so any subclass can carry them).
  Value value;           // StopIteration.value, SystemExit.code
  Value name, obj;       // NameError.name, AttributeError.name/.obj
  Ref<Tuple> exceptions; // ExceptionGroup
  Ref<Str> message;      // ExceptionGroup message
};

extern Type traceback_type;

inline BaseExc* as_exc(const Value& v) { return v.as<BaseExc>(); }
// Prepends a traceback entry for `code` at `insn` as the exception leaves that
// frame (the chain runs outermost -> innermost, like tb_next).
void traceback_add(BaseExc* e, Code* code, uint32_t insn);
// Prepends a synthetic frame (file, line, function, source text, caret columns).
void traceback_add_synthetic(BaseExc* e, std::string file, int line, std::string func,
                             std::string text, int col = -1, int end_col = -1);
// str(exc) as CPython computes it (args-based, KeyError repr, ...).
Value exception_str(const Value& e);

}  // namespace ls::rt
