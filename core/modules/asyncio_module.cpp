// The asyncio module: run, sleep, gather, wait, wait_for, as_completed,
// shield, create_task, ensure_future, loop accessors, timeout(), and the
// classes/exceptions. Mirrors CPython Lib/asyncio (3.12 semantics first; 3.9
// and 3.14 differences looked up by rt::interp().minor). Library coroutines
// are C++20 coroutines (loop/native_coro.h).
#include <algorithm>
#include <cmath>
#include <deque>

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/future.h"
#include "loop/gather.h"
#include "loop/native_coro.h"
#include "loop/runner.h"
#include "loop/sites.h"
#include "loop/state.h"
#include "loop/stdlib_frames.h"
#include "loop/warn.h"
#include "modules/modules.h"

namespace ls::mods {

using loop::Co;
using loop::EventLoop;
using loop::Future;
using loop::NativeCallback;
using loop::Task;
using rt::Ref;
using rt::Value;

void warn_deprecation_at_caller(const char* msg);
Value asyncio_prelude_exec(rt::Module* m);  // asyncio_prelude.cpp

namespace {

int minor() { return rt::interp().minor; }

const loop::CoroSite* site_sleep() { return loop::site(loop::Site::Sleep); }
const loop::CoroSite* site_wait_for() { return loop::site(loop::Site::WaitFor); }
const loop::CoroSite* site_wait() { return loop::site(loop::Site::Wait); }

EventLoop* get_running_loop_or_raise() {
  EventLoop* l = loop::running_loop();
  if (!l) rt::raise(&rt::RuntimeError_type, "no running event loop");
  return l;
}

// `raise new from cause` while `cause` is being handled.
Value raise_from(Value exc, Value cause) {
  rt::BaseExc* e = rt::as_exc(exc);
  e->cause = cause;
  e->context = cause;
  e->suppress_context = true;
  rt::set_pending(std::move(exc));
  return Value();
}

// 3.9's `if loop is not None: warnings.warn(...)` in sleep/gather/wait_for/
// wait/shield, attributed to the caller. False if the warning raised.
bool warn_loop_argument(const Value& loop) {
  if (!loop || rt::is_none(loop) || minor() > 9) return true;
  warn_deprecation_at_caller("The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.");
  return !rt::pending();
}

Value new_timeout_error() {
  return rt::call(loop::state().TimeoutError, {});
}

bool kwarg(rt::CallArgs a, const char* name, Value* out) {
  uint32_t nkw = a.kwnames ? uint32_t(a.kwnames->size()) : 0;
  for (uint32_t i = 0; i < nkw; ++i)
    if (rt::sv((*a.kwnames)[i]) == name) {
      *out = a.kw(i);
      return true;
    }
  return false;
}

bool only_kwargs(rt::CallArgs a, const char* fname, std::initializer_list<const char*> names) {
  uint32_t nkw = a.kwnames ? uint32_t(a.kwnames->size()) : 0;
  for (uint32_t i = 0; i < nkw; ++i) {
    std::string_view k = rt::sv((*a.kwnames)[i]);
    bool ok = false;
    for (const char* n : names) ok = ok || k == n;
    if (!ok) {
      rt::raisef(&rt::TypeError_type, "%s() got an unexpected keyword argument '%.*s'", fname, int(k.size()), k.data());
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------- callbacks

// futures._set_result_unless_cancelled(fut, result)
Value set_result_unless_cancelled(NativeCallback*, rt::CallArgs a) {
  Future* f = loop::as_future(a[0]);
  if (f->cancelled()) return rt::None();
  if (!loop::future_set_result(f, a.nargs > 1 ? a[1] : rt::None())) return Value();
  return rt::None();
}

// tasks._release_waiter(waiter, *args)
Value release_waiter(NativeCallback* self, rt::CallArgs a) {
  Future* w = loop::as_future(self->a ? self->a : a[0]);
  if (!w->done()) loop::future_set_result(w, rt::None());
  return rt::None();
}

Ref<NativeCallback> release_waiter_cb(const Value& waiter) {
  // functools.partial(_release_waiter, waiter)
  Ref<NativeCallback> cb = loop::new_native_callback(release_waiter, "_release_waiter", waiter);
  cb->partial = true;
  cb->site = loop::site(loop::Site::ReleaseWaiter);
  return cb;
}

// ---------------------------------------------------------------- sleep

Co sleep_co(Value delay, Value result) {
  Value zero = rt::Int(0);
  int le = rt::richcompare_bool(delay, zero, rt::CmpOp::LE);
  if (le < 0) co_return Value();
  if (le) {
    Value r = co_await loop::YieldValue(rt::None());  // __sleep0
    if (!r) co_return Value();
    co_return result;
  }
  double d;
  if (!rt::to_double(delay, &d)) co_return Value();
  if (std::isnan(d)) co_return rt::raise(&rt::ValueError_type, "Invalid delay: NaN (not a number)");
  EventLoop* l = get_running_loop_or_raise();
  if (!l) co_return Value();
  Ref<Future> future = loop::new_future(l);
  Ref<NativeCallback> cb = loop::new_native_callback(set_result_unless_cancelled, "_set_result_unless_cancelled");
  cb->site = loop::site(loop::Site::SetResultUnlessCancelled);
  Ref<loop::Handle> h = l->call_later(d, cb.take(), {future.value(), result});
  Value r = co_await future;
  if (!r) loop::add_stdlib_frame(rt::peek_pending(), loop::StdFrame::SleepAwait);
  {
    loop::PendingGuard g;
    loop::handle_cancel(h.get());
  }
  co_return r;
}

Value py_sleep(const Value&, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "sleep", minor() <= 9 ? "@delay|result,$loop" : "@delay|result", args)) return Value();
  if (minor() <= 9 && !warn_loop_argument(args[2])) return Value();
  return loop::named(sleep_co(args[0], args[1] ? args[1] : rt::None()), "sleep", site_sleep()).value();
}

// ---------------------------------------------------------------- run & loops

Value py_run(const Value&, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "run", minor() >= 12 ? "@main|$debug,loop_factory" : "@main|$debug", args)) return Value();
  Value c = loop::make_asyncio_run(args[0], args[1]);
  if (!c) return Value();
  return loop::block_on(std::move(c));
}

Value py_get_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "get_event_loop", 0, 0)) return Value();
  return loop::get_event_loop_py();
}
Value py_new_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "new_event_loop", 0, 0)) return Value();
  return loop::new_event_loop().take();
}
Value py_set_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_event_loop", 1, 1)) return Value();
  return loop::set_event_loop(a[0]);
}
Value py_get_running_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "get_running_loop", 0, 0)) return Value();
  EventLoop* l = get_running_loop_or_raise();
  return l ? Value::borrow(l) : Value();
}
Value py__get_running_loop(const Value&, rt::CallArgs) {
  EventLoop* l = loop::running_loop();
  return l ? Value::borrow(l) : rt::None();
}

