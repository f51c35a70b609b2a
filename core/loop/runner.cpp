// Per-session state, the Driver, and the blocking entry points
// (loop.run_until_complete, loop.run_forever, asyncio.run). Mirrors CPython
// 3.12 base_events.py run_until_complete/_run_until_complete_cb and
// runners.py (Runner.run/close, _cancel_all_tasks); 3.9's asyncio.run.
#include "loop/runner.h"

#include "loop/asyncgen.h"
#include "loop/format.h"
#include "loop/future.h"
#include "loop/gather.h"
#include "loop/native_coro.h"
#include "loop/sites.h"
#include "loop/state.h"
#include "loop/stdlib_frames.h"
#include "loop/warn.h"
#include "runtime/version_table.h"

namespace ls::loop {

using rt::Ref;
using rt::Step;
using rt::StepKind;
using rt::Value;

// ---------------------------------------------------------------- state

LoopState& state() {
  LS_ASSERT(rt::current_interp() && rt::interp().loop_state);
  return *static_cast<LoopState*>(rt::interp().loop_state);
}
bool attached() { return rt::current_interp() && rt::interp().loop_state; }

std::string stdlib_path(const char* rel) {
  return "/usr/lib/python3." + std::to_string(rt::interp().minor) + "/" + rel;
}

static Value make_exc_class(const char* name, const Value& base, const char* module = "asyncio.exceptions") {
  Ref<rt::Dict> d = rt::new_dict();
  rt::dict_set_str(d.get(), "__module__", rt::str_value(module));
  rt::dict_set_str(d.get(), "__qualname__", rt::str_value(name));
  Value bases = rt::tuple_of({base}).take();
  return rt::call(Value::borrow(&rt::type_type), {rt::str_value(name), bases, d.take()});
}

void attach(rt::Interp& in, Clock* clock) {
  if (in.loop_state) return;
  rt::Interp* saved = rt::current_interp();
  rt::set_current_interp(&in);
  native_coro_init_types();
  future_type_init();
  event_loop_type_init();
  gather_type_init();
  auto* st = new LoopState();
  st->clock = clock;
  in.loop_state = st;
  in.monotonic = [clock] { return clock->monotonic(); };
  in.wall = [clock] { return clock->wall(); };
  // sys.set_asyncgen_hooks, as a running loop installs them (loop/asyncgen.h).
  in.asyncgen_firstiter = [](rt::Gen* g) { return asyncgen_firstiter(g); };
  in.asyncgen_finalizer = [](rt::Gen* g) { return asyncgen_finalizer(g); };
  in.asyncgen_forget = [](rt::Gen* g) { asyncgen_forget(g); };
  Value base_exc = Value::borrow(&rt::BaseException_type);
  Value exc = Value::borrow(&rt::Exception_type);
  st->CancelledError = make_exc_class("CancelledError", base_exc);
  st->InvalidStateError = make_exc_class("InvalidStateError", exc);
  if (in.minor >= 11) st->TimeoutError = Value::borrow(&rt::TimeoutError_type);
  else st->TimeoutError = make_exc_class("TimeoutError", exc);
  st->SendfileNotAvailableError = make_exc_class("SendfileNotAvailableError", Value::borrow(&rt::RuntimeError_type));
  st->IncompleteReadError = make_exc_class("IncompleteReadError", Value::borrow(&rt::EOFError_type));
  st->LimitOverrunError = make_exc_class("LimitOverrunError", exc);
  st->BrokenBarrierError = make_exc_class("BrokenBarrierError", Value::borrow(&rt::RuntimeError_type));
  // Defined in asyncio/queues.py, not exceptions.py.
  st->QueueEmpty = make_exc_class("QueueEmpty", exc, "asyncio.queues");
  st->QueueFull = make_exc_class("QueueFull", exc, "asyncio.queues");
  st->QueueShutDown = make_exc_class("QueueShutDown", exc, "asyncio.queues");
  if (rt::pending()) rt::clear_pending();
  rt::set_current_interp(saved);
}

// Interpreter shutdown: CPython's final garbage collection finalizes the
// pending tasks that only reference cycles keep alive (task <-> awaited
// future's callbacks). In allocation order each coroutine is closed first
// (GeneratorExit runs its finally blocks), then the task reports
// "Task was destroyed but it is pending!". Only tasks of closed loops: with
// the loop still open, what CPython's shutdown does depends on the order of
// the collector's object list (3.9 and 3.12 differ), so we stay silent.
static void finalize_pending_tasks(LoopState* st) {
  std::vector<Ref<Task>> pending;
  for (Task* t = st->live_tasks; t; t = t->next_live) {
    if (t->done() && t->log_traceback && t->exception && t->loop) {
      // An unretrieved exception whose traceback keeps the task alive (a
      // cycle): reported when the collector breaks it.
      pending.push_back(Ref<Task>::borrow(t));
    } else if (!t->done() && t->log_destroy_pending && t->loop && t->loop->closed) {
      pending.push_back(Ref<Task>::borrow(t));
    }
  }
  for (auto& t : pending) {
    if (t->done()) {
      PendingGuard g;
      t->log_traceback = false;
      Value ctx = make_context({{"message", rt::str_value("Task exception was never retrieved")},
                                {"exception", t->exception},
                                {"future", t.value()}});
      t->loop->call_exception_handler(ctx);
      continue;
    }
    PendingGuard g;
    if (rt::CoroutineObject* co = as_coroutine_object(t->coro)) {
      if (!co->finished()) {
        Value close = rt::getattr_opt(t->coro, rt::intern("close"));
        if (close) {
          Value r = rt::call_nested(close, rt::CallArgs{nullptr, 0, nullptr});
          (void)r;
        }
        if (rt::pending()) rt::clear_pending();
      }
    }
    if (t->done() || !t->log_destroy_pending) continue;
    t->log_destroy_pending = false;
    Value ctx = make_context({{"task", t.value()}, {"message", rt::str_value("Task was destroyed but it is pending!")}});
    t->loop->call_exception_handler(ctx);
  }
}

void detach(rt::Interp& in) {
  auto* st = static_cast<LoopState*>(in.loop_state);
  if (!st) return;
  rt::Interp* saved = rt::current_interp();
  rt::set_current_interp(&in);
  finalize_pending_tasks(st);
  // Unlink live tasks: they may be freed later by the heap teardown.
  for (Task* t = st->live_tasks; t;) {
    Task* n = t->next_live;
    t->prev_live = t->next_live = nullptr;
    t->log_destroy_pending = false;
    t->log_traceback = false;
    t = n;
  }
  st->live_tasks = st->live_tail = nullptr;
  in.loop_state = nullptr;
  delete st;
  rt::set_current_interp(saved);
}

Value new_cancelled_error(Value msg) {
  Value cls = state().CancelledError;
  if (msg && !rt::is_none(msg)) return rt::call(cls, {msg});
  return rt::call(cls, {});
}

Value raise_cancelled(Value msg) {
  Value e = new_cancelled_error(std::move(msg));
  if (!e) return Value();
  rt::set_pending(std::move(e));
  return Value();
}

Value raise_invalid_state(std::string_view msg) {
  Value e = rt::call(state().InvalidStateError, {rt::str_value(msg)});
  if (!e) return Value();
  rt::set_pending(std::move(e));
  return Value();
}

bool is_cancelled_error(const Value& exc) {
  return exc.is_obj() && rt::isinstance(exc, static_cast<rt::Type*>(state().CancelledError.obj()));
}

// ---------------------------------------------------------------- policy

std::vector<Value> all_tasks(EventLoop* loop) {
  std::vector<Value> out;
  for (Task* t = state().live_tasks; t; t = t->next_live)
    if (t->loop.get() == loop && !t->done()) out.push_back(Value::borrow(t));
  return out;
}

Value set_event_loop(Value loop) {
  LoopState& st = state();
  st.policy_set_called = true;
  if (loop && !rt::is_none(loop) && !rt::is_exact(loop, &EventLoop_type))
    return rt::raisef(&rt::TypeError_type, "loop must be an instance of AbstractEventLoop or None, not '%s'",
                      std::string(rt::type_name(loop)).c_str());
  st.policy_loop = loop && !rt::is_none(loop) ? loop : Value();
  return rt::None();
}

void warn_deprecation(const char* msg);

Value get_event_loop_py() {
  LoopState& st = state();
  if (st.running_loop) return st.running_loop.value();
  if (!st.policy_loop && !st.policy_set_called) {
    if (st.minor() >= 14) {
      rt::raise(&rt::RuntimeError_type, "There is no current event loop in thread 'MainThread'.");
      add_stdlib_frame(rt::peek_pending(), StdFrame::GetEventLoop);
      return Value();
    }
    if (st.minor() >= 12) warn_deprecation("There is no current event loop");
    if (rt::pending()) return Value();
    st.policy_set_called = true;
    st.policy_loop = new_event_loop().take();
  }
  if (!st.policy_loop) {
    rt::raise(&rt::RuntimeError_type, "There is no current event loop in thread 'MainThread'.");
    add_stdlib_frame(rt::peek_pending(), StdFrame::GetEventLoop);
    return Value();
  }
  return st.policy_loop;
}

// Future()/Task() with no loop argument (3.12: events.get_event_loop()).
EventLoop* get_event_loop_for_new() {
  Value l = get_event_loop_py();
  if (!l) return nullptr;
  return l.as<EventLoop>();
}

Value ensure_future(Value obj, EventLoop* loop) {
  if (is_future(obj)) {
    if (loop && as_future(obj)->loop.get() != loop)
      return rt::raise(&rt::ValueError_type, "The future belongs to a different loop than the one specified as the loop argument");
    return obj;
  }
  bool coro = is_coroutine(obj) || (state().minor() <= 9 && rt::is_exact(obj, &rt::generator_type));
  if (!coro) {
    // An awaitable: wrap `await obj` in a coroutine (_wrap_awaitable).
    Value aw = rt::getattr_opt(obj, rt::intern("__await__"));
    if (rt::pending()) rt::clear_pending();
    if (!aw) {
      const char* msg = state().minor() >= 14 ? "An asyncio.Future, a coroutine or an awaitable is required"
                                               : "An asyncio.Future, a coroutine or an awaitable is required";
      return rt::raise(&rt::TypeError_type, msg);
    }
    struct W {
      static Co wrap(Value o) { co_return co_await o; }
    };
    obj = named(W::wrap(obj), "_wrap_awaitable").value();
  }
  if (!loop) {
    Value l = get_event_loop_py();
    if (!l) return Value();
    loop = l.as<EventLoop>();
  }
  return loop_create_task(loop, obj, Value(), Value());
}

// ---------------------------------------------------------------- Driver

void Driver::start(Value coro) {
  coro_ = std::move(coro);
  loop_ = nullptr;
  phase_ = Phase::Send;
  inbox_ = rt::None();
  result_ = Value();
  exc_ = Value();
  sleeping_ = false;
}

Value Driver::take_result() { return std::move(result_); }
Value Driver::take_exception() { return std::move(exc_); }

Driver::Result Driver::run_slice() {
  rt::Interp& in = rt::interp();
  Clock* clock = state().clock;
  for (;;) {
    if (phase_ == Phase::Done) return {State::Done};
    if (phase_ != Phase::RunLoop) {
      rt::CoroutineObject* co = as_coroutine_object(coro_);
      LS_ASSERT(co);
      Value v = std::move(inbox_);
      inbox_ = Value();
      Step s = phase_ == Phase::Throw ? co->throw_(std::move(v))
               : phase_ == Phase::Resume ? co->resume()
                                         : co->send(v ? std::move(v) : rt::None());
      switch (s.kind) {
        case StepKind::Return:
          result_ = std::move(s.value);
          phase_ = Phase::Done;
          coro_ = Value();
          return {State::Done};
        case StepKind::Raise:
          exc_ = rt::take_pending();
          phase_ = Phase::Done;
          coro_ = Value();
          return {State::Done};
        case StepKind::Preempted:
        case StepKind::Blocked:
          phase_ = Phase::Resume;
          return {State::Running};
        case StepKind::Yield:
          if (!rt::is_exact(s.value, &EventLoop_type)) {
            inbox_ = rt::new_exception(&rt::RuntimeError_type, "drive coroutine yielded a non-loop");
            phase_ = Phase::Throw;
            continue;
          }
          loop_ = Ref<EventLoop>::borrow(s.value.as<EventLoop>());
          phase_ = Phase::RunLoop;
          continue;
      }
    }
    // RunLoop.
    if (sleeping_) {
      // The host waited the time.sleep() of an in-flight step.
      sleeping_ = false;
      double now = clock->monotonic();
      if (clock->is_virtual()) clock->waited(sleep_seconds_);
      else if (now < sleep_until_) {
        sleeping_ = true;
        return {State::Waiting, sleep_until_ - now};
      }
      loop_->deliver_block_result(rt::None());
    }
    bool was_in_iteration = loop_->in_iteration;
    // A handle runs below run_forever, _run_once and Handle._run (and, before
    // 3.12, Context.run), besides the frames that called run_forever.
    int below = loop_->caller_frames + 3 + (rt::vfeature(rt::VFeature::CCallsCountDepth) ? 1 : 0);
    in.depth += below;
    LoopStep st = loop_->run_step();
    in.depth -= below;
    // The step that closes an iteration returns Progress (or Stopped when
    // stop() was called during it) and leaves in_iteration false.
    bool iteration_ended = pause_after_iteration && was_in_iteration && !loop_->in_iteration;
    switch (st) {
      case LoopStep::Progress:
        if (clock->is_virtual() && static_cast<VirtualClock*>(clock)->over_limit()) return {State::TimeLimit};
        if (iteration_ended) return {State::Paused};
        if (--in.budget <= 0) return {State::Running};
        continue;
      case LoopStep::InFlight:
        if (in.block.kind == rt::BlockRequest::Kind::Sleep) {
          double s = in.block.seconds;
          in.block = rt::BlockRequest();
          if (clock->wait(s)) {
            loop_->deliver_block_result(rt::None());
            continue;
          }
          sleeping_ = true;
          sleep_seconds_ = s;
          sleep_until_ = clock->monotonic() + s;
          return {State::Waiting, s};
        }
        in.block = rt::BlockRequest();
        return {State::Running};
      case LoopStep::Stopped:
        loop_->run_forever_end();
        loop_ = nullptr;
        inbox_ = rt::None();
        phase_ = Phase::Send;
        if (iteration_ended) return {State::Paused};
        continue;
      case LoopStep::Error:
        inbox_ = rt::take_pending();
        add_stdlib_frame(inbox_, StdFrame::RunForeverRunOnce);
        loop_->run_forever_end();
        loop_ = nullptr;
        phase_ = Phase::Throw;
        continue;
      case LoopStep::Wait:
        return {State::Waiting, loop_->wait_seconds};
      case LoopStep::Deadlock:
        return {State::Deadlock};
    }
    if (clock->is_virtual() && static_cast<VirtualClock*>(clock)->over_limit()) return {State::TimeLimit};
  }
}

Value block_on(Value drive_coro) {
  rt::interp().block.kind = rt::BlockRequest::Kind::Drive;
  rt::interp().block.coro = std::move(drive_coro);
  return Value();
}

// ---------------------------------------------------------------- drive coroutines

// base_events._run_until_complete_cb(fut)
static Value run_until_complete_cb(NativeCallback*, rt::CallArgs a) {
  Future* fut = as_future(a[0]);
  if (!fut->cancelled()) {
    fut->log_traceback = false;
    Value exc = fut->exception;
    if (exc && (rt::isinstance(exc, &rt::SystemExit_type) || rt::isinstance(exc, &rt::KeyboardInterrupt_type)))
      return rt::None();
  }
  fut->loop->stop();
  return rt::None();
}

// loop.run_forever() as a drive coroutine: yield the loop once.
static Co run_forever_co(Ref<EventLoop> loop) {
  if (!loop->run_forever_begin()) co_return Value();
  Value r = co_await YieldValue(loop.value());
  if (!r) co_return Value();
  co_return rt::None();
}

// loop.run_until_complete(future)
static Co run_until_complete_co(Ref<EventLoop> loop, Value arg, bool frames) {
  if (loop->closed) co_return rt::raise(&rt::RuntimeError_type, "Event loop is closed");
  if (loop->running) co_return rt::raise(&rt::RuntimeError_type, "This event loop is already running");
  bool new_task = !is_future(arg);
  Value fv = ensure_future(arg, loop.get());
  if (!fv) co_return Value();
  Future* future = as_future(fv);
  if (new_task && future->is_task) fv.as<Task>()->log_destroy_pending = false;
  Ref<NativeCallback> cb = new_native_callback(run_until_complete_cb, "_run_until_complete_cb");
  cb->site = site(Site::RunUntilCompleteCb);
  future_add_done_callback(future, cb.value());
  Value r;
  if (!loop->run_forever_begin()) {
    r = Value();
  } else {
    ++loop->caller_frames;  // run_until_complete's frame
    r = co_await YieldValue(loop.value());
    --loop->caller_frames;
  }
  {
    PendingGuard g;
    future_remove_done_callback(future, cb.value());
  }
  if (!r) {
    if (frames) add_stdlib_frame(rt::peek_pending(), StdFrame::RunUntilCompleteRunForever);
    if (new_task && future->done() && !future->cancelled()) future->log_traceback = false;
    co_return Value();
  }
  if (!future->done()) co_return rt::raise(&rt::RuntimeError_type, "Event loop stopped before Future completed.");
  Value res = future_result(future);
  if (!res && frames) add_stdlib_frame(rt::peek_pending(), StdFrame::RunUntilComplete);
  co_return res;
}

Value make_run_until_complete(EventLoop* loop, Value fut) {
  return named(run_until_complete_co(Ref<EventLoop>::borrow(loop), std::move(fut), true), "run_until_complete").value();
}

// _check_closed()/_check_running() of run_until_complete/run_forever, with
// the frames CPython shows. Null + RuntimeError when the loop cannot run.
static bool check_can_run(EventLoop* l, bool forever, const Value& arg) {
  bool v314 = state().minor() >= 13;
  const char* msg = nullptr;
  StdFrame inner = StdFrame::CheckClosedRaise, outer = StdFrame::RucCheckClosed;
  if (l->closed) {
    msg = "Event loop is closed";
    outer = forever ? StdFrame::RunForeverCheckClosed : StdFrame::RucCheckClosed;
  } else if (l->running || state().running_loop) {
    msg = l->running ? "This event loop is already running"
                     : "Cannot run the event loop while another loop is running";
    inner = StdFrame::CheckRunningRaise;
    outer = forever ? StdFrame::RunForeverCheckRunning : StdFrame::RucCheckRunning;
  }
  if (!msg) return true;
  rt::raise(&rt::RuntimeError_type, msg);
  Value e = rt::peek_pending();
  if (l->closed || l->running) add_stdlib_frame(e, inner);
  add_stdlib_frame(e, outer);
  if (forever && v314) add_stdlib_frame(e, StdFrame::RunForeverSetup);
  if (arg) keep_alive_with(e, arg);
  return false;
}

Value loop_py_run_until_complete(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "run_until_complete", 1, 1)) return Value();
  EventLoop* l = self.as<EventLoop>();
  if (!check_can_run(l, false, a[0])) return Value();
  return block_on(make_run_until_complete(l, a[0]));
}

