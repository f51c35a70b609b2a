// asyncio.Future, its iterator, and asyncio.Task (see future.h).
// Mirrors CPython 3.12 Lib/asyncio/futures.py and tasks.py, outcome by outcome.
#include "loop/future.h"
#include "runtime/version_table.h"

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/native_coro.h"
#include "loop/observe.h"
#include "loop/state.h"
#include "runtime/types/exception.h"

namespace ls::rt {
std::string format_exception_only(const Value& exc);  // traceback.cpp
}

namespace ls::loop {

using rt::Ref;
using rt::Step;
using rt::StepKind;
using rt::Value;

rt::Type Future_type, Task_type, FutureIter_type, GatheringFuture_type;

bool is_future(const Value& v) {
  return v.is_obj() && (v.obj()->type == &Future_type || v.obj()->type == &Task_type ||
                        v.obj()->type == &GatheringFuture_type);
}

bool cancel_any(Future* f, Value msg) {
  if (f->is_task) return task_cancel(static_cast<Task*>(f), std::move(msg));
  if (f->type == &GatheringFuture_type) {
    if (f->done()) return false;
    bool ret = false;
    std::vector<Value> kids = f->children;
    for (auto& c : kids)
      if (cancel_any(as_future(c), msg)) ret = true;
    if (ret) f->cancel_requested = true;
    return ret;
  }
  return future_cancel(f, std::move(msg));
}

// ---------------------------------------------------------------- Future

static Task* wakeup_target(const Value& fn);

static void schedule_callbacks(Future* f) {
  if (f->callbacks.empty()) return;
  std::vector<FutureCallback> cbs;
  cbs.swap(f->callbacks);
  Value self = Value::borrow(f);
  for (auto& cb : cbs) f->loop->call_soon(cb.fn, {self}, cb.context);
  if (Observer* o = observer())
    for (auto& cb : cbs)
      if (Task* t = wakeup_target(cb.fn)) o->task_woken(t);
}

static const char* state_name(FutState s) {
  switch (s) {
    case FutState::Pending: return "PENDING";
    case FutState::Cancelled: return "CANCELLED";
    case FutState::Finished: return "FINISHED";
  }
  return "";
}

Ref<Future> new_future(EventLoop* loop) {
  Future* f = rt::make_object<Future>(&Future_type);
  f->loop = Ref<EventLoop>::borrow(loop);
  return Ref<Future>::steal(f);
}

// The C accelerator's message (Python futures.py says "STATE: repr").
bool future_set_result(Future* f, Value result) {
  if (f->state != FutState::Pending) {
    raise_invalid_state("invalid state");
    return false;
  }
  f->result = std::move(result);
  f->state = FutState::Finished;
  schedule_callbacks(f);
  return true;
}

bool future_set_exception(Future* f, Value exc) {
  if (f->state != FutState::Pending) {
    raise_invalid_state("invalid state");
    return false;
  }
  if (rt::isinstance(exc, &rt::type_type)) {
    exc = rt::call(exc, {});
    if (!exc) return false;
  }
  if (!rt::isinstance(exc, &rt::BaseException_type)) {
    rt::raise(&rt::TypeError_type, "invalid exception object");
    return false;
  }
  if (rt::isinstance(exc, &rt::StopIteration_type)) {
    const char* msg = "StopIteration interacts badly with generators and cannot be raised into a Future";
    if (state().minor() < 12) {
      rt::raise(&rt::TypeError_type, msg);
      return false;
    }
    // 3.12's _asyncio stores a RuntimeError caused by the StopIteration.
    Value err = rt::new_exception(&rt::RuntimeError_type, msg);
    rt::as_exc(err)->cause = exc;
    rt::as_exc(err)->context = exc;
    exc = std::move(err);
  }
  f->exception_tb = rt::as_exc(exc)->traceback;
  f->exception = std::move(exc);
  f->state = FutState::Finished;
  schedule_callbacks(f);
  f->log_traceback = true;
  return true;
}

bool future_cancel(Future* f, Value msg) {
  f->log_traceback = false;
  if (f->state != FutState::Pending) return false;
  f->state = FutState::Cancelled;
  f->cancel_message = std::move(msg);
  schedule_callbacks(f);
  return true;
}

// Future._make_cancelled_error(). 3.11+ re-raises the CancelledError that
// cancelled a task (so its message survives); 3.9/3.10 make a new one from
// the cancel message (None for a task: `super().cancel()`) chained to it.
Value make_cancelled_error(Future* f) {
  if (f->cancelled_exc && state().minor() >= 11) {
    Value e = std::move(f->cancelled_exc);
    f->cancelled_exc = Value();
    return e;
  }
  Value msg = f->cancel_message;
  Value e = new_cancelled_error(msg && !rt::is_none(msg) ? msg : Value());
  if (!e) return Value();
  if (f->cancelled_exc) rt::as_exc(e)->context = std::move(f->cancelled_exc);
  f->cancelled_exc = Value();
  return e;
}

// The stored exception, as _asyncio's future_get_result hands it out: from
// 3.11 its traceback is reset to the one it had when set, the first time only
// (fut_exception_tb is cleared, so later retrievals start from None); 3.9
// leaves the exception's traceback alone, so each raise adds to it.
static Value stored_exception(Future* f) {
  Value e = f->exception;
  if (state().minor() >= 11) {
    rt::as_exc(e)->traceback = f->exception_tb ? f->exception_tb : rt::None();
    f->exception_tb = Value();
  }
  return e;
}

static Value raise_stored(Future* f) {
  rt::set_pending(stored_exception(f));
  return Value();
}

Value future_result(Future* f) {
  if (f->state == FutState::Cancelled) {
    Value e = make_cancelled_error(f);
    if (!e) return Value();
    rt::set_pending(std::move(e));
    return Value();
  }
  if (f->state != FutState::Finished) return raise_invalid_state("Result is not set.");
  f->log_traceback = false;
  if (f->exception) return raise_stored(f);
  return f->result ? f->result : rt::None();
}

Value future_exception(Future* f) {
  if (f->state == FutState::Cancelled) {
    Value e = make_cancelled_error(f);
    if (!e) return Value();
    rt::set_pending(std::move(e));
    return Value();
  }
  if (f->state != FutState::Finished) return raise_invalid_state("Exception is not set.");
  f->log_traceback = false;
  return f->exception ? f->exception : rt::None();
}

void future_add_done_callback(Future* f, Value fn, Value context) {
  if (f->state != FutState::Pending) {
    f->loop->call_soon(std::move(fn), {Value::borrow(f)}, std::move(context));
  } else {
    f->callbacks.push_back({std::move(fn), std::move(context)});
  }
}

int future_remove_done_callback(Future* f, const Value& fn) {
  std::vector<FutureCallback> keep;
  int removed = 0;
  for (auto& cb : f->callbacks) {
    int eq = rt::richcompare_bool(cb.fn, fn, rt::CmpOp::EQ);
    if (eq < 0) return -1;
    if (eq) ++removed;
    else keep.push_back(cb);
  }
  f->callbacks.swap(keep);
  return removed;
}

static std::string format_callbacks(Future* f) {
  size_t n = f->callbacks.size();
  auto one = [&](size_t i) { return format_callback_source(f->callbacks[i].fn, {}); };
  std::string cb;
  if (n == 1) cb = one(0);
  else if (n == 2) cb = one(0) + ", " + one(1);
  else if (n > 2) cb = one(0) + ", <" + std::to_string(n - 2) + " more>, " + one(n - 1);
  return "cb=[" + cb + "]";
}

static std::vector<std::string> future_repr_info(Future* f) {
  std::vector<std::string> info;
  std::string st = state_name(f->state);
  for (auto& c : st) c = char(std::tolower(c));
  info.push_back(st);
  if (f->state == FutState::Finished) {
    if (f->exception) info.push_back("exception=" + safe_repr(f->exception));
    else info.push_back("result=" + reprlib_repr(f->result ? f->result : rt::None()));
  }
  if (!f->callbacks.empty()) info.push_back(format_callbacks(f));
  return info;
}

static std::string task_repr(Task* t);

std::string future_repr(Future* f) {
  PendingGuard g;
  if (f->is_task) return task_repr(static_cast<Task*>(f));
  std::string s = f->type == &GatheringFuture_type ? "<_GatheringFuture" : "<Future";
  for (auto& i : future_repr_info(f)) s += " " + i;
  return s + ">";
}

// Reports an unretrieved exception when a future dies (FutureObj_finalize).
static void future_finalize(Future* f) {
  if (!f->log_traceback || !f->exception || !f->loop) return;
  f->log_traceback = false;
  Value self = Value::borrow(f);
  std::string msg = std::string(f->is_task ? "Task" : "Future") + " exception was never retrieved";
  Value ctx = make_context({{"message", rt::str_value(msg)},
                            {"exception", f->exception},
                            {"future", self}});
  f->loop->call_exception_handler(ctx);
}

static void unlink_task(Task* t);

static void future_dealloc_common(rt::Object* o, bool task) {
  Future* f = static_cast<Future*>(o);
  if (f->loop && rt::current_interp()) {
    // Resurrect while reporting (repr() takes references).
    f->refcnt = 1;
    {
      PendingGuard g;
      if (task) {
        Task* t = static_cast<Task*>(f);
        if (t->state == FutState::Pending && t->log_destroy_pending) {
          Value self = Value::borrow(t);
          Value ctx = make_context({{"task", self},
                                    {"message", rt::str_value("Task was destroyed but it is pending!")}});
          t->loop->call_exception_handler(ctx);
        }
      }
      future_finalize(f);
    }
    if (--f->refcnt != 0) return;  // resurrected by the handler
  }
  if (task) {
    unlink_task(static_cast<Task*>(f));
    rt::dealloc_as<Task>(o);
  } else {
    rt::dealloc_as<Future>(o);
  }
}

static void future_dealloc(rt::Object* o) { future_dealloc_common(o, false); }
static void task_dealloc(rt::Object* o) { future_dealloc_common(o, true); }

// ---------------------------------------------------------------- FutureIter

struct FutureIter : rt::CoroutineObject {
  Ref<Future> fut;
  Step send(Value) override {
    if (!fut) return Step{StepKind::Return, rt::None()};
    if (fut->state == FutState::Pending) {
      if (!fut->blocking) {
        fut->blocking = true;
        return Step{StepKind::Yield, fut.value()};
      }
      rt::raise(&rt::RuntimeError_type, "await wasn't used with future");
      return Step{StepKind::Raise, Value()};
    }
    Ref<Future> f = std::move(fut);
    Value r = future_result(f.get());
    if (!r) return Step{StepKind::Raise, Value()};
    return Step{StepKind::Return, std::move(r)};
  }
  Step throw_(Value exc) override {
    fut = nullptr;
    rt::set_pending(std::move(exc));
    return Step{StepKind::Raise, Value()};
  }
  Step resume() override { return Step{StepKind::Raise, rt::raise(&rt::SystemError_type, "FutureIter cannot resume")}; }
  bool finished() const override { return !fut; }
  std::string describe() override { return "FutureIter"; }
};

static Value future_iter_new(Future* f) {
  FutureIter* it = rt::make_object<FutureIter>(&FutureIter_type);
  it->fut = Ref<Future>::borrow(f);
  return Value::steal(it);
}

static Value iter_step_to_py(Step s) {
  if (s.kind == StepKind::Yield) return s.value;
  if (s.kind == StepKind::Raise) return Value();
  Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
  if (!e) return Value();
  return rt::raise_value(e);
}

static Value fi_next(const Value& self) {
  FutureIter* it = self.as<FutureIter>();
  if (!it->fut) return Value();  // exhausted
  Step s = it->send(rt::None());
  if (s.kind == StepKind::Return) {
    // next() with a value: StopIteration(value).
    Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
    if (!e) return Value();
    return rt::raise_value(e);
  }
  return iter_step_to_py(std::move(s));
}
static Value fi_send(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "send", 1, 1)) return Value();
  return iter_step_to_py(self.as<FutureIter>()->send(a[0]));
}
static Value fi_throw(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "throw", 1, 3)) return Value();
  Value exc = a[0];
  if (rt::isinstance(exc, &rt::type_type)) {
    exc = a.nargs > 1 && !rt::is_none(a[1]) ? rt::call(exc, {a[1]}) : rt::call(exc, {});
    if (!exc) return Value();
  }
  return iter_step_to_py(self.as<FutureIter>()->throw_(exc));
}
static Value fi_close(const Value& self, rt::CallArgs) {
  self.as<FutureIter>()->fut = nullptr;
  return rt::None();
}
static Value fi_iter(const Value& self) { return self; }
static Value fi_iter_m(const Value& self, rt::CallArgs) { return self; }

