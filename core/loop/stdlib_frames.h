// Synthetic traceback frames for CPython's Lib/asyncio code that our C++ stands
// in for. CPython prints them in tracebacks that pass through asyncio, e.g.
//   File "/usr/lib/python3.12/asyncio/runners.py", line 194, in run
//     return runner.run(main)
//            ^^^^^^^^^^^^^^^^
// One table per target version (3.9.18, 3.12.7, 3.14.2, the oracle's builds).
#pragma once
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

enum class StdFrame : uint8_t {
  EventsRun,              // events.py Handle._run
  RunnersRun,             // runners.py run()
  RunnerRun,              // runners.py Runner.run() (3.11+)
  RunUntilComplete,       // base_events.py run_until_complete: return future.result()
  TasksWaitCoroutines,    // tasks.py wait(): raise TypeError("Passing coroutines ...")
  GetEventLoop,           // events.py policy get_event_loop(): raise RuntimeError (3.14)
  RunOnceHandleRun,       // base_events.py _run_once: handle._run()
  RunForeverRunOnce,      // base_events.py run_forever: self._run_once()
  RunUntilCompleteRunForever,  // base_events.py run_until_complete: self.run_forever()
  SleepAwait,             // tasks.py sleep: return await future
  WaitForAwait,           // tasks.py wait_for (3.11+): return await fut
  WaitForTimeoutCM,       // tasks.py wait_for (3.11+): async with timeouts.timeout(timeout):
  TimeoutsAexit,          // timeouts.py Timeout.__aexit__: raise TimeoutError from exc_val
  WaitForResult,          // tasks.py wait_for (3.9): return fut.result()
  WaitForCancelResult,    // tasks.py wait_for (3.9): return fut.result() after the timeout
  WaitForRaise,           // tasks.py wait_for (3.9): raise exceptions.TimeoutError() from exc
  RunnersRunRunning,      // runners.py run: raise RuntimeError("asyncio.run() cannot be called ...")
  RucCheckClosed,         // base_events.py run_until_complete: self._check_closed()
  RucCheckRunning,        // base_events.py run_until_complete: self._check_running()
  CheckClosedRaise,       // base_events.py _check_closed: raise RuntimeError('Event loop is closed')
  CheckRunningRaise,      // base_events.py _check_running: raise RuntimeError('This event loop is already running')
  RunForeverCheckClosed,  // base_events.py run_forever: self._check_closed() (3.14: in _run_forever_setup)
  RunForeverCheckRunning, // base_events.py run_forever: self._check_running() (3.14: in _run_forever_setup)
  RunForeverSetup,        // base_events.py run_forever: self._run_forever_setup() (3.13+)
  CallExceptionHandler,   // base_events.py call_exception_handler: the custom handler's call
  UnixLoopClose,          // unix_events.py _UnixSelectorEventLoop.close: super().close()
  SelectorCloseRunning,   // selector_events.py close: raise RuntimeError("Cannot close a running event loop")
  TasksWaitEmpty,         // tasks.py wait(): raise ValueError('Set of ... is empty.')
  Count
};

// Prepends the frame to exc's traceback (as if exc left that frame). No-op
// when the target version has no such frame.
void add_stdlib_frame(const rt::Value& exc, StdFrame f);

// "FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited" attributed to
// the stdlib frame `f` (e.g. a callback returned a coroutine inside
// Handle._run). Marks the coroutine as warned. No-op for other values.
void warn_unawaited_at(const rt::Value& maybe_coro, StdFrame f);

// Keeps `v` alive as long as `exc` (a RuntimeError raised by one of our
// blocking natives): in CPython the argument stays referenced by the asyncio
// frame in the traceback, which fixes when "coroutine ... was never awaited"
// is printed (when the exception dies, e.g. at the end of the except block).
void keep_alive_with(const rt::Value& exc, rt::Value v);

}  // namespace ls::loop
