// Per-session state of the loop layer (hung off rt::Interp::loop_state):
// the clock, the running loop, the policy's current loop, the Task-N counter,
// the live-task list, and asyncio's exception classes for the target version.
#pragma once
#include <string>

#include "loop/clock.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

struct EventLoop;
struct Task;
class Observer;

struct LoopState {
  Clock* clock = nullptr;
  rt::Ref<EventLoop> running_loop;   // events._get_running_loop()
  rt::Value policy_loop;             // policy._local._loop (Null = None)
  bool policy_set_called = false;    // policy._local._set_called
  int64_t task_counter = 0;          // Task-N
  uint64_t timer_seq = 0;            // creation order of timers
  Task* live_tasks = nullptr;        // intrusive list head (borrowed)
  Task* live_tail = nullptr;
  Observer* observer = nullptr;     // loop/observe.h: a host watching (null = nobody)
  // contextvars (modules/stdlib/py_contextvars.cpp): the Context code runs in,
  // and contextvars.copy_context once the module is imported (Null before:
  // then handles and tasks carry no context and nothing is copied).
  rt::Value current_context, copy_context;
  // asyncio.exceptions classes (heap types made at attach()).
  rt::Value CancelledError, InvalidStateError, TimeoutError, IncompleteReadError,
      LimitOverrunError, SendfileNotAvailableError, BrokenBarrierError,
      QueueEmpty, QueueFull, QueueShutDown;
  int minor() const { return rt::interp().minor; }
};

// The current session's loop state (attach() must have run).
LoopState& state();
bool attached();
// "/usr/lib/python3.12/" + rel ("asyncio/tasks.py").
std::string stdlib_path(const char* rel);

// Raises CancelledError/InvalidStateError/TimeoutError (Null).
rt::Value raise_cancelled(rt::Value msg = rt::Value());
rt::Value raise_invalid_state(std::string_view msg);
rt::Value new_cancelled_error(rt::Value msg = rt::Value());
bool is_cancelled_error(const rt::Value& exc);

}  // namespace ls::loop