// ---------------------------------------------------------------- Task

static void link_task(Task* t) {
  LoopState& st = state();
  t->prev_live = st.live_tail;
  t->next_live = nullptr;
  if (st.live_tail) st.live_tail->next_live = t;
  else st.live_tasks = t;
  st.live_tail = t;
}

static void unlink_task(Task* t) {
  if (!attached()) return;
  LoopState& st = state();
  if (t->prev_live) t->prev_live->next_live = t->next_live;
  else if (st.live_tasks == t) st.live_tasks = t->next_live;
  else return;
  if (t->next_live) t->next_live->prev_live = t->prev_live;
  else st.live_tail = t->prev_live;
  t->prev_live = t->next_live = nullptr;
}

static Value task_step_cb(NativeCallback* self, rt::CallArgs a);
static Value task_wakeup_cb(NativeCallback* self, rt::CallArgs a);

// Task.task_wakeup bound to t (3.9/3.10: a TaskWakeupMethWrapper object).
static Ref<NativeCallback> new_wakeup_callback(Task* t) {
  Ref<NativeCallback> w = new_native_callback(task_wakeup_cb, "Task.task_wakeup", Value::borrow(t));
  if (state().minor() <= 10) w->type_repr = "TaskWakeupMethWrapper";
  return w;
}

