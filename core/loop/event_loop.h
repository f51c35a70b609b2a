// The event loop: Handle/TimerHandle and EventLoop (Python type
// `_UnixSelectorEventLoop`). Mirrors CPython 3.12 Lib/asyncio/events.py
// (Handle, TimerHandle) and base_events.py (BaseEventLoop: call_soon,
// call_later, call_at, _run_once, run_forever, run_until_complete, stop,
// close, exception handlers).
//
// Ordering rules (DESIGN.md decision 4):
//   * `ready` is a FIFO of handles; call_soon appends.
//   * timers live in a binary heap ordered by (round(when * 1e6), creation seq)
//     (the oracle's rule); cancelled timers are purged lazily from the head, or
//     all at once when more than half of >100 timers are cancelled.
//   * one iteration (_run_once): purge; poll timeout = 0 if anything is ready
//     or the loop is stopping, else the earliest timer's distance (capped at
//     86400 s), None (wait forever) with no timers; the clock waits that long;
//     timers with when < now + 1e-9 move to `ready` in heap order; then only
//     the `ntodo` handles that were ready at that moment run.
// Slices (DESIGN.md decision 5): an iteration may span host slices. The loop
// keeps `ntodo_left` and an in-flight handle/task step across slices, and
// run_step() always finishes the in-flight work before anything else.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "loop/clock.h"
#include "loop/coro_site.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

struct Task;
struct Future;

// A C++ callable with a Python face: what internal callbacks (Task.__step,
// Task.task_wakeup, gather's _done_callback, ...) are, so reprs and "Exception
// in callback" lines read like CPython's.
struct NativeCallback : rt::Object {
  using Fn = rt::Value (*)(NativeCallback* self, rt::CallArgs a);
  Fn fn = nullptr;
  const char* qualname = "";       // __qualname__ shown by _format_callback
  const char* type_repr = nullptr; // if set, repr is "<TYPE object at 0x..>" and no qualname
  const CoroSite* site = nullptr;  // " at FILE:LINE" suffix (run_line), from loop/sites.h
  bool partial = false;            // shown as functools.partial(fn, a): "fn(<a>)(args)"
  rt::Value a, b;                  // bound state
};
extern rt::Type NativeCallback_type;
rt::Ref<NativeCallback> new_native_callback(NativeCallback::Fn fn, const char* qualname,
                                            rt::Value a = rt::Value(), rt::Value b = rt::Value());

struct EventLoop;

// `context` if given, else contextvars.copy_context() once contextvars is in
// use (Handle and Task constructors), else Null.
rt::Value context_or_copy(rt::Value context);

struct Handle : rt::Object {
  rt::Value callback;   // Null once run or cancelled
  std::vector<rt::Value> args;
  rt::Value context;
  rt::Ref<EventLoop> loop;
  std::string repr_cache;  // debug-mode repr frozen at cancel()
  bool cancelled = false;
  // TimerHandle part.
  bool is_timer = false;
  bool scheduled = false;  // in the timer heap
  double when = 0;
  int64_t key = 0;         // round(when * 1e6)
  uint64_t seq = 0;        // creation order, breaks ties
};
extern rt::Type Handle_type, TimerHandle_type;

void handle_cancel(Handle* h);
std::string handle_repr(Handle* h);

// The outcome of one unit of loop work (see EventLoop::run_step).
enum class LoopStep : uint8_t {
  Progress,   // ran something (or finished an iteration); call again
  Stopped,    // run_forever's loop ended (stop() seen at an iteration end)
  Wait,       // nothing runnable: wait `wait_seconds` (real clock) then call again
  Deadlock,   // nothing ready, no timers: the loop would wait forever
  InFlight,   // work was Preempted/Blocked (see interp().block for Sleep)
  Error,      // an exception escaped (SystemExit/KeyboardInterrupt): pending
};

struct EventLoop : rt::Object {
  std::deque<rt::Ref<Handle>> ready;
  std::vector<rt::Ref<Handle>> scheduled;  // heap, earliest first
  int64_t timer_cancelled_count = 0;
  bool stopping = false;
  bool closed = false;
  bool debug = false;
  bool running = false;
  double clock_resolution = 1e-9;
  double slow_callback_duration = 0.1;
  rt::Value exception_handler;  // Null = default
  rt::Value task_factory;
  rt::Value current_task;       // asyncio.current_task(loop); Null = None
  std::vector<rt::Gen*> asyncgens;  // weak: async generators first iterated here (asyncgen.h)
  bool asyncgens_shutdown_called = false;
  Clock* clock = nullptr;
  // Python frames of asyncio.run/Runner.run/run_until_complete below run_forever
  // while the loop runs: they count toward the recursion limit (Driver).
  int caller_frames = 0;
  // Iteration state that survives slice boundaries.
  bool in_iteration = false;
  int64_t ntodo_left = 0;
  rt::Ref<Handle> inflight_handle;  // a handle whose callback is in flight
  rt::Exec inflight_exec;           // ... running a Python callback
  rt::Ref<Task> inflight_task;      // ... or a task step
  double wait_seconds = 0;          // for LoopStep::Wait
  bool waiting = false;             // returned Wait; the host waits, then calls again

  double time() const { return clock->monotonic(); }

  // call_soon/call_later/call_at (already-checked arguments).
  rt::Ref<Handle> call_soon(rt::Value cb, std::vector<rt::Value> args, rt::Value context = rt::Value());
  rt::Ref<Handle> call_at(double when, rt::Value cb, std::vector<rt::Value> args,
                          rt::Value context = rt::Value());
  rt::Ref<Handle> call_later(double delay, rt::Value cb, std::vector<rt::Value> args,
                             rt::Value context = rt::Value()) {
    return call_at(time() + delay, std::move(cb), std::move(args), std::move(context));
  }
  void timer_handle_cancelled(Handle* h);

  // run_forever's frame: begin (checks closed/running, becomes the running
  // loop) ... run_step() until Stopped/Error ... end (always).
  bool run_forever_begin();  // false + RuntimeError pending
  void run_forever_end();
  // Does one unit of work: finishes in-flight work, runs one ready handle of
  // the current iteration, or starts the next iteration. Never blocks.
  LoopStep run_step();
  LoopStep run_step_inner();
  void enter_context(Handle* h);  // the handle's Context becomes current (contextvars)
  // After a Blocked step (time.sleep inside a task or callback) has been
  // waited out: hands `v` (None) to the blocked call so resume() continues.
  void deliver_block_result(rt::Value v);
  // stop()/close() as in base_events.py.
  void stop() { stopping = true; }
  bool close();  // false + RuntimeError when running

  // call_exception_handler(context): context is a dict.
  // `handling`: the exception being handled around the call (Handle._run's
  // `except` block), the __context__ of anything the handler raises.
  void call_exception_handler(rt::Value context, rt::Value handling = rt::Value());

 private:
  LoopStep run_handle(rt::Ref<Handle> h);
  LoopStep finish_handle(rt::RunStatus st);
  void begin_iteration_timers();
};

extern rt::Type EventLoop_type;

rt::Ref<EventLoop> new_event_loop();
// events._get_running_loop(): borrowed, null if none.
EventLoop* running_loop();
// The default handler's output: "message\nkey: repr\n" + traceback, to stderr.
void default_exception_handler(rt::Value context);

// Calls `cb(*args)` for a handle: natives directly, Python functions through a
// resumable Exec. Used by Handle and by tests.
void event_loop_type_init();

}  // namespace ls::loop