Value py_create_task(const Value&, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "create_task", minor() >= 11 ? "@coro|$name,context" : "@coro|$name", args)) return Value();
  EventLoop* l = get_running_loop_or_raise();
  if (!l) {
    // CPython closes the coroutine so no "never awaited" warning follows.
    return Value();
  }
  return loop::loop_create_task(l, args[0], args[1], args[2]);
}

Value py_ensure_future(const Value&, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "ensure_future", "@coro_or_future|$loop", args)) return Value();
  EventLoop* l = args[1] && !rt::is_none(args[1]) ? args[1].as<EventLoop>() : nullptr;
  return loop::ensure_future(args[0], l);
}

Value py_gather(const Value&, rt::CallArgs a) {
  if (minor() <= 9 ? !only_kwargs(a, "gather", {"return_exceptions", "loop"})
                    : !only_kwargs(a, "gather", {"return_exceptions"}))
    return Value();
  Value lp;
  if (kwarg(a, "loop", &lp) && !warn_loop_argument(lp)) return Value();
  Value re;
  bool return_exceptions = false;
  if (kwarg(a, "return_exceptions", &re)) {
    int b = rt::truthy(re);
    if (b < 0) return Value();
    return_exceptions = b;
  }
  std::vector<Value> aws(a.v, a.v + a.npos());
  return loop::gather(aws, return_exceptions);
}

Value py_current_task(const Value&, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "current_task", "|loop", args)) return Value();
  EventLoop* l;
  if (args[0] && !rt::is_none(args[0])) l = args[0].as<EventLoop>();
  else l = get_running_loop_or_raise();
  if (!l) return Value();
  return l->current_task ? l->current_task : rt::None();
}

Value py_all_tasks(const Value&, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "all_tasks", "@|loop", args)) return Value();
  EventLoop* l;
  if (args[0] && !rt::is_none(args[0])) l = args[0].as<EventLoop>();
  else l = get_running_loop_or_raise();
  if (!l) return Value();
  Ref<rt::Set> s = rt::new_set();
  for (auto& t : loop::all_tasks(l))
    if (rt::set_add(s.get(), t) < 0) return Value();
  return s.take();
}

// ---------------------------------------------------------------- shield

Value shield_inner_done(NativeCallback* self, rt::CallArgs a) {
  Future* outer = loop::as_future(self->a);
  Future* inner = loop::as_future(a[0]);
  if (outer->cancelled()) {
    if (!inner->cancelled()) inner->log_traceback = false;
    return rt::None();
  }
  if (inner->cancelled()) {
    loop::future_cancel(outer);
  } else {
    inner->log_traceback = false;
    if (inner->exception) loop::future_set_exception(outer, inner->exception);
    else loop::future_set_result(outer, inner->result ? inner->result : rt::None());
  }
  return rt::None();
}

Value shield_outer_done(NativeCallback* self, rt::CallArgs) {
  Future* inner = loop::as_future(self->a);
  if (!inner->done()) loop::future_remove_done_callback(inner, self->b);
  return rt::None();
}

Value py_shield(const Value&, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "shield", minor() <= 9 ? "@arg|$loop" : "@arg", args)) return Value();
  if (minor() <= 9 && !warn_loop_argument(args[1])) return Value();
  Value inner = loop::ensure_future(args[0], nullptr);
  if (!inner) return Value();
  Future* in = loop::as_future(inner);
  if (in->done()) return inner;
  Ref<Future> outer = loop::new_future(in->loop.get());
  Ref<NativeCallback> icb = loop::new_native_callback(shield_inner_done, "shield.<locals>._inner_done_callback",
                                                      outer.value());
  icb->site = loop::site(loop::Site::ShieldInner);
  Ref<NativeCallback> ocb = loop::new_native_callback(shield_outer_done, "shield.<locals>._outer_done_callback",
                                                      inner, icb.value());
  ocb->site = loop::site(loop::Site::ShieldOuter);
  loop::future_add_done_callback(in, icb.take());
  loop::future_add_done_callback(outer.get(), ocb.take());
  return outer.take();
}

// ---------------------------------------------------------------- Timeout (3.11+)

enum class TState : uint8_t { Created, Entered, Expiring, Expired, Exited };

struct TimeoutObj : rt::Object {
  TState state = TState::Created;
  Value when;  // float or Null (None)
  Ref<loop::Handle> handler;
  Value task;
  int cancelling = 0;
};
rt::Type Timeout_type;

Value timeout_on_timeout(NativeCallback* self, rt::CallArgs) {
  TimeoutObj* t = self->a.as<TimeoutObj>();
  loop::task_cancel(t->task.as<Task>());
  t->state = TState::Expiring;
  t->handler = nullptr;
  return rt::None();
}

bool timeout_reschedule(TimeoutObj* t, Value when) {
  if (t->state != TState::Entered) {
    if (t->state == TState::Created) rt::raise(&rt::RuntimeError_type, "Timeout has not been entered");
    else rt::raisef(&rt::RuntimeError_type, "Cannot change state of %s Timeout",
                    t->state == TState::Expiring ? "expiring" : t->state == TState::Expired ? "expired" : "finished");
    return false;
  }
  t->when = when && !rt::is_none(when) ? when : Value();
  if (t->handler) loop::handle_cancel(t->handler.get());
  if (!t->when) {
    t->handler = nullptr;
    return true;
  }
  EventLoop* l = get_running_loop_or_raise();
  if (!l) return false;
  double w;
  if (!rt::to_double(t->when, &w)) return false;
  Ref<NativeCallback> cb = loop::new_native_callback(timeout_on_timeout, "Timeout._on_timeout", Value::borrow(t));
  if (w <= l->time()) t->handler = l->call_soon(cb.take(), {});
  else t->handler = l->call_at(w, cb.take(), {});
  return true;
}

bool timeout_enter(TimeoutObj* t) {
  if (t->state != TState::Created) {
    rt::raise(&rt::RuntimeError_type, "Timeout has already been entered");
    return false;
  }
  EventLoop* l = get_running_loop_or_raise();
  if (!l) return false;
  Value task = l->current_task;
  if (!task) {
    rt::raise(&rt::RuntimeError_type, "Timeout should be used inside a task");
    return false;
  }
  t->state = TState::Entered;
  t->task = task;
  t->cancelling = task.as<Task>()->num_cancels_requested;
  return timeout_reschedule(t, t->when);
}