// Schedules Task.__step(exc) with call_soon (TaskStepMethWrapper).
static void call_step_soon(Task* t, Value exc) {
  Ref<NativeCallback> cb = new_native_callback(task_step_cb, "", Value::borrow(t), std::move(exc));
  cb->type_repr = "TaskStepMethWrapper";
  t->loop->call_soon(cb.take(), {}, t->context);
}

Ref<Task> new_task(EventLoop* loop, Value coro, Value name, Value context) {
  if (!is_coroutine(coro) && !(state().minor() <= 9 && rt::is_exact(coro, &rt::generator_type))) {
    rt::raisef(&rt::TypeError_type, "a coroutine was expected, got %s", safe_repr(coro).c_str());
    return nullptr;
  }
  Task* t = rt::make_object<Task>(&Task_type);
  Ref<Task> ref = Ref<Task>::steal(t);
  t->is_task = true;
  t->loop = Ref<EventLoop>::borrow(loop);
  LoopState& st = state();
  bool counts = st.minor() < 14 || !name || rt::is_none(name);
  int64_t n = counts ? ++st.task_counter : 0;
  if (!name || rt::is_none(name)) {
    t->name = rt::str_value("Task-" + std::to_string(n));
  } else if (rt::is_str(name)) {
    t->name = name;
  } else {
    t->name = rt::str(name);
    if (!t->name) return nullptr;
  }
  t->coro = std::move(coro);
  t->context = context_or_copy(std::move(context));
  call_step_soon(t, Value());
  link_task(t);
  if (Observer* o = observer()) o->task_created(t);
  return ref;
}

Value task_get_name(Task* t) { return t->name; }

bool task_cancel(Task* t, Value msg) {
  t->log_traceback = false;
  if (t->done()) return false;
  t->num_cancels_requested += 1;
  if (t->fut_waiter) {
    Value w = t->fut_waiter;
    bool ok;
    if (is_future(w)) {
      Future* wf = as_future(w);
      ok = cancel_any(wf, msg);
    } else {
      Value r = msg ? rt::call_method(w, "cancel", {msg}) : rt::call_method(w, "cancel", {});
      if (!r) return false;
      ok = rt::truthy(r) > 0;
    }
    if (ok) return true;
  }
  t->must_cancel = true;
  t->cancel_message = std::move(msg);
  return true;
}

