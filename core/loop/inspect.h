// A read-only view of an event loop's state for the inspector
// (docs/inspector.md): what a ready handle or a timer is, in the words of
// CPython's reprs -- events.Handle/TimerHandle.__repr__,
// format_helpers._format_callback_source, base_futures._future_repr_info and
// base_tasks._task_repr_info -- and which task it steps or wakes.
//
// Nothing here runs Python code or changes loop state, so looking never
// changes what the program prints: an argument that is not plain data
// (None, bools, numbers, strings, bytes, tuples/lists/dicts of them, futures)
// is shown as "<TYPE object>" instead of calling its __repr__. Two deliberate
// differences from CPython's C-accelerated reprs, which show addresses:
// a task's step handle reads as pure-Python asyncio writes it,
// "<Handle Task.__step()>" (C: "<Handle <TaskStepMethWrapper object at
// 0x...>()>"), and 3.9's TaskWakeupMethWrapper reads "Task.task_wakeup".
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace ls::loop {

struct EventLoop;
struct Handle;
struct Future;
struct Task;

struct HandleView {
  std::string repr;      // "<Handle Task.task_wakeup(<Future finished result=None>)>"
  std::string callback;  // "Task.__step", "Task.task_wakeup", "_set_result_unless_cancelled", "tick"
  const char* kind = "callback";  // "step" | "wakeup" | "callback"
  // The task the handle steps or wakes; for a timer whose callback completes
  // a future (asyncio.sleep's), the task that future will wake. Borrowed.
  Task* task = nullptr;
  bool timer = false;
  bool cancelled = false;
  double when = 0;       // timers: loop time it is due
  uint64_t seq = 0;      // timers: creation order (ties)
};

HandleView view_handle(Handle* h);

// The loop's timers still scheduled, in the order they will fire (when, then
// creation order); cancelled ones (still in the heap until purged) are skipped.
std::vector<Handle*> timers_in_order(EventLoop* l);

// repr(fut) for a Future/Task/_GatheringFuture, as CPython prints it, never
// running Python code.
std::string safe_future_repr(Future* f, int depth = 0);

}  // namespace ls::loop