// __aexit__ logic; `exc` is the exception leaving the block (Null if none).
// Returns false with TimeoutError pending when the timeout converts it.
bool timeout_exit(TimeoutObj* t, const Value& exc, bool in_wait_for = false) {
  if (t->handler) {
    loop::handle_cancel(t->handler.get());
    t->handler = nullptr;
  }
  if (t->state == TState::Expiring) {
    t->state = TState::Expired;
    Task* task = t->task.as<Task>();
    if (task->num_cancels_requested > 0) {
      task->num_cancels_requested -= 1;
      if (task->num_cancels_requested == 0) task->must_cancel = false;
    }
    if (task->num_cancels_requested <= t->cancelling && exc && loop::is_cancelled_error(exc) &&
        rt::type_of(exc) == static_cast<rt::Type*>(loop::state().CancelledError.obj())) {
      Value te = new_timeout_error();
      if (!te) return false;
      loop::add_stdlib_frame(te, loop::StdFrame::TimeoutsAexit);
      if (in_wait_for) loop::add_stdlib_frame(te, loop::StdFrame::WaitForTimeoutCM);
      raise_from(te, exc);
      return false;
    }
  } else if (t->state == TState::Entered) {
    t->state = TState::Exited;
  }
  return true;
}

Value new_timeout(Value when) {
  TimeoutObj* t = rt::make_object<TimeoutObj>(&Timeout_type);
  t->when = when && !rt::is_none(when) ? when : Value();
  return Value::steal(t);
}

Co timeout_aenter_co(Value self) {
  if (!timeout_enter(self.as<TimeoutObj>())) co_return Value();
  co_return self;
}
Co timeout_aexit_co(Value self, Value exc) {
  if (!timeout_exit(self.as<TimeoutObj>(), exc)) co_return Value();
  co_return rt::None();
}

Value to_aenter(const Value& self, rt::CallArgs) {
  return loop::named(timeout_aenter_co(self), "__aenter__", nullptr, "Timeout.__aenter__").value();
}
Value to_aexit(const Value& self, rt::CallArgs a) {
  Value exc = a.nargs >= 2 && !rt::is_none(a[1]) ? a[1] : Value();
  return loop::named(timeout_aexit_co(self, exc), "__aexit__", nullptr, "Timeout.__aexit__").value();
}
Value to_when(const Value& self, rt::CallArgs) {
  TimeoutObj* t = self.as<TimeoutObj>();
  return t->when ? t->when : rt::None();
}
Value to_reschedule(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "reschedule", 1, 1)) return Value();
  return timeout_reschedule(self.as<TimeoutObj>(), a[0]) ? rt::None() : Value();
}
Value to_expired(const Value& self, rt::CallArgs) {
  TState s = self.as<TimeoutObj>()->state;
  return rt::Bool(s == TState::Expiring || s == TState::Expired);
}
Value to_repr(const Value& self) {
  TimeoutObj* t = self.as<TimeoutObj>();
  std::string info;
  if (t->state == TState::Entered) {
    info = " when=" + (t->when ? loop::safe_repr(t->when) : std::string("None"));
  }
  const char* st = t->state == TState::Created ? "created" : t->state == TState::Entered ? "active"
                   : t->state == TState::Expiring ? "expiring" : t->state == TState::Expired ? "expired" : "finished";
  return rt::str_value(std::string("<Timeout [") + st + "]" + info + ">");
}

Value py_timeout(const Value&, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "timeout", "@delay", args)) return Value();
  EventLoop* l = get_running_loop_or_raise();
  if (!l) return Value();
  if (rt::is_none(args[0])) return new_timeout(Value());
  double d;
  if (!rt::to_double(args[0], &d)) return Value();
  return new_timeout(rt::Float(l->time() + d));
}
Value py_timeout_at(const Value&, rt::CallArgs a) {
  Value args[1];
  if (!rt::parse_args(a, "timeout_at", "@when", args)) return Value();
  return new_timeout(args[0]);
}

// ---------------------------------------------------------------- wait_for

// tasks._cancel_and_wait(fut)
Co cancel_and_wait_co(Value fut) {
  Future* f = loop::as_future(fut);
  Ref<Future> waiter = loop::new_future(f->loop.get());
  Ref<NativeCallback> cb = release_waiter_cb(waiter.value());
  loop::future_add_done_callback(f, cb.value());
  loop::cancel_any(f);
  Value r = co_await waiter;
  {
    loop::PendingGuard g;
    loop::future_remove_done_callback(f, cb.value());
  }
  co_return r;
}

Co wait_for_co(Value fut, Value timeout) {
  EventLoop* l = get_running_loop_or_raise();
  if (!l) co_return Value();
  if (minor() <= 10) {
    if (rt::is_none(timeout)) co_return co_await fut;
  }
  if (!rt::is_none(timeout)) {
    int le = rt::richcompare_bool(timeout, rt::Int(0), rt::CmpOp::LE);
    if (le < 0) co_return Value();
    if (le) {
      Value fv = loop::ensure_future(fut, l);
      if (!fv) co_return Value();
      Future* f = loop::as_future(fv);
      if (f->done()) co_return loop::future_result(f);
      Value r = co_await cancel_and_wait_co(fv);
      if (!r) co_return Value();
      Value res = loop::future_result(f);
      if (!res && loop::is_cancelled_error(rt::peek_pending())) {
        Value exc = rt::take_pending();
        Value te = new_timeout_error();
        if (!te) co_return Value();
        co_return raise_from(te, exc);
      }
      if (res && minor() <= 10 && false) co_return Value();
      co_return res;
    }
  }
  if (minor() >= 11) {
    // async with timeouts.timeout(timeout): return await fut
    Value tv;
    if (rt::is_none(timeout)) {
      tv = new_timeout(Value());
    } else {
      double d;
      if (!rt::to_double(timeout, &d)) co_return Value();
      tv = new_timeout(rt::Float(l->time() + d));
    }
    if (!timeout_enter(tv.as<TimeoutObj>())) co_return Value();
    Value r = co_await fut;
    Value exc;
    if (!r) {
      exc = rt::take_pending();
      loop::add_stdlib_frame(exc, loop::StdFrame::WaitForAwait);
    }
    if (!timeout_exit(tv.as<TimeoutObj>(), exc, true)) co_return Value();
    if (exc) {
      rt::set_pending(std::move(exc));
      co_return Value();
    }
    co_return r;
  }
  // 3.9/3.10: waiter + call_later(_release_waiter).
  double d;
  if (!rt::to_double(timeout, &d)) co_return Value();
  Ref<Future> waiter = loop::new_future(l);
  Ref<NativeCallback> rw = loop::new_native_callback(release_waiter, "_release_waiter");
  rw->site = loop::site(loop::Site::ReleaseWaiter);
  Ref<loop::Handle> th = l->call_later(d, rw.take(), {waiter.value()});
  Ref<NativeCallback> cb = release_waiter_cb(waiter.value());
  Value fv = loop::ensure_future(fut, l);
  if (!fv) {
    loop::handle_cancel(th.get());
    co_return Value();
  }
  Future* f = loop::as_future(fv);
  loop::future_add_done_callback(f, cb.value());
  Value r = co_await waiter;
  Value out;
  if (!r) {
    Value exc = rt::take_pending();
    if (loop::is_cancelled_error(exc)) {
      if (f->done()) {
        out = loop::future_result(f);
      } else {
        loop::future_remove_done_callback(f, cb.value());
        Value w = co_await cancel_and_wait_co(fv);
        if (w) rt::set_pending(exc);
        out = Value();
      }
    } else {
      rt::set_pending(std::move(exc));
    }
  } else if (f->done()) {
    out = loop::future_result(f);
    if (!out) loop::add_stdlib_frame(rt::peek_pending(), loop::StdFrame::WaitForResult);
  } else {
    loop::future_remove_done_callback(f, cb.value());
    Value w = co_await cancel_and_wait_co(fv);
    if (w) {
      out = loop::future_result(f);
      if (!out && loop::is_cancelled_error(rt::peek_pending())) {
        Value exc = rt::take_pending();
        loop::add_stdlib_frame(exc, loop::StdFrame::WaitForCancelResult);
        Value te = new_timeout_error();
        if (te) {
          loop::add_stdlib_frame(te, loop::StdFrame::WaitForRaise);
          raise_from(te, exc);
        }
      }
    }
  }
  {
    loop::PendingGuard g;
    loop::handle_cancel(th.get());
  }
  co_return out;
}