static bool enter_task(EventLoop* loop, Task* t) {
  if (loop->current_task) {
    rt::raisef(&rt::RuntimeError_type, "Cannot enter into task %s while another task %s is being executed.",
               future_repr(t).c_str(), safe_repr(loop->current_task).c_str());
    return false;
  }
  loop->current_task = Value::borrow(t);
  return true;
}

static void leave_task(EventLoop* loop, Task* t) {
  if (loop->current_task.is(t)) loop->current_task = Value();
}

// The yielded-value half of __step_run_and_handle_result.
static StepOutcome handle_step_result(Task* t, Step s) {
  EventLoop* loop = t->loop.get();
  switch (s.kind) {
    case StepKind::Return:
      if (t->must_cancel) {
        t->must_cancel = false;
        future_cancel(t, t->cancel_message);
      } else {
        future_set_result(t, std::move(s.value));
      }
      break;
    case StepKind::Raise: {
      Value exc = rt::take_pending();
      if (is_cancelled_error(exc)) {
        t->cancelled_exc = exc;
        future_cancel(t, Value());
      } else if (rt::isinstance(exc, &rt::KeyboardInterrupt_type) ||
                 rt::isinstance(exc, &rt::SystemExit_type)) {
        future_set_exception(t, exc);
        rt::set_pending(std::move(exc));
        leave_task(loop, t);
        return StepOutcome::Error;
      } else {
        future_set_exception(t, std::move(exc));
      }
      break;
    }
    case StepKind::Yield: {
      Value result = std::move(s.value);
      if (is_future(result)) {
        Future* rf = as_future(result);
        if (rf->loop.get() != loop) {
          Value e = rt::new_exception(&rt::RuntimeError_type,
                                      "Task " + future_repr(t) + " got Future " + future_repr(rf) +
                                          " attached to a different loop");
          call_step_soon(t, e);
        } else if (rf->blocking) {
          if (rf == t) {
            call_step_soon(t, rt::new_exception(&rt::RuntimeError_type,
                                                "Task cannot await on itself: " + future_repr(t)));
          } else {
            rf->blocking = false;
            Ref<NativeCallback> w = new_wakeup_callback(t);
            future_add_done_callback(rf, w.take(), t->context);
            t->fut_waiter = result;
            if (t->must_cancel) {
              bool ok = cancel_any(rf, t->cancel_message);
              if (ok) t->must_cancel = false;
            }
          }
        } else {
          call_step_soon(t, rt::new_exception(&rt::RuntimeError_type,
                                              "yield was used instead of yield from in task " +
                                                  future_repr(t) + " with " + safe_repr(result)));
        }
      } else if (result && rt::is_none(result)) {
        call_step_soon(t, Value());
      } else if (rt::is_exact(result, &rt::generator_type)) {
        call_step_soon(t, rt::new_exception(&rt::RuntimeError_type,
                                            "yield was used instead of yield from for generator in task " +
                                                future_repr(t) + " with " + safe_repr(result)));
      } else {
        // Duck-typed futures (_asyncio_future_blocking attribute).
        Value blocking = rt::getattr_opt(result, rt::intern("_asyncio_future_blocking"));
        if (rt::pending()) rt::clear_pending();
        if (blocking && !rt::is_none(blocking) && rt::truthy(blocking) > 0) {
          rt::setattr(result, rt::intern("_asyncio_future_blocking"), rt::False());
          Ref<NativeCallback> w = new_wakeup_callback(t);
          Value r = rt::call_method(result, "add_done_callback", {w.take()});
          if (!r) {
            leave_task(loop, t);
            return StepOutcome::Error;
          }
          t->fut_waiter = result;
        } else {
          call_step_soon(t, rt::new_exception(&rt::RuntimeError_type,
                                              "Task got bad yield: " + safe_repr(result)));
        }
      }
      break;
    }
    case StepKind::Preempted:
    case StepKind::Blocked:
      t->step_in_flight = true;
      return StepOutcome::InFlight;
  }
  leave_task(loop, t);

  return StepOutcome::Done;
}

// The observer sees a step end once it is over (not when it is preempted).
static StepOutcome observed_step_end(Task* t, StepOutcome o) {
  if (o != StepOutcome::InFlight)
    if (Observer* ob = observer()) ob->step_end(t);
  return o;
}

