// Hooks that let a host watch the event loop (DESIGN.md decision 8): task
// lifecycle, steps, wake-ups, timers, loop iterations, blocking calls.
//
// The session installs one Observer per session (set_observer) and turns the
// calls into events (docs/events.md). The loop layer only calls the hooks; it
// never changes what it does because someone listens. With no observer each
// hook site costs one load and a branch:
//
//   if (Observer* o = observer()) o->timer_scheduled(h);
#pragma once
#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace ls::loop {

struct Task;
struct Handle;
struct EventLoop;

class Observer {
 public:
  virtual ~Observer() = default;
  // A Task was created (its first step is scheduled). Assigns t->trace_id.
  virtual void task_created(Task* t) = 0;
  // Task.__step begins / has ended (after a preempted step: when it finally
  // ends). After step_end the task is either done or suspended.
  virtual void step_begin(Task* t) = 0;
  virtual void step_end(Task* t) = 0;
  // The future a task awaited is done: its wake-up is now in the ready queue.
  virtual void task_woken(Task* t) = 0;
  virtual void timer_scheduled(Handle* h) = 0;
  virtual void timer_fired(Handle* h) = 0;      // moved to the ready queue
  virtual void timer_cancelled(Handle* h) = 0;
  // _run_once took its snapshot: `ready` handles will run in this iteration.
  virtual void loop_iteration(EventLoop* l, size_t ready) = 0;
  // A call that blocks the whole program (time.sleep).
  virtual void blocking_call(const char* what, double seconds) = 0;
};

// The current session's observer, or null (also when no loop state exists).
Observer* observer();
void set_observer(Observer* o);

// What a suspended task waits for, as precisely as the loop knows.
struct WaitInfo {
  // "sleep", "future", "task", "gather", "wait_for", "wait", "as_completed",
  // "queue", "lock", "semaphore", "event", "condition", "barrier",
  // "taskgroup", "timeout", "yield" (ready again at once), "other".
  const char* on = "other";
  std::string where;       // innermost library/user coroutine qualname ("Queue.get")
  int line = 0;            // innermost line in the program's own file, 0 if none
  rt::Value future;        // the awaited future (t->fut_waiter), Null for "yield"
};
WaitInfo describe_wait(Task* t, const std::string& main_file);

// The currently running task (of the running loop), or null.
Task* current_task();

// A short repr that never runs Python code (user __repr__ is not called):
// numbers, strings, bytes, None/bools, and tuples/lists/dicts/sets of them;
// other objects as "<TYPE object>". At most `max` characters.
std::string safe_short_repr(const rt::Value& v, size_t max = 200);
// "ValueError: boom" for an exception instance, without running Python code.
std::string safe_exception_text(const rt::Value& exc, size_t max = 200);

}  // namespace ls::loop