Value py_wait_for(const Value&, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "wait_for", minor() <= 9 ? "@fut,timeout|$loop" : "@fut,timeout", args)) return Value();
  if (minor() <= 9 && !warn_loop_argument(args[2])) return Value();
  return loop::named(wait_for_co(args[0], args[1]), "wait_for", site_wait_for()).value();
}

// ---------------------------------------------------------------- wait

struct WaitState : rt::Object {
  int64_t counter = 0;
  int return_when = 0;  // 0 ALL_COMPLETED, 1 FIRST_COMPLETED, 2 FIRST_EXCEPTION
  Value waiter;
  Ref<loop::Handle> timeout_handle;
};
rt::Type WaitState_type;

Value wait_on_completion(NativeCallback* self, rt::CallArgs a) {
  WaitState* st = self->a.as<WaitState>();
  Future* f = loop::as_future(a[0]);
  st->counter -= 1;
  bool exc = false;
  if (st->return_when == 2 && !f->cancelled()) {
    f->log_traceback = false;
    exc = bool(f->exception);
  }
  if (st->counter <= 0 || st->return_when == 1 || exc) {
    if (st->timeout_handle) loop::handle_cancel(st->timeout_handle.get());
    Future* w = loop::as_future(st->waiter);
    if (!w->done()) loop::future_set_result(w, rt::None());
  }
  return rt::None();
}

Co wait_co(Value fs, Value timeout, Value return_when) {
  if (loop::is_future(fs) || loop::is_coroutine(fs))
    co_return rt::raisef(&rt::TypeError_type, "expect a list of futures, not %s", std::string(rt::type_name(fs)).c_str());
  Value lst = rt::seq_to_list(fs);
  if (!lst) co_return Value();
  auto& items = lst.as<rt::List>()->items;
  if (items.empty()) {
    rt::raise(&rt::ValueError_type, minor() <= 10 ? "Set of coroutines/Futures is empty." : "Set of Tasks/Futures is empty.");
    loop::add_stdlib_frame(rt::peek_pending(), loop::StdFrame::TasksWaitEmpty);
    co_return Value();
  }
  int rw = -1;
  if (rt::is_str(return_when)) {
    std::string_view s = rt::sv(return_when);
    rw = s == "ALL_COMPLETED" ? 0 : s == "FIRST_COMPLETED" ? 1 : s == "FIRST_EXCEPTION" ? 2 : -1;
  }
  if (rw < 0) {
    Value s = rt::str(return_when);
    co_return rt::raisef(&rt::ValueError_type, "Invalid return_when value: %s", s ? std::string(rt::sv(s)).c_str() : "?");
  }
  // fs = set(fs): dedupe by identity (iteration order of a set of tasks is
  // address-dependent in CPython; we keep first-seen order).
  std::vector<Value> uniq;
  for (auto& v : items) {
    bool seen = false;
    for (auto& u : uniq) seen = seen || u.is(v);
    if (!seen) uniq.push_back(v);
  }
  bool any_coro = false;
  for (auto& v : uniq) any_coro = any_coro || loop::is_coroutine(v);
  EventLoop* l = get_running_loop_or_raise();
  if (minor() >= 11) {
    if (any_coro) {
      rt::raise(&rt::TypeError_type, "Passing coroutines is forbidden, use tasks explicitly.");
      loop::add_stdlib_frame(rt::peek_pending(), loop::StdFrame::TasksWaitCoroutines);
      loop::keep_alive_with(rt::peek_pending(), fs);  // wait()'s frame in the traceback holds fs
      co_return Value();
    }
    if (!l) co_return Value();
  } else {
    if (!l) co_return Value();
    if (any_coro) {
      warn_deprecation_at_caller(
          "The explicit passing of coroutine objects to asyncio.wait() is deprecated since Python 3.8, and "
          "scheduled for removal in Python 3.11.");
      if (rt::pending()) co_return Value();
      // set iteration order of coroutine objects is address-based in CPython;
      // for freshly made coroutines 3.9.18 visits later ones first.
      std::reverse(uniq.begin(), uniq.end());
    }
    for (auto& v : uniq) {
      v = loop::ensure_future(v, l);
      if (!v) co_return Value();
    }
  }
  for (auto& v : uniq)
    if (!loop::is_future(v)) co_return rt::raise(&rt::TypeError_type, "An asyncio.Future, a coroutine or an awaitable is required");
  // _wait(fs, timeout, return_when, loop)
  WaitState* st = rt::make_object<WaitState>(&WaitState_type);
  Value stv = Value::steal(st);
  Ref<Future> waiter = loop::new_future(l);
  st->waiter = waiter.value();
  st->return_when = rw;
  st->counter = int64_t(uniq.size());
  if (!rt::is_none(timeout)) {
    double d;
    if (!rt::to_double(timeout, &d)) co_return Value();
    Ref<NativeCallback> rwcb = loop::new_native_callback(release_waiter, "_release_waiter");
    rwcb->site = loop::site(loop::Site::ReleaseWaiter);
    st->timeout_handle = l->call_later(d, rwcb.take(), {waiter.value()});
  }
  Ref<NativeCallback> cb = loop::new_native_callback(wait_on_completion, "_wait.<locals>._on_completion", stv);
  cb->site = loop::site(loop::Site::WaitOnCompletion);
  for (auto& f : uniq) loop::future_add_done_callback(loop::as_future(f), cb.value());
  Value r = co_await waiter;
  {
    loop::PendingGuard g;
    if (st->timeout_handle) loop::handle_cancel(st->timeout_handle.get());
    for (auto& f : uniq) loop::future_remove_done_callback(loop::as_future(f), cb.value());
  }
  if (!r) co_return Value();
  Ref<rt::Set> done = rt::new_set(), pending = rt::new_set();
  for (auto& f : uniq)
    if (rt::set_add(loop::as_future(f)->done() ? done.get() : pending.get(), f) < 0) co_return Value();
  co_return rt::tuple_of({done.take(), pending.take()}).take();
}