StepOutcome task_step(Task* t, Value exc) {
  Ref<Task> keep = Ref<Task>::borrow(t);
  if (t->done()) {
    raise_invalid_state("_step(): already done: " + future_repr(t) + ", " +
                        (exc ? safe_repr(exc) : std::string("None")));
    return StepOutcome::Error;
  }
  if (t->must_cancel) {
    if (!exc || !is_cancelled_error(exc)) exc = make_cancelled_error(t);
    t->must_cancel = false;
  }
  t->fut_waiter = Value();
  if (!enter_task(t->loop.get(), t)) return StepOutcome::Error;
  if (Observer* o = observer()) o->step_begin(t);
  Step s;
  // Before 3.12 the step runs through a TaskStepMethWrapper call, one more
  // level toward the recursion limit.
  int wrapper = rt::vfeature(rt::VFeature::CCallsCountDepth) ? 1 : 0;
  rt::interp().depth += wrapper;
  if (rt::CoroutineObject* co = as_coroutine_object(t->coro)) {
    s = exc ? co->throw_(std::move(exc)) : co->send(rt::None());
  } else {
    Value r = exc ? rt::call_method(t->coro, "throw", {exc}) : rt::call_method(t->coro, "send", {rt::None()});
    if (r) {
      s = Step{StepKind::Yield, std::move(r)};
    } else if (rt::pending_matches(&rt::StopIteration_type)) {
      Value e = rt::take_pending();
      Value v = rt::as_exc(e)->value;
      s = Step{StepKind::Return, v ? v : rt::None()};
    } else {
      s = Step{StepKind::Raise, Value()};
    }
  }
  rt::interp().depth -= wrapper;
  return observed_step_end(t, handle_step_result(t, std::move(s)));
}

StepOutcome task_step_resume(Task* t) {
  Ref<Task> keep = Ref<Task>::borrow(t);
  t->step_in_flight = false;
  rt::CoroutineObject* co = as_coroutine_object(t->coro);
  LS_ASSERT(co);
  int wrapper = rt::vfeature(rt::VFeature::CCallsCountDepth) ? 1 : 0;  // as in task_step
  rt::interp().depth += wrapper;
  Step s = co->resume();
  rt::interp().depth -= wrapper;
  return observed_step_end(t, handle_step_result(t, std::move(s)));
}

static Value task_step_cb(NativeCallback* self, rt::CallArgs) {
  Task* t = self->a.as<Task>();
  StepOutcome o = task_step(t, self->b);
  if (o == StepOutcome::Error) return Value();
  return rt::None();
}

// Task.task_wakeup(future): step with the future's exception, if any.
static Value wakeup_exc(Value fut, bool* failed) {
  *failed = false;
  if (is_future(fut)) {
    Future* f = as_future(fut);
    if (f->state == FutState::Cancelled) return make_cancelled_error(f);
    if (f->exception) {
      f->log_traceback = false;
      return stored_exception(f);
    }
    f->log_traceback = false;
    return Value();
  }
  Value r = rt::call_method(fut, "result", {});
  if (r) return Value();
  return rt::take_pending();
}

static Value task_wakeup_cb(NativeCallback* self, rt::CallArgs a) {
  Task* t = self->a.as<Task>();
  bool failed;
  Value exc = wakeup_exc(a.nargs ? a[0] : rt::None(), &failed);
  StepOutcome o = task_step(t, std::move(exc));
  if (o == StepOutcome::Error) return Value();
  return rt::None();
}

// The task a Task.task_wakeup callback resumes, or null.
static Task* wakeup_target(const Value& fn) {
  if (!rt::is_exact(fn, &NativeCallback_type)) return nullptr;
  NativeCallback* nc = fn.as<NativeCallback>();
  return nc->fn == task_wakeup_cb ? nc->a.as<Task>() : nullptr;
}

TaskCallback task_callback_kind(const Value& fn, Task** task) {
  if (!rt::is_exact(fn, &NativeCallback_type)) return TaskCallback::None;
  NativeCallback* nc = fn.as<NativeCallback>();
  if (nc->fn != task_step_cb && nc->fn != task_wakeup_cb) return TaskCallback::None;
  *task = nc->a.as<Task>();
  return nc->fn == task_step_cb ? TaskCallback::Step : TaskCallback::Wakeup;
}

// Loop-aware entry points (the loop calls these to see InFlight).
StepOutcome run_task_callback(NativeCallback* cb, const std::vector<Value>& args, bool* handled) {
  *handled = true;
  if (cb->fn == task_step_cb) return task_step(cb->a.as<Task>(), cb->b);
  if (cb->fn == task_wakeup_cb) {
    bool failed;
    Value exc = wakeup_exc(args.empty() ? rt::None() : args[0], &failed);
    return task_step(cb->a.as<Task>(), std::move(exc));
  }
  *handled = false;
  return StepOutcome::Done;
}

static std::string task_repr(Task* t) {
  std::vector<std::string> info = future_repr_info(t);
  // base_tasks._task_repr_info: 3.11+ asks cancelling(); 3.9 looks at _must_cancel.
  if (state().minor() >= 11 ? t->num_cancels_requested > 0 && !t->done() : t->must_cancel) info[0] = "cancelling";
  info.insert(info.begin() + 1, "name=" + safe_repr(t->name));
  if (t->fut_waiter) info.insert(info.begin() + 2, "wait_for=" + safe_repr(t->fut_waiter));
  if (t->coro) {
    std::string d;
    if (rt::CoroutineObject* co = as_coroutine_object(t->coro)) d = co->describe();
    else d = safe_repr(t->coro);
    info.insert(info.begin() + 2, "coro=<" + d + ">");
  }
  std::string s = "<Task";
  for (auto& i : info) s += " " + i;
  return s + ">";
}

// ---------------------------------------------------------------- Python face

static EventLoop* loop_for_new(const Value& loop_arg);

static Value fut_new(rt::Type*, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "Future", "$loop", args)) return Value();
  EventLoop* loop = loop_for_new(args[0]);
  if (!loop) return Value();
  return new_future(loop).take();
}