Value loop_py_run_forever(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "run_forever", 0, 0)) return Value();
  EventLoop* l = self.as<EventLoop>();
  if (!check_can_run(l, true, Value())) return Value();
  return block_on(named(run_forever_co(Ref<EventLoop>::borrow(l)), "run_forever").value());
}

static Co return_none_co() { co_return rt::None(); }

Value loop_py_shutdown_asyncgens(const Value& self, rt::CallArgs) {
  if (!self) return named(return_none_co(), "shutdown_asyncgens", nullptr, "BaseEventLoop.shutdown_asyncgens").value();
  return make_shutdown_asyncgens(self.as<EventLoop>());
}
Value loop_py_shutdown_default_executor(const Value&, rt::CallArgs) {
  return named(return_none_co(), "shutdown_default_executor", nullptr, "BaseEventLoop.shutdown_default_executor").value();
}

// runners._cancel_all_tasks(loop)
static Co cancel_all_tasks_co(Ref<EventLoop> loop) {
  std::vector<Value> to_cancel = all_tasks(loop.get());
  if (to_cancel.empty()) co_return rt::None();
  for (auto& t : to_cancel) task_cancel(t.as<Task>());
  Value g = gather(to_cancel, true);
  if (!g) co_return Value();
  Value r = co_await run_until_complete_co(loop, g, false);
  if (!r) co_return Value();
  for (auto& tv : to_cancel) {
    Task* t = tv.as<Task>();
    if (t->cancelled()) continue;
    t->log_traceback = false;
    if (t->exception) {
      Value ctx = make_context({{"message", rt::str_value("unhandled exception during asyncio.run() shutdown")},
                                {"exception", t->exception},
                                {"task", tv}});
      loop->call_exception_handler(ctx);
    }
  }
  co_return rt::None();
}