Value py_wait(const Value&, rt::CallArgs a) {
  Value args[4];
  if (!rt::parse_args(a, "wait", minor() <= 9 ? "@fs|$loop,timeout,return_when" : "@fs|$timeout,return_when", args))
    return Value();
  Value timeout = minor() <= 9 ? args[2] : args[1];
  Value rw = minor() <= 9 ? args[3] : args[2];
  if (minor() <= 9 && !warn_loop_argument(args[1])) return Value();
  return loop::named(wait_co(args[0], timeout ? timeout : rt::None(), rw ? rw : rt::str_value("ALL_COMPLETED")), "wait",
                     site_wait())
      .value();
}

// ---------------------------------------------------------------- as_completed

struct AsCompleted : rt::Object {
  bool started = false;
  Value fs;       // the argument list, until setup
  Value timeout;
  std::vector<Value> todo;    // futures not yet completed
  std::deque<Value> done;     // completed futures (None = timeout marker)
  std::deque<Value> getters;  // futures of waiting _wait_for_one()
  size_t remaining = 0;       // coroutines still to hand out
  Ref<loop::Handle> timeout_handle;
  Value on_completion;        // the NativeCallback
  Ref<EventLoop> loop;
};
rt::Type AsCompleted_type;

void ac_put(AsCompleted* s, Value v) {
  s->done.push_back(std::move(v));
  while (!s->getters.empty()) {
    Value g = std::move(s->getters.front());
    s->getters.pop_front();
    Future* gf = loop::as_future(g);
    if (!gf->done()) {
      loop::future_set_result(gf, rt::None());
      break;
    }
  }
}

Value ac_on_completion(NativeCallback* self, rt::CallArgs a) {
  AsCompleted* s = self->a.as<AsCompleted>();
  if (s->todo.empty()) return rt::None();
  for (size_t i = 0; i < s->todo.size(); ++i)
    if (s->todo[i].is(a[0])) {
      s->todo.erase(s->todo.begin() + i);
      break;
    }
  ac_put(s, a[0]);
  if (s->todo.empty() && s->timeout_handle) loop::handle_cancel(s->timeout_handle.get());
  return rt::None();
}

Value ac_on_timeout(NativeCallback* self, rt::CallArgs) {
  AsCompleted* s = self->a.as<AsCompleted>();
  for (auto& f : s->todo) {
    loop::future_remove_done_callback(loop::as_future(f), s->on_completion);
    ac_put(s, rt::None());
  }
  s->todo.clear();
  return rt::None();
}

Co wait_for_one_co(Value state, bool resolve = true) {
  AsCompleted* s = state.as<AsCompleted>();
  while (s->done.empty()) {
    Ref<Future> getter = loop::new_future(s->loop.get());
    s->getters.push_back(getter.value());
    Value r = co_await getter;
    if (!r) {
      loop::future_cancel(getter.get());
      co_return Value();
    }
  }
  Value f = std::move(s->done.front());
  s->done.pop_front();
  if (rt::is_none(f)) {
    Value te = new_timeout_error();
    if (!te) co_return Value();
    rt::set_pending(te);
    co_return Value();
  }
  if (!resolve) co_return f;  // 3.13+ `async for`: the future itself
  co_return loop::future_result(loop::as_future(f));
}

// 3.13+: `async for f in as_completed(...)` yields the futures as they finish.
Co ac_anext_co(Value self) {
  AsCompleted* s = self.as<AsCompleted>();
  if (s->remaining == 0) co_return rt::raise(&rt::StopAsyncIteration_type, "");
  s->remaining -= 1;
  co_return co_await wait_for_one_co(self, false);
}

bool ac_setup(const Value& sv);

Value ac_iter(const Value& self) { return self; }
Value ac_aiter(const Value& self, rt::CallArgs) {
  // Before 3.13 as_completed() is a plain generator.
  if (minor() < 13) return rt::raise(&rt::TypeError_type, "'async for' requires an object with __aiter__ method, got generator");
  return self;
}
Value ac_anext(const Value& self, rt::CallArgs) {
  return loop::named(ac_anext_co(self), "__anext__", nullptr, "_AsCompletedIterator.__anext__").value();
}
Value ac_next(const Value& self) {
  AsCompleted* s = self.as<AsCompleted>();
  if (!s->started && !ac_setup(self)) return Value();
  if (s->remaining == 0) return Value();
  s->remaining -= 1;
  return loop::named(wait_for_one_co(self), "_wait_for_one", loop::site(loop::Site::WaitForOne),
                     minor() >= 13 ? "_AsCompletedIterator._wait_for_one" : "as_completed.<locals>._wait_for_one")
      .value();
}

// The body of as_completed() up to its loop: ensure_future on each argument,
// done callbacks, the timeout. 3.9-3.12 run it at the first next() (it is a
// generator); 3.13+ in the constructor of _AsCompletedIterator.
bool ac_setup(const Value& sv) {
  AsCompleted* s = sv.as<AsCompleted>();
  s->started = true;
  Value fs = std::move(s->fs);
  Value timeout = std::move(s->timeout);
  if (loop::is_future(fs) || loop::is_coroutine(fs)) {
    rt::raisef(&rt::TypeError_type, "expect an iterable of futures, not %s", std::string(rt::type_name(fs)).c_str());
    return false;
  }
  Value lst = rt::seq_to_list(fs);
  if (!lst) return false;
  Value lv = loop::get_event_loop_py();
  if (!lv) return false;
  EventLoop* l = lv.as<EventLoop>();
  s->loop = Ref<EventLoop>::borrow(l);
  // todo = {ensure_future(f) for f in set(fs)}: the set's order is
  // address-based in CPython; as in wait(), for freshly made coroutines 3.9.18
  // visits later ones first (so it starts their tasks in that order).
  std::vector<Value> items;
  bool any_coro = false;
  for (auto& v : lst.as<rt::List>()->items) {
    bool seen = false;
    for (auto& u : items) seen = seen || u.is(v);
    if (seen) continue;
    any_coro = any_coro || loop::is_coroutine(v);
    items.push_back(v);
  }
  if (minor() <= 10 && any_coro) std::reverse(items.begin(), items.end());
  for (auto& v : items) {
    Value f = loop::ensure_future(v, l);
    if (!f) return false;
    s->todo.push_back(f);
  }
  s->on_completion =
      loop::new_native_callback(ac_on_completion,
                                minor() >= 13 ? "_AsCompletedIterator._handle_completion" : "as_completed.<locals>._on_completion",
                                sv)
          .take();
  for (auto& f : s->todo) loop::future_add_done_callback(loop::as_future(f), s->on_completion);
  if (!s->todo.empty() && timeout && !rt::is_none(timeout)) {
    double d;
    if (!rt::to_double(timeout, &d)) return false;
    Ref<NativeCallback> cb = loop::new_native_callback(
        ac_on_timeout, minor() >= 13 ? "_AsCompletedIterator._handle_timeout" : "as_completed.<locals>._on_timeout", sv);
    s->timeout_handle = l->call_later(d, cb.take(), {});
  }
  s->remaining = s->todo.size();
  return true;
}