static Value task_new(rt::Type*, rt::CallArgs a) {
  Value args[5];
  if (!rt::parse_args(a, "Task", "coro|$loop,name,context,eager_start", args)) return Value();
  EventLoop* loop = loop_for_new(args[1]);
  if (!loop) return Value();
  Ref<Task> t = new_task(loop, args[0], args[2], args[3]);
  if (!t) return Value();
  return t.take();
}

static Future* F(const Value& v) { return v.as<Future>(); }
static Value m_result(const Value& self, rt::CallArgs) { return future_result(F(self)); }
static Value m_exception(const Value& self, rt::CallArgs) { return future_exception(F(self)); }
static Value m_done(const Value& self, rt::CallArgs) { return rt::Bool(F(self)->done()); }
static Value m_cancelled(const Value& self, rt::CallArgs) { return rt::Bool(F(self)->cancelled()); }
static Value m_set_result(const Value& self, rt::CallArgs a) {
  if (F(self)->is_task) return rt::raise(&rt::RuntimeError_type, "Task does not support set_result operation");
  if (!rt::check_nargs(a, "set_result", 1, 1)) return Value();
  return future_set_result(F(self), a[0]) ? rt::None() : Value();
}
static Value m_set_exception(const Value& self, rt::CallArgs a) {
  if (F(self)->is_task) return rt::raise(&rt::RuntimeError_type, "Task does not support set_exception operation");
  if (!rt::check_nargs(a, "set_exception", 1, 1)) return Value();
  return future_set_exception(F(self), a[0]) ? rt::None() : Value();
}
static Value m_cancel(const Value& self, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "cancel", "|msg", args)) return Value();
  Value msg = args[0] && !rt::is_none(args[0]) ? args[0] : Value();
  return rt::Bool(cancel_any(F(self), msg));
}
static Value m_add_done_callback(const Value& self, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "add_done_callback", "fn|$context", args)) return Value();
  future_add_done_callback(F(self), args[0], args[1] && !rt::is_none(args[1]) ? args[1] : Value());
  return rt::None();
}
static Value m_remove_done_callback(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "remove_done_callback", 1, 1)) return Value();
  int n = future_remove_done_callback(F(self), a[0]);
  if (n < 0) return Value();
  return rt::Int(n);
}
static Value m_get_loop(const Value& self, rt::CallArgs) { return F(self)->loop.value(); }
static Value m_await(const Value& self, rt::CallArgs) { return future_iter_new(F(self)); }
static Value s_iter(const Value& self) { return future_iter_new(F(self)); }
static Value f_repr(const Value& self) { return rt::str_value(future_repr(F(self))); }
static Value g_blocking(const Value& self) { return rt::Bool(F(self)->blocking); }
static bool s_blocking(const Value& self, const Value& v) {
  int b = rt::truthy(v);
  if (b < 0) return false;
  F(self)->blocking = b;
  return true;
}
static Value g_log_traceback(const Value& self) { return rt::Bool(F(self)->log_traceback); }
static bool s_log_traceback(const Value& self, const Value& v) {
  int b = rt::truthy(v);
  if (b < 0) return false;
  if (b) {
    rt::raise(&rt::ValueError_type, "_log_traceback can only be set to False");
    return false;
  }
  F(self)->log_traceback = false;
  return true;
}
static Value g_state(const Value& self) { return rt::str_value(state_name(F(self)->state)); }
static Value g_result(const Value& self) { return F(self)->result ? F(self)->result : rt::None(); }
static Value g_exception(const Value& self) { return F(self)->exception ? F(self)->exception : rt::None(); }
static Value g_loop(const Value& self) { return F(self)->loop.value(); }
static Value g_callbacks(const Value& self) {
  Future* f = F(self);
  if (f->callbacks.empty()) return rt::None();
  Ref<rt::List> l = rt::new_list();
  for (auto& cb : f->callbacks) {
    Ref<rt::Tuple> t = rt::tuple_of({cb.fn, cb.context ? cb.context : rt::None()});
    rt::list_append(l.get(), t.take());
  }
  return l.take();
}

static Task* T(const Value& v) { return v.as<Task>(); }
static Value m_get_coro(const Value& self, rt::CallArgs) { return T(self)->coro ? T(self)->coro : rt::None(); }
static Value m_get_name(const Value& self, rt::CallArgs) { return T(self)->name; }
static Value m_set_name(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_name", 1, 1)) return Value();
  Value n = rt::is_str(a[0]) ? a[0] : rt::str(a[0]);
  if (!n) return Value();
  T(self)->name = n;
  return rt::None();
}
static Value m_cancelling(const Value& self, rt::CallArgs) { return rt::Int(T(self)->num_cancels_requested); }
static Value m_uncancel(const Value& self, rt::CallArgs) {
  Task* t = T(self);
  if (t->num_cancels_requested > 0) {
    t->num_cancels_requested -= 1;
    if (t->num_cancels_requested == 0) t->must_cancel = false;
  }
  return rt::Int(t->num_cancels_requested);
}
static Value m_get_context(const Value& self, rt::CallArgs) { return T(self)->context ? T(self)->context : rt::None(); }
// Task.get_stack / print_stack (base_tasks.py _task_get_stack /
// _task_print_stack). A suspended or running coroutine has one frame of its
// own (cr_frame; CPython's __step is C, so f_back ends there); a task that
// failed shows its exception's traceback entries; otherwise there is no stack.
struct StackLine {
  std::string file, func, text;
  int line;
};