// Runner.close() / 3.9 run()'s finally block.
static Co runner_close_co(Ref<EventLoop> loop, bool reset_policy = true) {
  Value r = co_await cancel_all_tasks_co(loop);
  if (r) r = co_await run_until_complete_co(loop, make_shutdown_asyncgens(loop.get()), false);
  if (r) r = co_await run_until_complete_co(loop, loop_py_shutdown_default_executor(Value(), {}), false);
  {
    PendingGuard g;
    if (reset_policy) set_event_loop(Value());
    loop->close();
  }
  co_return r;
}

Value make_runner_close(EventLoop* loop, bool reset_policy) {
  return named(runner_close_co(Ref<EventLoop>::borrow(loop), reset_policy), "close", nullptr, "Runner.close").value();
}

// Runner.run(coro): run_until_complete(task) with Runner.run's frame.
static Co runner_run_co(Ref<EventLoop> loop, Value task) {
  ++loop->caller_frames;  // Runner.run's frame
  Value r = co_await run_until_complete_co(loop, task, true);
  --loop->caller_frames;
  if (!r) add_stdlib_frame(rt::peek_pending(), StdFrame::RunnerRun);
  co_return r;
}

Value make_runner_run(EventLoop* loop, Value task) {
  return named(runner_run_co(Ref<EventLoop>::borrow(loop), std::move(task)), "run", nullptr, "Runner.run").value();
}