Value py_as_completed(const Value&, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "as_completed", minor() <= 9 ? "@fs|$loop,timeout" : "@fs|$timeout", args)) return Value();
  Value fs = args[0];
  Value timeout = minor() <= 9 ? args[2] : args[1];
  // Before 3.13 as_completed() is a generator: even its argument checks run
  // at the first next() (ac_setup).
  AsCompleted* s = rt::make_object<AsCompleted>(&AsCompleted_type);
  Value sv = Value::steal(s);
  s->fs = fs;
  s->timeout = timeout ? timeout : rt::None();
  if (minor() >= 13 && !ac_setup(sv)) return Value();
  return sv;
}

// ---------------------------------------------------------------- Runner (3.11+)

enum class RState : uint8_t { Created, Initialized, Closed };

struct RunnerObj : rt::Object {
  RState state = RState::Created;
  Value debug, loop_factory;
  Ref<EventLoop> loop;
  bool set_event_loop = false;
};
rt::Type Runner_type;

bool runner_lazy_init(RunnerObj* r) {
  if (r->state == RState::Closed) {
    rt::raise(&rt::RuntimeError_type, "Runner is closed");
    return false;
  }
  if (r->state == RState::Initialized) return true;
  if (!r->loop_factory || rt::is_none(r->loop_factory)) {
    r->loop = loop::new_event_loop();
    if (!r->set_event_loop) {
      if (!loop::set_event_loop(r->loop.value())) return false;
      r->set_event_loop = true;
    }
  } else {
    Value l = rt::call(r->loop_factory, {});
    if (!l) return false;
    if (!rt::is_exact(l, &loop::EventLoop_type)) {
      rt::raise(&rt::TypeError_type, "loop_factory must return an event loop");
      return false;
    }
    r->loop = Ref<EventLoop>::borrow(l.as<EventLoop>());
  }
  if (r->debug && !rt::is_none(r->debug)) {
    int b = rt::truthy(r->debug);
    if (b < 0) return false;
    r->loop->debug = b;
  }
  r->state = RState::Initialized;
  return true;
}

Value runner_new(rt::Type*, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "Runner", "|$debug,loop_factory", args)) return Value();
  RunnerObj* r = rt::make_object<RunnerObj>(&Runner_type);
  r->debug = args[0];
  r->loop_factory = args[1];
  return Value::steal(r);
}

Value runner_run(const Value& self, rt::CallArgs a) {
  Value args[2];
  if (!rt::parse_args(a, "Runner.run", "@coro|$context", args)) return Value();
  RunnerObj* r = self.as<RunnerObj>();
  if (!loop::is_coroutine(args[0]))
    return rt::raisef(&rt::ValueError_type, "a coroutine was expected, got %s", loop::safe_repr(args[0]).c_str());
  if (loop::running_loop())
    return rt::raise(&rt::RuntimeError_type, "Runner.run() cannot be called from a running event loop");
  if (!runner_lazy_init(r)) {
    loop::keep_alive_with(rt::peek_pending(), args[0]);  // Runner.run's frame holds coro
    return Value();
  }
  Value task = loop::loop_create_task(r->loop.get(), args[0], Value(), args[1]);
  if (!task) return Value();
  return loop::block_on(loop::make_runner_run(r->loop.get(), task));
}

// close() drives the loop; from __exit__ it runs to completion at once.
Value runner_close_impl(RunnerObj* r, bool now) {
  if (r->state != RState::Initialized) return rt::None();
  Ref<EventLoop> l = r->loop;
  Value c = loop::make_runner_close(l.get(), r->set_event_loop);
  r->loop = nullptr;
  r->state = RState::Closed;
  if (now) return loop::run_drive_now(c);
  return loop::block_on(c);
}

Value runner_close(const Value& self, rt::CallArgs) { return runner_close_impl(self.as<RunnerObj>(), false); }
Value runner_enter(const Value& self, rt::CallArgs) {
  if (!runner_lazy_init(self.as<RunnerObj>())) return Value();
  return self;
}
Value runner_exit(const Value& self, rt::CallArgs) {
  Value r = runner_close_impl(self.as<RunnerObj>(), true);
  if (!r) return Value();
  return rt::None();
}
Value runner_get_loop(const Value& self, rt::CallArgs) {
  RunnerObj* r = self.as<RunnerObj>();
  if (!runner_lazy_init(r)) return Value();
  return r->loop.value();
}

// ---------------------------------------------------------------- predicates

Value py_iscoroutine(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "iscoroutine", 1, 1)) return Value();
  bool r = loop::is_coroutine(a[0]) || (minor() <= 9 && rt::is_exact(a[0], &rt::generator_type));
  return rt::Bool(r);
}

Value py_iscoroutinefunction(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "iscoroutinefunction", 1, 1)) return Value();
  if (minor() >= 14) {
    warn_deprecation_at_caller(
        "'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; use "
        "inspect.iscoroutinefunction() instead");
    if (rt::pending()) return Value();
  }
  Value f = a[0];
  for (int i = 0; i < 8; ++i) {
    if (rt::is_exact(f, &rt::method_type)) {
      f = f.as<rt::BoundMethod>()->func;
      continue;
    }
    // functools.partial: .func
    Value inner = rt::getattr_opt(f, rt::intern("func"));
    if (rt::pending()) rt::clear_pending();
    if (inner && rt::type_name(f) == "partial") {
      f = inner;
      continue;
    }
    break;
  }
  if (rt::is_exact(f, &rt::function_type)) {
    rt::Code* c = f.as<rt::Function>()->code.get();
    if (c->flags & rt::kCoCoroutine) return rt::True();
  }
  // _is_coroutine marker (asyncio.coroutine on 3.9, inspect.markcoroutinefunction).
  Value m = rt::getattr_opt(f, rt::intern("_is_coroutine"));
  if (rt::pending()) rt::clear_pending();
  if (m && !rt::is_none(m)) return rt::True();
  return rt::False();
}

Value py_isfuture(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "isfuture", 1, 1)) return Value();
  if (loop::is_future(a[0])) return rt::True();
  Value t = Value::borrow(rt::type_of(a[0]));
  Value b = rt::getattr_opt(t, rt::intern("_asyncio_future_blocking"));
  if (rt::pending()) rt::clear_pending();
  if (!b) return rt::False();
  Value ib = rt::getattr_opt(a[0], rt::intern("_asyncio_future_blocking"));
  if (rt::pending()) rt::clear_pending();
  return rt::Bool(ib && !rt::is_none(ib));
}

// types.coroutine(gen_function) for 3.9's @asyncio.coroutine: marks the
// code so its generators can be awaited.
Value py_mark_iterable_coroutine(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "_mark_iterable_coroutine", 1, 1)) return Value();
  if (rt::is_exact(a[0], &rt::function_type)) {
    rt::Code* c = a[0].as<rt::Function>()->code.get();
    if (c->flags & rt::kCoGenerator) c->flags |= rt::kCoIterableCoroutine;
  }
  return rt::None();
}