static rt::Frame* task_frame(Task* t) {
  if (!t->coro || !rt::is_exact(t->coro, &rt::coroutine_type)) return nullptr;
  rt::Gen* g = t->coro.as<rt::Gen>();
  return g->frame ? g->frame.get() : nullptr;
}

static bool stack_limit(const Value& limit, int64_t* out) {
  *out = -1;
  if (!limit || rt::is_none(limit)) return true;
  return rt::int_as_int64(limit, out);
}

static Value m_get_stack(const Value& self, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "get_stack", "|$limit", args)) return Value();
  int64_t limit;
  if (!stack_limit(args[0], &limit)) return Value();
  Ref<rt::List> out = rt::new_list();
  rt::Frame* f = task_frame(T(self));
  if (f && limit != 0) out->items.push_back(Value::borrow(f));
  // (a failed task's frames are gone here: only print_stack shows them)
  return out.take();
}

static Value m_print_stack(const Value& self, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "print_stack", "|$limit,file", args)) return Value();
  int64_t limit;
  if (!stack_limit(args[0], &limit)) return Value();
  Task* t = T(self);
  std::vector<StackLine> lines;
  auto source_line = [](rt::Code* c, int line) {
    std::string s = c->source ? c->source->line(line) : std::string();
    size_t b = s.find_first_not_of(" \t\f");
    size_t e = s.find_last_not_of(" \t\f\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  if (rt::Frame* f = task_frame(t)) {
    if (limit != 0) {
      rt::Code* c = f->code.get();
      int line = f->lineno();
      lines.push_back({c->filename ? c->filename->s : "?", c->name ? c->name->s : "?", source_line(c, line), line});
    }
  } else if (t->exception) {
    for (Value cur = rt::as_exc(t->exception)->traceback; cur && !rt::is_none(cur) && (limit < 0 || int64_t(lines.size()) < limit);
         cur = cur.as<rt::TracebackEntry>()->next) {
      rt::TracebackEntry* e = cur.as<rt::TracebackEntry>();
      if (e->code)
        lines.push_back({e->code->filename ? e->code->filename->s : "?", e->code->name ? e->code->name->s : "?",
                         source_line(e->code.get(), e->line), e->line});
      else
        lines.push_back({e->file, e->func, e->text.substr(std::min(e->text.size(), e->text.find_first_not_of(' '))),
                         e->line});
    }
  }
  std::string text;
  std::string r = loop::safe_repr(self);
  if (lines.empty()) text = "No stack for " + r + "\n";
  else if (t->exception) text = "Traceback for " + r + " (most recent call last):\n";
  else text = "Stack for " + r + " (most recent call last):\n";
  for (const StackLine& l : lines) {
    text += "  File \"" + l.file + "\", line " + std::to_string(l.line) + ", in " + l.func + "\n";
    if (!l.text.empty()) text += "    " + l.text + "\n";
  }
  if (t->exception) text += rt::format_exception_only(t->exception);
  Value file = args[1];
  if (!file || rt::is_none(file)) {
    Value sys = rt::import_module("sys");
    if (!sys) return Value();
    file = rt::getattr(sys, "stderr");
    if (!file) return Value();
  }
  Value w = rt::call_method(file, "write", {rt::str_value(text)});
  if (!w) return Value();
  return rt::None();
}
static Value g_fut_waiter(const Value& self) { return T(self)->fut_waiter ? T(self)->fut_waiter : rt::None(); }
static Value g_must_cancel(const Value& self) { return rt::Bool(T(self)->must_cancel); }
static Value g_coro(const Value& self) { return T(self)->coro ? T(self)->coro : rt::None(); }
static Value g_log_destroy_pending(const Value& self) { return rt::Bool(T(self)->log_destroy_pending); }
static bool s_log_destroy_pending(const Value& self, const Value& v) {
  int b = rt::truthy(v);
  if (b < 0) return false;
  T(self)->log_destroy_pending = b;
  return true;
}

static void future_traverse(rt::Object* o, rt::VisitFn visit, void* ctx) {
  Future* f = static_cast<Future*>(o);
  auto v = [&](const Value& x) { if (x.is_obj()) visit(x.obj(), ctx); };
  v(f->result); v(f->exception); v(f->cancel_message); v(f->cancelled_exc);
  if (f->loop) visit(f->loop.get(), ctx);
  for (auto& cb : f->callbacks) { v(cb.fn); v(cb.context); }
  for (auto& c : f->children) v(c);
  if (f->is_task) {
    Task* t = static_cast<Task*>(f);
    v(t->coro); v(t->fut_waiter); v(t->name); v(t->context);
  }
}

static void future_clear(rt::Object* o) {
  Future* f = static_cast<Future*>(o);
  f->log_traceback = false;
  f->result = Value(); f->exception = Value(); f->exception_tb = Value();
  f->cancel_message = Value(); f->cancelled_exc = Value();
  f->callbacks.clear();
  f->children.clear();
  if (f->is_task) {
    Task* t = static_cast<Task*>(f);
    t->log_destroy_pending = false;
    t->coro = Value(); t->fut_waiter = Value(); t->context = Value();
  }
  f->loop = nullptr;
}