Value run_drive_now(Value drive_coro) {
  rt::Interp& in = rt::interp();
  Driver d;
  d.start(std::move(drive_coro));
  ++in.no_preempt;
  for (;;) {
    int64_t saved = in.budget;
    in.budget = 1 << 20;
    Driver::Result r = d.run_slice();
    in.budget = saved;
    if (r.state == Driver::State::Done) break;
    if (r.state == Driver::State::Deadlock) {
      --in.no_preempt;
      return rt::raise(&rt::RuntimeError_type, "loopscope: the event loop would wait forever during cleanup");
    }
  }
  --in.no_preempt;
  Value v = d.take_result();
  if (!v) rt::set_pending(d.take_exception());
  return v;
}

static Co asyncio_run_co(Value main, Value debug) {
  Ref<EventLoop> loop = new_event_loop();
  set_event_loop(loop.value());
  if (debug && !rt::is_none(debug)) loop->debug = rt::truthy(debug) > 0;
  Value r;
  loop->caller_frames = state().minor() >= 11 ? 2 : 1;  // asyncio.run (+ Runner.run)
  if (state().minor() >= 11) {
    Value task = loop_create_task(loop.get(), main, Value(), Value());
    if (task) r = co_await run_until_complete_co(loop, task, true);
    if (!r) {
      add_stdlib_frame(rt::peek_pending(), StdFrame::RunnerRun);
    }
  } else {
    r = co_await run_until_complete_co(loop, main, true);
  }
  loop->caller_frames = 0;
  Value exc;
  if (!r) exc = rt::take_pending();
  Value c = co_await runner_close_co(loop);
  if (!c) {
    // An exception from close() replaces the original one (as a finally would).
    co_return Value();
  }
  if (exc) {
    add_stdlib_frame(exc, StdFrame::RunnersRun);
    rt::set_pending(std::move(exc));
    co_return Value();
  }
  co_return r;
}

Value make_asyncio_run(Value main, Value debug) {
  if (state().running_loop) {
    rt::raise(&rt::RuntimeError_type, "asyncio.run() cannot be called from a running event loop");
    add_stdlib_frame(rt::peek_pending(), StdFrame::RunnersRunRunning);
    keep_alive_with(rt::peek_pending(), main);
    return Value();
  }
  if (!is_coroutine(main)) {
    if (state().minor() >= 14)
      return rt::raise(&rt::TypeError_type, "An asyncio.Future, a coroutine or an awaitable is required");
    return rt::raisef(&rt::ValueError_type, "a coroutine was expected, got %s", safe_repr(main).c_str());
  }
  return named(asyncio_run_co(std::move(main), std::move(debug)), "run").value();
}

}  // namespace ls::loop

namespace ls::loop {

void warn_deprecation(const char* msg) { warn(&rt::DeprecationWarning_type, msg); }

}  // namespace ls::loop