// 3.9's @asyncio.coroutine (deprecated): marks a generator function so its
// generators can be awaited (types.coroutine) and as a coroutine function.
Value py_coroutine(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "coroutine", 1, 1)) return Value();
  if (!loop::warn(&rt::DeprecationWarning_type,
                  "\"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead"))
    return Value();
  Value f = a[0];
  if (rt::is_exact(f, &rt::function_type) && (f.as<rt::Function>()->code->flags & rt::kCoCoroutine)) return f;
  if (!rt::is_exact(f, &rt::function_type) || !(f.as<rt::Function>()->code->flags & rt::kCoGenerator)) {
    // Not a generator function: wrap it in one (asyncio/coroutines.py).
    Value cor = rt::import_module("asyncio.coroutines");
    if (!cor) return Value();
    Value wrap = rt::getattr(cor, rt::intern("_wrap_plain"));
    if (!wrap) return Value();
    f = rt::call(wrap, {f});
    if (!f) return Value();
  }
  f.as<rt::Function>()->code->flags |= rt::kCoIterableCoroutine;
  if (!rt::setattr(f, rt::intern("_is_coroutine"), rt::True())) rt::clear_pending();
  return f;
}

// ---------------------------------------------------------------- event loop policy

// The default policy (one per session): get/set/new_event_loop delegate to
// the module-level functions, which keep the policy's state in LoopState.
struct PolicyObj : rt::Object {};
rt::Type Policy_type;

Value pol_get_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "get_event_loop", 0, 0)) return Value();
  loop::LoopState& st = loop::state();
  if (st.policy_loop) return st.policy_loop;
  return loop::get_event_loop_py();
}
Value pol_set_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_event_loop", 1, 1)) return Value();
  return loop::set_event_loop(a[0]);
}
Value pol_new_event_loop(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "new_event_loop", 0, 0)) return Value();
  return loop::new_event_loop().take();
}

Value py_get_event_loop_policy(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "get_event_loop_policy", 0, 0)) return Value();
  if (minor() >= 14 && !loop::warn(&rt::DeprecationWarning_type,
                                   "'asyncio.get_event_loop_policy' is deprecated and slated for removal in Python 3.16"))
    return Value();
  Value mod = rt::import_module("asyncio");
  if (!mod) return Value();
  Value p = rt::dict_get_str(rt::module_dict(mod.as<rt::Module>()), "_loopscope_policy");
  if (p && !rt::is_none(p)) return p;
  PolicyObj* po = rt::make_object<PolicyObj>(&Policy_type);
  Value pv = Value::steal(po);
  rt::module_add(mod.as<rt::Module>(), "_loopscope_policy", pv);
  return pv;
}

Value py_set_event_loop_policy(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_event_loop_policy", 1, 1)) return Value();
  if (minor() >= 14 && !loop::warn(&rt::DeprecationWarning_type,
                                   "'asyncio.set_event_loop_policy' is deprecated and slated for removal in Python 3.16"))
    return Value();
  Value mod = rt::import_module("asyncio");
  if (!mod) return Value();
  // A custom policy object is kept (returned by get_event_loop_policy) but
  // the loop functions keep using the default behaviour.
  rt::module_add(mod.as<rt::Module>(), "_loopscope_policy", a[0]);
  return rt::None();
}

// Future[T] / Task[T]: the generic alias made by asyncio.locks._GenericAlias.
Value py_class_getitem(const Value& cls, rt::CallArgs a) {
  if (!rt::check_nargs(a, "__class_getitem__", 1, 1)) return Value();
  Value locks = rt::import_module("asyncio.locks");
  if (!locks) return Value();
  Value ga = rt::getattr(locks, "_GenericAlias");
  if (!ga) return Value();
  return rt::call(ga, {cls, a[0]});
}

// ---------------------------------------------------------------- module

void init_private_types() {
  static bool done = false;
  if (done) return;
  done = true;
  auto basic = [](rt::Type& t, const char* name) {
    t.refcnt = rt::kImmortal;
    t.type = &rt::type_type;
    t.name = name;
    t.base = &rt::object_type;
    t.getattr = rt::generic_getattr;
    t.setattr = rt::generic_setattr;
  };
  basic(Timeout_type, "asyncio.timeouts.Timeout");
  Timeout_type.dealloc = rt::dealloc_as<TimeoutObj>;
  Timeout_type.repr = to_repr;
  rt::add_method(&Timeout_type, "__aenter__", to_aenter);
  rt::add_method(&Timeout_type, "__aexit__", to_aexit);
  rt::add_method(&Timeout_type, "when", to_when);
  rt::add_method(&Timeout_type, "reschedule", to_reschedule);
  rt::add_method(&Timeout_type, "expired", to_expired);
  rt::type_ready(&Timeout_type);

  basic(Runner_type, "asyncio.runners.Runner");
  Runner_type.dealloc = rt::dealloc_as<RunnerObj>;
  Runner_type.new_ = runner_new;
  rt::add_method(&Runner_type, "run", runner_run);
  rt::add_method(&Runner_type, "close", runner_close);
  rt::add_method(&Runner_type, "get_loop", runner_get_loop);
  rt::add_method(&Runner_type, "__enter__", runner_enter);
  rt::add_method(&Runner_type, "__exit__", runner_exit);
  rt::type_ready(&Runner_type);

  basic(Policy_type, "asyncio.unix_events._UnixDefaultEventLoopPolicy");
  Policy_type.dealloc = rt::dealloc_as<PolicyObj>;
  rt::add_method(&Policy_type, "get_event_loop", pol_get_event_loop);
  rt::add_method(&Policy_type, "set_event_loop", pol_set_event_loop);
  rt::add_method(&Policy_type, "new_event_loop", pol_new_event_loop);
  rt::type_ready(&Policy_type);

  basic(WaitState_type, "_wait_state");
  WaitState_type.dealloc = rt::dealloc_as<WaitState>;
  rt::type_ready(&WaitState_type);

  basic(AsCompleted_type, "generator");
  AsCompleted_type.dealloc = rt::dealloc_as<AsCompleted>;
  AsCompleted_type.iter = ac_iter;
  AsCompleted_type.next = ac_next;
  rt::add_method(&AsCompleted_type, "__aiter__", ac_aiter);
  rt::add_method(&AsCompleted_type, "__anext__", ac_anext);
  rt::type_ready(&AsCompleted_type);
}

void add_fn(rt::Module* m, const char* name, rt::NativeFn fn) {
  Ref<rt::BuiltinFunction> f = rt::new_builtin(name, fn);
  f->module = rt::str_value("asyncio");
  rt::module_add(m, name, f.take());
}