// Attributes that only exist from some version on (Task.cancelling/uncancel:
// 3.11; Task.get_context: 3.12). The type dict is shared by all sessions, so
// the target version hides them at lookup.
static Value task_getattr(const Value& self, rt::Str* name) {
  int minor = rt::interp().minor;
  const std::string& n = name->s;
  if ((minor < 11 && (n == "cancelling" || n == "uncancel")) || (minor < 12 && n == "get_context")) {
    return rt::raisef(&rt::AttributeError_type, "'_asyncio.Task' object has no attribute '%s'", n.c_str());
  }
  return rt::generic_getattr(self, name);
}

static void setup_future_methods(rt::Type& t) {
  rt::add_method(&t, "result", m_result);
  rt::add_method(&t, "exception", m_exception);
  rt::add_method(&t, "done", m_done);
  rt::add_method(&t, "cancelled", m_cancelled);
  rt::add_method(&t, "set_result", m_set_result);
  rt::add_method(&t, "set_exception", m_set_exception);
  rt::add_method(&t, "cancel", m_cancel);
  rt::add_method(&t, "add_done_callback", m_add_done_callback);
  rt::add_method(&t, "remove_done_callback", m_remove_done_callback);
  rt::add_method(&t, "get_loop", m_get_loop);
  rt::add_method(&t, "__await__", m_await);
  rt::add_method(&t, "__iter__", m_await);
  rt::add_getset(&t, "_asyncio_future_blocking", g_blocking, s_blocking);
  rt::add_getset(&t, "_log_traceback", g_log_traceback, s_log_traceback);
  rt::add_getset(&t, "_state", g_state);
  rt::add_getset(&t, "_result", g_result);
  rt::add_getset(&t, "_exception", g_exception);
  rt::add_getset(&t, "_loop", g_loop);
  rt::add_getset(&t, "_callbacks", g_callbacks);
}

static void init_type(rt::Type& t, const char* name) {
  t.refcnt = rt::kImmortal;
  t.type = &rt::type_type;
  t.name = name;
  if (!t.base) t.base = &rt::object_type;
  if (!t.getattr) t.getattr = rt::generic_getattr;
  if (!t.setattr) t.setattr = rt::generic_setattr;
}

void future_type_init() {
  static bool done = false;
  if (done) return;
  done = true;
  native_coro_init_types();

  init_type(Future_type, "_asyncio.Future");
  Future_type.dealloc = future_dealloc;
  Future_type.traverse = future_traverse;
  Future_type.clear = future_clear;
  Future_type.new_ = fut_new;
  Future_type.repr = f_repr;
  Future_type.iter = s_iter;
  setup_future_methods(Future_type);
  rt::type_ready(&Future_type);

  Task_type.base = &Future_type;
  Task_type.getattr = task_getattr;
  init_type(Task_type, "_asyncio.Task");
  Task_type.dealloc = task_dealloc;
  Task_type.traverse = future_traverse;
  Task_type.clear = future_clear;
  Task_type.new_ = task_new;
  Task_type.repr = f_repr;
  Task_type.iter = s_iter;
  setup_future_methods(Task_type);
  rt::add_method(&Task_type, "get_coro", m_get_coro);
  rt::add_method(&Task_type, "get_name", m_get_name);
  rt::add_method(&Task_type, "set_name", m_set_name);
  rt::add_method(&Task_type, "get_context", m_get_context);
  rt::add_method(&Task_type, "get_stack", m_get_stack);
  rt::add_method(&Task_type, "print_stack", m_print_stack);
  rt::add_method(&Task_type, "cancelling", m_cancelling);
  rt::add_method(&Task_type, "uncancel", m_uncancel);
  rt::add_getset(&Task_type, "_fut_waiter", g_fut_waiter);
  rt::add_getset(&Task_type, "_must_cancel", g_must_cancel);
  rt::add_getset(&Task_type, "_coro", g_coro);
  rt::add_getset(&Task_type, "_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending);
  rt::type_ready(&Task_type);

  GatheringFuture_type.base = &Future_type;
  init_type(GatheringFuture_type, "asyncio.tasks._GatheringFuture");
  GatheringFuture_type.dealloc = future_dealloc;
  GatheringFuture_type.traverse = future_traverse;
  GatheringFuture_type.clear = future_clear;
  GatheringFuture_type.repr = f_repr;
  GatheringFuture_type.iter = s_iter;
  setup_future_methods(GatheringFuture_type);
  rt::type_ready(&GatheringFuture_type);

  init_type(FutureIter_type, "_asyncio.FutureIter");
  FutureIter_type.dealloc = dealloc_poly<FutureIter>;
  FutureIter_type.flags |= rt::kCoroutineObject;
  FutureIter_type.iter = fi_iter;
  FutureIter_type.next = fi_next;
  rt::add_method(&FutureIter_type, "send", fi_send);
  rt::add_method(&FutureIter_type, "throw", fi_throw);
  rt::add_method(&FutureIter_type, "close", fi_close);
  rt::add_method(&FutureIter_type, "__iter__", fi_iter_m);
  rt::type_ready(&FutureIter_type);
}

// Future()/Task() without loop=: the running loop, else the policy's loop.
EventLoop* get_event_loop_for_new();
static EventLoop* loop_for_new(const Value& loop_arg) {
  if (loop_arg && !rt::is_none(loop_arg)) {
    if (!rt::is_exact(loop_arg, &EventLoop_type)) {
      rt::raise(&rt::TypeError_type, "loop must be an event loop");
      return nullptr;
    }
    return loop_arg.as<EventLoop>();
  }
  return get_event_loop_for_new();
}

}  // namespace ls::loop
