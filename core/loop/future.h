// asyncio.Future and asyncio.Task as Python-visible C++ objects.
// Mirrors CPython 3.12 Lib/asyncio/futures.py (Future) and tasks.py (Task,
// Task.__step / __step_run_and_handle_result / __wakeup), plus the C
// accelerator's names (_asyncio.Future, _asyncio.FutureIter, Task.task_wakeup).
//
// Invariants: done-callbacks are always scheduled with loop.call_soon, never
// called inline; Future clears its callback list when it schedules them and a
// Task drops its coroutine when done (the cycle breaks CPython relies on).
// "Future/Task exception was never retrieved" and "Task was destroyed but it
// is pending!" are reported from dealloc, at the instant the last reference
// goes (DESIGN.md decision 2).
#pragma once
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

struct EventLoop;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

struct FutureCallback {
  rt::Value fn;
  rt::Value context;
};

struct Future : rt::Object {
  FutState state = FutState::Pending;
  rt::Value result;
  rt::Value exception;     // instance, once set_exception ran
  rt::Value exception_tb;  // its traceback when it was set (result() restores it)
  rt::Ref<EventLoop> loop;
  std::vector<FutureCallback> callbacks;
  rt::Value cancel_message;
  rt::Value cancelled_exc;
  bool blocking = false;        // _asyncio_future_blocking
  bool log_traceback = false;   // __log_traceback
  bool is_task = false;
  // _GatheringFuture part (type GatheringFuture_type).
  std::vector<rt::Value> children;
  bool cancel_requested = false;

  bool done() const { return state != FutState::Pending; }
  bool cancelled() const { return state == FutState::Cancelled; }
};

struct Task : Future {
  rt::Value coro;
  rt::Value fut_waiter;  // Null = None
  rt::Value name;        // str (or the object given as name)
  rt::Value context;
  bool must_cancel = false;
  bool log_destroy_pending = true;
  int num_cancels_requested = 0;
  // A step that was Preempted/Blocked and must be finished with resume().
  bool step_in_flight = false;
  uint64_t trace_id = 0;  // set by the observer (loop/observe.h), 0 if none
  // Intrusive list of live tasks (all_tasks), borrowed links.
  Task* prev_live = nullptr;
  Task* next_live = nullptr;
};

extern rt::Type Future_type, Task_type, FutureIter_type, GatheringFuture_type;

bool is_future(const rt::Value& v);  // Future/Task instance (asyncio.isfuture for our types)
inline Future* as_future(const rt::Value& v) { return v.as<Future>(); }

// ---- Future API (the C++ spellings of the Python methods) ----
rt::Ref<Future> new_future(EventLoop* loop);
// set_result / set_exception / cancel: Null/false with an exception pending on
// InvalidStateError etc.
bool future_set_result(Future* f, rt::Value result);
bool future_set_exception(Future* f, rt::Value exc);
bool future_cancel(Future* f, rt::Value msg = rt::Value());
// fut.cancel(msg) with the type's override (Task, _GatheringFuture).
bool cancel_any(Future* f, rt::Value msg = rt::Value());
// result(): the value, or Null with the exception (or CancelledError) pending.
rt::Value future_result(Future* f);
// exception(): the exception or None; Null + pending when cancelled/not done.
rt::Value future_exception(Future* f);
void future_add_done_callback(Future* f, rt::Value fn, rt::Value context = rt::Value());
int future_remove_done_callback(Future* f, const rt::Value& fn);
rt::Value make_cancelled_error(Future* f);
std::string future_repr(Future* f);

// ---- Task API ----
// Creates a Task for `coro` and schedules its first step (Task.__init__).
// Null + TypeError when coro is not a coroutine.
rt::Ref<Task> new_task(EventLoop* loop, rt::Value coro, rt::Value name = rt::Value(),
                       rt::Value context = rt::Value());
bool task_cancel(Task* t, rt::Value msg = rt::Value());
rt::Value task_get_name(Task* t);

// How a task step (or the resume of one) ended, for the loop.
enum class StepOutcome : uint8_t {
  Done,      // the step finished (the task may or may not be done)
  InFlight,  // Preempted or Blocked: call task_step_resume() before anything else
  Error,     // an exception is pending that must leave the loop (SystemExit,
             // KeyboardInterrupt) or be reported as "Exception in callback"
};
// Task.__step(exc): exc Null for send(None).
StepOutcome task_step(Task* t, rt::Value exc);
// Continues a step that returned InFlight.
StepOutcome task_step_resume(Task* t);

// What a loop callback does to a task: Task.__step (its first step, or after
// a bare yield) or Task.task_wakeup (the awaited future is done). Sets *task
// (borrowed) unless the answer is None. For the inspector (loop/inspect.h).
enum class TaskCallback : uint8_t { None, Step, Wakeup };
TaskCallback task_callback_kind(const rt::Value& fn, Task** task);

// Internal: call exception handler when a future dies with an unretrieved exception.
void future_type_init();

}  // namespace ls::loop