// A submodule reached through the package (asyncio.futures.Future,
// asyncio.tasks.Task, ...): a module holding the same objects as asyncio,
// registered in sys.modules. Names the target version lacks are skipped.
void add_submodule(rt::Module* pkg, const char* name, std::initializer_list<const char*> names) {
  rt::Interp& in = rt::interp();
  std::string full = std::string("asyncio.") + name;
  rt::Ref<rt::Module> sub = rt::new_module(full);
  rt::Dict* d = rt::module_dict(pkg);
  for (const char* n : names) {
    Value v = rt::dict_get_str(d, n);
    if (v) rt::module_add(sub.get(), n, v);
  }
  if (in.modules) rt::dict_set_str(in.modules.get(), full, sub.value());
  rt::module_add(pkg, name, sub.take());
}

Value init_asyncio() {
  init_private_types();
  Ref<rt::Module> m = rt::new_module("asyncio");
  rt::Module* mp = m.get();
  int v = minor();
  add_fn(mp, "run", py_run);
  add_fn(mp, "sleep", py_sleep);
  add_fn(mp, "gather", py_gather);
  add_fn(mp, "create_task", py_create_task);
  add_fn(mp, "ensure_future", py_ensure_future);
  add_fn(mp, "get_event_loop", py_get_event_loop);
  add_fn(mp, "new_event_loop", py_new_event_loop);
  add_fn(mp, "set_event_loop", py_set_event_loop);
  add_fn(mp, "get_running_loop", py_get_running_loop);
  add_fn(mp, "_get_running_loop", py__get_running_loop);
  add_fn(mp, "current_task", py_current_task);
  add_fn(mp, "all_tasks", py_all_tasks);
  add_fn(mp, "wait", py_wait);
  add_fn(mp, "wait_for", py_wait_for);
  add_fn(mp, "as_completed", py_as_completed);
  add_fn(mp, "shield", py_shield);
  add_fn(mp, "iscoroutine", py_iscoroutine);
  add_fn(mp, "iscoroutinefunction", py_iscoroutinefunction);
  add_fn(mp, "isfuture", py_isfuture);
  add_fn(mp, "get_event_loop_policy", py_get_event_loop_policy);
  add_fn(mp, "set_event_loop_policy", py_set_event_loop_policy);
  rt::module_add(mp, "DefaultEventLoopPolicy", Value::borrow(&Policy_type));
  // One policy class stands for the whole hierarchy (isinstance checks hold).
  rt::module_add(mp, "AbstractEventLoopPolicy", Value::borrow(&Policy_type));
  rt::module_add(mp, "BaseDefaultEventLoopPolicy", Value::borrow(&Policy_type));
  if (v <= 10) {
    add_fn(mp, "_mark_iterable_coroutine", py_mark_iterable_coroutine);
    add_fn(mp, "coroutine", py_coroutine);
  }
  if (v >= 11) {
    add_fn(mp, "timeout", py_timeout);
    add_fn(mp, "timeout_at", py_timeout_at);
    rt::module_add(mp, "Timeout", Value::borrow(&Timeout_type));
    rt::module_add(mp, "Runner", Value::borrow(&Runner_type));
  }
  static bool getitem_added = false;
  if (!getitem_added) {
    getitem_added = true;
    rt::add_classmethod(&loop::Future_type, "__class_getitem__", py_class_getitem);
    rt::add_classmethod(&loop::Task_type, "__class_getitem__", py_class_getitem);
  }
  rt::module_add(mp, "Future", Value::borrow(&loop::Future_type));
  rt::module_add(mp, "Task", Value::borrow(&loop::Task_type));
  rt::module_add(mp, "Handle", Value::borrow(&loop::Handle_type));
  rt::module_add(mp, "TimerHandle", Value::borrow(&loop::TimerHandle_type));
  Value loop_t = Value::borrow(&loop::EventLoop_type);
  rt::module_add(mp, "AbstractEventLoop", loop_t);
  rt::module_add(mp, "BaseEventLoop", loop_t);
  rt::module_add(mp, "SelectorEventLoop", loop_t);
  if (v >= 13) rt::module_add(mp, "EventLoop", loop_t);
  loop::LoopState& st = loop::state();
  rt::module_add(mp, "CancelledError", st.CancelledError);
  rt::module_add(mp, "InvalidStateError", st.InvalidStateError);
  rt::module_add(mp, "TimeoutError", st.TimeoutError);
  rt::module_add(mp, "IncompleteReadError", st.IncompleteReadError);
  rt::module_add(mp, "LimitOverrunError", st.LimitOverrunError);
  rt::module_add(mp, "SendfileNotAvailableError", st.SendfileNotAvailableError);
  rt::module_add(mp, "QueueEmpty", st.QueueEmpty);
  rt::module_add(mp, "QueueFull", st.QueueFull);
  if (v >= 11) rt::module_add(mp, "BrokenBarrierError", st.BrokenBarrierError);
  if (v >= 13) rt::module_add(mp, "QueueShutDown", st.QueueShutDown);
  rt::module_add(mp, "FIRST_COMPLETED", rt::str_value("FIRST_COMPLETED"));
  rt::module_add(mp, "FIRST_EXCEPTION", rt::str_value("FIRST_EXCEPTION"));
  rt::module_add(mp, "ALL_COMPLETED", rt::str_value("ALL_COMPLETED"));
  // Before the prelude: asyncio.locks imports asyncio.exceptions.
  add_submodule(mp, "exceptions", {"CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
                                   "LimitOverrunError", "SendfileNotAvailableError", "BrokenBarrierError"});
  // Lock/Event/Condition/Semaphore/Queue/TaskGroup/... (asyncio_prelude.cpp).
  Value r = asyncio_prelude_exec(mp);
  if (!r) return Value();
  add_submodule(mp, "futures", {"Future", "isfuture", "wrap_future", "CancelledError", "InvalidStateError"});
  add_submodule(mp, "tasks", {"Task", "create_task", "ensure_future", "current_task", "all_tasks", "sleep", "gather",
                              "wait", "wait_for", "as_completed", "shield", "FIRST_COMPLETED", "FIRST_EXCEPTION",
                              "ALL_COMPLETED", "run_coroutine_threadsafe", "to_thread"});
  add_submodule(mp, "events", {"AbstractEventLoop", "AbstractEventLoopPolicy", "Handle", "TimerHandle",
                               "get_event_loop", "set_event_loop", "new_event_loop", "get_running_loop",
                               "_get_running_loop", "get_event_loop_policy", "set_event_loop_policy"});
  add_submodule(mp, "base_events", {"BaseEventLoop"});
  add_submodule(mp, "runners", {"run", "Runner"});
  if (v >= 11) add_submodule(mp, "timeouts", {"Timeout", "timeout", "timeout_at"});
  return m.take();
}

}  // namespace

void warn_deprecation_at_caller(const char* msg) { loop::warn(&rt::DeprecationWarning_type, msg); }

void register_asyncio() { rt::register_module("asyncio", init_asyncio); }

}  // namespace ls::mods
