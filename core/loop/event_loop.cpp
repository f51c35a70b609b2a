// EventLoop, Handle, TimerHandle (see event_loop.h). Mirrors CPython 3.12
// base_events.py BaseEventLoop and events.py Handle/TimerHandle.
#include "loop/event_loop.h"

#include <algorithm>
#include <cmath>

#include "loop/format.h"
#include "loop/future.h"
#include "loop/state.h"
#include "loop/native_coro.h"
#include "loop/observe.h"
#include "loop/stdlib_frames.h"

namespace ls::loop {

using rt::Ref;
using rt::Value;

rt::Type NativeCallback_type, Handle_type, TimerHandle_type, EventLoop_type;

StepOutcome run_task_callback(NativeCallback* cb, const std::vector<Value>& args, bool* handled);

constexpr double kMaxSelectTimeout = 24 * 3600;
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;

// ---------------------------------------------------------------- NativeCallback

Ref<NativeCallback> new_native_callback(NativeCallback::Fn fn, const char* qualname, Value a, Value b) {
  NativeCallback* c = rt::make_object<NativeCallback>(&NativeCallback_type);
  c->fn = fn;
  c->qualname = qualname;
  c->a = std::move(a);
  c->b = std::move(b);
  return Ref<NativeCallback>::steal(c);
}

static Value nc_call(const Value& self, rt::CallArgs a) {
  NativeCallback* c = self.as<NativeCallback>();
  return c->fn(c, a);
}
static Value nc_repr(const Value& self) {
  NativeCallback* c = self.as<NativeCallback>();
  if (c->type_repr) return rt::str_value("<" + std::string(c->type_repr) + " object at " + addr(c) + ">");
  return rt::str_value("<built-in method " + std::string(c->qualname) + " at " + addr(c) + ">");
}
static Value nc_qualname(const Value& self) {
  NativeCallback* c = self.as<NativeCallback>();
  if (c->type_repr) return rt::raise(&rt::AttributeError_type, "__qualname__");
  return rt::str_value(c->qualname);
}
static void nc_traverse(rt::Object* o, rt::VisitFn visit, void* ctx) {
  auto* c = static_cast<NativeCallback*>(o);
  if (c->a.is_obj()) visit(c->a.obj(), ctx);
  if (c->b.is_obj()) visit(c->b.obj(), ctx);
}
static void nc_clear(rt::Object* o) {
  auto* c = static_cast<NativeCallback*>(o);
  c->a = Value();
  c->b = Value();
}

// ---------------------------------------------------------------- Handle

static bool timer_less(const Ref<Handle>& a, const Ref<Handle>& b) {
  // std heap functions build a max-heap: "less" means "later".
  if (a->key != b->key) return a->key > b->key;
  return a->seq > b->seq;
}

void handle_cancel(Handle* h) {
  if (h->cancelled) return;
  if (h->is_timer && h->scheduled && h->loop) h->loop->timer_handle_cancelled(h);
  if (h->is_timer)
    if (Observer* o = observer()) o->timer_cancelled(h);
  h->cancelled = true;
  if (h->loop && h->loop->debug) h->repr_cache = handle_repr(h);
  h->callback = Value();
  h->args.clear();
}

std::string handle_repr(Handle* h) {
  if (!h->repr_cache.empty()) return h->repr_cache;
  std::vector<std::string> info;
  info.push_back(h->is_timer ? "TimerHandle" : "Handle");
  if (h->cancelled) info.push_back("cancelled");
  if (h->callback && !rt::is_none(h->callback)) info.push_back(format_callback_source(h->callback, h->args, h->loop && h->loop->debug));
  if (h->is_timer) info.insert(info.begin() + (h->cancelled ? 2 : 1), "when=" + rt::float_repr(h->when));
  std::string s = "<";
  for (size_t i = 0; i < info.size(); ++i) {
    if (i) s += " ";
    s += info[i];
  }
  return s + ">";
}

static Value h_repr(const Value& self) { return rt::str_value(handle_repr(self.as<Handle>())); }
static Value h_cancel(const Value& self, rt::CallArgs) {
  handle_cancel(self.as<Handle>());
  return rt::None();
}
static Value h_cancelled(const Value& self, rt::CallArgs) { return rt::Bool(self.as<Handle>()->cancelled); }
static Value h_when(const Value& self, rt::CallArgs) { return rt::Float(self.as<Handle>()->when); }
static Value h_get_context(const Value& self, rt::CallArgs) {
  Handle* h = self.as<Handle>();
  return h->context ? h->context : rt::None();
}
static Value h_g_callback(const Value& self) {
  Handle* h = self.as<Handle>();
  return h->callback ? h->callback : rt::None();
}
static Value h_g_args(const Value& self) {
  Handle* h = self.as<Handle>();
  if (!h->callback) return rt::None();
  Ref<rt::Tuple> t = rt::new_tuple(0);
  for (auto& a : h->args) t->items.push_back(a);
  return t.take();
}
static Value h_g_loop(const Value& self) { return self.as<Handle>()->loop.value(); }
static Value h_g_scheduled(const Value& self) { return rt::Bool(self.as<Handle>()->scheduled); }
static void h_traverse(rt::Object* o, rt::VisitFn visit, void* ctx) {
  auto* h = static_cast<Handle*>(o);
  if (h->callback.is_obj()) visit(h->callback.obj(), ctx);
  for (auto& a : h->args)
    if (a.is_obj()) visit(a.obj(), ctx);
  if (h->loop) visit(h->loop.get(), ctx);
}
static void h_clear(rt::Object* o) {
  auto* h = static_cast<Handle*>(o);
  h->callback = Value();
  h->args.clear();
  h->context = Value();
  h->loop = nullptr;
}
static Value timer_richcompare(const Value& a, const Value& b, rt::CmpOp op) {
  if (!rt::isinstance(b, &TimerHandle_type)) return rt::NotImplemented();
  Handle* x = a.as<Handle>();
  Handle* y = b.as<Handle>();
  switch (op) {
    case rt::CmpOp::LT: return rt::Bool(x->when < y->when);
    case rt::CmpOp::LE: return rt::Bool(x->when < y->when || x == y || x->when == y->when);
    case rt::CmpOp::GT: return rt::Bool(x->when > y->when);
    case rt::CmpOp::GE: return rt::Bool(x->when > y->when || x == y || x->when == y->when);
    case rt::CmpOp::EQ:
      return rt::Bool(x == y || (x->when == y->when && x->callback.is(y->callback) && x->cancelled == y->cancelled));
    case rt::CmpOp::NE:
      return rt::Bool(!(x == y || (x->when == y->when && x->callback.is(y->callback) && x->cancelled == y->cancelled)));
  }
  return rt::NotImplemented();
}

// ---------------------------------------------------------------- EventLoop

Ref<EventLoop> new_event_loop() {
  EventLoop* l = rt::make_object<EventLoop>(&EventLoop_type);
  l->clock = state().clock;
  return Ref<EventLoop>::steal(l);
}

EventLoop* running_loop() {
  if (!attached()) return nullptr;
  return state().running_loop.get();
}

// Handle.__init__: `if context is None: context = contextvars.copy_context()`
// (only once contextvars is in use; before that there is one context).
Value context_or_copy(Value context) {
  if ((context && !rt::is_none(context)) || !state().copy_context) return context;
  PendingGuard g;
  Value c = rt::call(state().copy_context, {});
  if (!c) rt::clear_pending();
  return c;
}

static Ref<Handle> make_handle(EventLoop* loop, Value cb, std::vector<Value> args, Value context) {
  context = context_or_copy(std::move(context));
  Handle* h = rt::make_object<Handle>(&Handle_type);
  h->callback = std::move(cb);
  h->args = std::move(args);
  h->context = std::move(context);
  h->loop = Ref<EventLoop>::borrow(loop);
  return Ref<Handle>::steal(h);
}

Ref<Handle> EventLoop::call_soon(Value cb, std::vector<Value> args, Value context) {
  Ref<Handle> h = make_handle(this, std::move(cb), std::move(args), std::move(context));
  ready.push_back(h);
  return h;
}

Ref<Handle> EventLoop::call_at(double when, Value cb, std::vector<Value> args, Value context) {
  Ref<Handle> h = make_handle(this, std::move(cb), std::move(args), std::move(context));
  h->type = &TimerHandle_type;
  h->is_timer = true;
  h->when = when;
  h->key = int64_t(std::nearbyint(when * 1e6));
  h->seq = state().timer_seq++;
  h->scheduled = true;
  scheduled.push_back(h);
  std::push_heap(scheduled.begin(), scheduled.end(), timer_less);
  if (Observer* o = observer()) o->timer_scheduled(h.get());
  return h;
}

void EventLoop::timer_handle_cancelled(Handle* h) {
  if (h->scheduled) timer_cancelled_count += 1;
}

bool EventLoop::run_forever_begin() {
  if (closed) {
    rt::raise(&rt::RuntimeError_type, "Event loop is closed");
    return false;
  }
  if (running) {
    rt::raise(&rt::RuntimeError_type, "This event loop is already running");
    return false;
  }
  if (state().running_loop) {
    rt::raise(&rt::RuntimeError_type, "Cannot run the event loop while another loop is running");
    return false;
  }
  running = true;
  state().running_loop = Ref<EventLoop>::borrow(this);
  return true;
}

void EventLoop::run_forever_end() {
  stopping = false;
  running = false;
  in_iteration = false;
  ntodo_left = 0;
  if (state().running_loop.get() == this) state().running_loop = nullptr;
}

bool EventLoop::close() {
  if (running) {
    rt::raise(&rt::RuntimeError_type, "Cannot close a running event loop");
    return false;
  }
  if (closed) return true;
  closed = true;
  std::deque<Ref<Handle>> r;
  r.swap(ready);
  std::vector<Ref<Handle>> s;
  s.swap(scheduled);
  return true;
}

void EventLoop::begin_iteration_timers() {
  size_t sched_count = scheduled.size();
  if (sched_count > kMinScheduledTimerHandles &&
      double(timer_cancelled_count) / double(sched_count) > kMinCancelledTimerHandlesFraction) {
    std::vector<Ref<Handle>> keep;
    for (auto& h : scheduled) {
      if (h->cancelled) h->scheduled = false;
      else keep.push_back(h);
    }
    std::make_heap(keep.begin(), keep.end(), timer_less);
    scheduled.swap(keep);
    timer_cancelled_count = 0;
  } else {
    while (!scheduled.empty() && scheduled.front()->cancelled) {
      timer_cancelled_count -= 1;
      std::pop_heap(scheduled.begin(), scheduled.end(), timer_less);
      scheduled.back()->scheduled = false;
      scheduled.pop_back();
    }
  }
}

// Reports an exception that escaped a callback ("Exception in callback ...").
static LoopStep callback_failed(EventLoop* loop, Handle* h) {
  Value exc = rt::take_pending();
  if (rt::isinstance(exc, &rt::SystemExit_type) || rt::isinstance(exc, &rt::KeyboardInterrupt_type)) {
    // It leaves Handle._run and _run_once (run_forever adds its own frame).
    add_stdlib_frame(exc, StdFrame::EventsRun);
    add_stdlib_frame(exc, StdFrame::RunOnceHandleRun);
    // _run_once's `handle` local (kept by that frame in the traceback) keeps
    // the handle, and so its task, alive as long as the exception.
    keep_alive_with(exc, Value::borrow(h));
    loop->in_iteration = false;
    loop->ntodo_left = 0;
    rt::set_pending(std::move(exc));
    return LoopStep::Error;
  }
  add_stdlib_frame(exc, StdFrame::EventsRun);
  std::string msg = "Exception in callback " + format_callback_source(h->callback, h->args, loop->debug);
  Value ctx = make_context({{"message", rt::str_value(msg)}, {"exception", exc}, {"handle", Value::borrow(h)}});
  loop->call_exception_handler(ctx, exc);
  return LoopStep::Progress;
}

static bool is_python_callable(const Value& f) {
  if (rt::is_exact(f, &rt::function_type)) return true;
  if (rt::is_exact(f, &rt::method_type)) return rt::is_exact(f.as<rt::BoundMethod>()->func, &rt::function_type);
  return false;
}

LoopStep EventLoop::run_handle(Ref<Handle> h) {
  Value cb = h->callback;
  if (rt::is_exact(cb, &NativeCallback_type)) {
    NativeCallback* nc = cb.as<NativeCallback>();
    bool handled = false;
    StepOutcome o = run_task_callback(nc, h->args, &handled);
    if (handled) {
      if (o == StepOutcome::InFlight) {
        inflight_task = Ref<Task>::borrow(nc->a.as<Task>());
        inflight_handle = h;
        return LoopStep::InFlight;
      }
      if (o == StepOutcome::Error) return callback_failed(this, h.get());
      return LoopStep::Progress;
    }
    Value r = nc->fn(nc, rt::CallArgs{h->args.data(), uint32_t(h->args.size()), nullptr});
    if (!r) return callback_failed(this, h.get());
    return LoopStep::Progress;
  }
  if (is_python_callable(cb)) {
    inflight_exec = rt::Exec();
    Value done;
    if (!rt::start_call(inflight_exec, cb, rt::CallArgs{h->args.data(), uint32_t(h->args.size()), nullptr}, &done))
      return callback_failed(this, h.get());
    if (!inflight_exec.base) {
      if (!done && rt::pending()) return callback_failed(this, h.get());
      // A coroutine function used as a callback: the coroutine dies unawaited
      // inside Handle._run.
      warn_unawaited_at(done, StdFrame::EventsRun);
      return LoopStep::Progress;
    }
    inflight_handle = h;
    return finish_handle(rt::run(inflight_exec, true));
  }
  Value r = rt::call(cb, rt::CallArgs{h->args.data(), uint32_t(h->args.size()), nullptr});
  if (!r) return callback_failed(this, h.get());
  return LoopStep::Progress;
}

LoopStep EventLoop::finish_handle(rt::RunStatus st) {
  if (st == rt::RunStatus::Preempted || st == rt::RunStatus::Blocked) return LoopStep::InFlight;
  Ref<Handle> h = std::move(inflight_handle);
  inflight_handle = nullptr;
  rt::Exec done = std::move(inflight_exec);
  inflight_exec = rt::Exec();
  if (st == rt::RunStatus::Raise) return callback_failed(this, h.get());
  return LoopStep::Progress;
}

// Handle._run runs the callback in its Context (self._context.run(...)):
// around each unit of loop work the handle's context is current, and the
// context outside the loop (the main program's) is current again afterwards.
LoopStep EventLoop::run_step() {
  LoopState& st = state();
  if (!st.copy_context) return run_step_inner();
  Value outer = st.current_context;
  LoopStep r = run_step_inner();
  st.current_context = std::move(outer);
  return r;
}

void EventLoop::enter_context(Handle* h) {
  if (h && h->context && !rt::is_none(h->context) && state().copy_context) state().current_context = h->context;
}

LoopStep EventLoop::run_step_inner() {
  // 1. Finish in-flight work first: a step is atomic from Python's view.
  if (inflight_task) {
    enter_context(inflight_handle.get());
    Ref<Task> t = inflight_task;
    StepOutcome o = task_step_resume(t.get());
    if (o == StepOutcome::InFlight) return LoopStep::InFlight;
    inflight_task = nullptr;
    Ref<Handle> h = std::move(inflight_handle);
    inflight_handle = nullptr;
    if (o == StepOutcome::Error) return callback_failed(this, h.get());
    return LoopStep::Progress;
  }
  if (inflight_handle) {
    enter_context(inflight_handle.get());
    return finish_handle(rt::run(inflight_exec, true));
  }
  // 2. The rest of the current iteration's snapshot.
  if (in_iteration) {
    while (ntodo_left > 0) {
      ntodo_left -= 1;
      Ref<Handle> h = std::move(ready.front());
      ready.pop_front();
      if (h->cancelled) continue;
      enter_context(h.get());
      return run_handle(std::move(h));
    }
    in_iteration = false;
    if (stopping) return LoopStep::Stopped;
    return LoopStep::Progress;
  }
  // 3. A new iteration: purge, poll (wait), move due timers, snapshot.
  begin_iteration_timers();
  double timeout;
  if (!ready.empty() || stopping) {
    timeout = 0;
  } else if (!scheduled.empty()) {
    double when = scheduled.front()->when;
    timeout = std::min(std::max(0.0, when - time()), kMaxSelectTimeout);
  } else {
    return LoopStep::Deadlock;
  }
  if (timeout > 0) {
    if (waiting) {
      // The host waited the timeout we asked for (selector.select returned).
      waiting = false;
      clock->waited(wait_seconds);
    } else if (!clock->wait(timeout)) {
      waiting = true;
      wait_seconds = timeout;
      return LoopStep::Wait;
    }
  }
  waiting = false;
  double end_time = time() + clock_resolution;
  while (!scheduled.empty()) {
    Ref<Handle> h = scheduled.front();
    if (h->when >= end_time) break;
    std::pop_heap(scheduled.begin(), scheduled.end(), timer_less);
    scheduled.pop_back();
    h->scheduled = false;
    if (Observer* o = observer()) o->timer_fired(h.get());
    ready.push_back(std::move(h));
  }
  in_iteration = true;
  ntodo_left = int64_t(ready.size());
  if (Observer* o = observer()) o->loop_iteration(this, ready.size());
  return LoopStep::Progress;
}

void deliver_block_result_to(const Value& coro, Value v);  // native_coro.cpp

void EventLoop::deliver_block_result(Value v) {
  if (inflight_task) {
    deliver_block_result_to(inflight_task->coro, std::move(v));
  } else if (inflight_handle && inflight_exec.base) {
    rt::Frame* top = inflight_exec.top ? inflight_exec.top : inflight_exec.base.get();
    top->slots()[top->sp++] = std::move(v);
  }
}

// ---------------------------------------------------------------- exception handler

void default_exception_handler(Value context) {
  PendingGuard g;
  rt::Dict* d = context.as<rt::Dict>();
  Value message = rt::dict_get_str(d, "message");
  std::string msg = message && rt::truthy(message) > 0 ? rt::repr_utf8(message) : "Unhandled exception in event loop";
  if (message && rt::is_str(message) && rt::truthy(message) > 0) msg = std::string(rt::sv(message));
  Value exc = rt::dict_get_str(d, "exception");
  std::vector<std::pair<std::string, Value>> items;
  Value k, v;
  for (size_t pos = 0; rt::dict_next(d, &pos, &k, &v);) {
    if (!rt::is_str(k)) continue;
    std::string key(rt::sv(k));
    if (key == "message" || key == "exception") continue;
    items.emplace_back(key, v);
  }
  std::sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::string text = msg;
  for (auto& [key, val] : items) text += "\n" + key + ": " + safe_repr(val);
  bool has_exc = exc && !rt::is_none(exc);
  // CPython: logger.error(text, exc_info=...). When the program has imported
  // logging (it may have configured handlers: "ERROR:asyncio:..."), go through
  // it; otherwise print what logging's last-resort handler prints.
  rt::Interp& in = rt::interp();
  Value logging = in.modules ? rt::dict_get_str(in.modules.get(), "logging") : Value();
  if (logging) {
    Value logger = rt::call_method(logging, "getLogger", {rt::str_value("asyncio")});
    Value err = logger ? rt::getattr(logger, "error") : Value();
    if (err) {
      Value args[2] = {rt::str_value(text), has_exc ? exc : rt::False()};
      Ref<rt::Tuple> kw = rt::tuple_of({rt::str_value("exc_info")});
      Value r = rt::call_nested(err, rt::CallArgs{args, 2, kw.get()});
      if (r) return;
    }
    rt::clear_pending();
  }
  std::string out = text + "\n";
  if (has_exc) out += rt::format_exception(exc);
  rt::write_out(2, out);
}

void EventLoop::call_exception_handler(Value context, Value handling) {
  PendingGuard g;
  if (!exception_handler || rt::is_none(exception_handler)) {
    default_exception_handler(std::move(context));
    return;
  }
  Value args[2] = {Value::borrow(this), context};
  rt::Interp& in = rt::interp();
  Value saved_handled = in.handled;
  if (handling) in.handled = handling;
  Value r = rt::call_nested(exception_handler, rt::CallArgs{args, 2, nullptr});
  in.handled = std::move(saved_handled);
  if (!r) {
    Value e = rt::take_pending();
    add_stdlib_frame(e, StdFrame::CallExceptionHandler);
    Value ctx = make_context({{"message", rt::str_value("Unhandled error in exception handler")},
                              {"exception", e},
                              {"context", context}});
    default_exception_handler(ctx);
  }
}

// ---------------------------------------------------------------- Python face

static EventLoop* L(const Value& v) { return v.as<EventLoop>(); }

// The value of keyword `name` in a (Null if absent); false on unknown keywords.
static bool kw_only(rt::CallArgs a, const char* fname, const char* name, Value* out) {
  *out = Value();
  uint32_t nkw = a.kwnames ? uint32_t(a.kwnames->size()) : 0;
  for (uint32_t i = 0; i < nkw; ++i) {
    std::string_view k = rt::sv((*a.kwnames)[i]);
    if (k == name) {
      *out = a.kw(i);
    } else {
      rt::raisef(&rt::TypeError_type, "%s() got an unexpected keyword argument '%.*s'", fname, int(k.size()),
                 k.data());
      return false;
    }
  }
  return true;
}

static bool check_closed(EventLoop* l) {
  if (l->closed) {
    rt::raise(&rt::RuntimeError_type, "Event loop is closed");
    return false;
  }
  return true;
}

static bool is_coroutine_function(const Value& f) {
  Value fn = f;
  if (rt::is_exact(fn, &rt::method_type)) fn = fn.as<rt::BoundMethod>()->func;
  if (rt::is_exact(fn, &rt::function_type)) {
    rt::Code* c = fn.as<rt::Function>()->code.get();
    return c && (c->flags & rt::kCoCoroutine);
  }
  return false;
}

static bool check_callback(const Value& cb, const char* method) {
  if (is_coroutine(cb) || is_coroutine_function(cb)) {
    rt::raisef(&rt::TypeError_type, "coroutines cannot be used with %s()", method);
    return false;
  }
  rt::Type* t = rt::type_of(cb);
  if (!t->call) {
    rt::raisef(&rt::TypeError_type, "a callable object was expected by %s(), got %s", method,
               safe_repr(cb).c_str());
    return false;
  }
  return true;
}

static std::vector<Value> rest(rt::CallArgs a, uint32_t from) {
  std::vector<Value> v;
  for (uint32_t i = from; i < a.npos(); ++i) v.push_back(a[i]);
  return v;
}

static Value l_call_soon(const Value& self, rt::CallArgs a) {
  Value ctx;
  if (!kw_only(a, "call_soon", "context", &ctx)) return Value();
  if (a.npos() < 1) return rt::raise(&rt::TypeError_type, "call_soon() missing 1 required positional argument: 'callback'");
  if (!check_closed(L(self))) return Value();
  if (L(self)->debug && !check_callback(a[0], "call_soon")) return Value();
  return L(self)->call_soon(a[0], rest(a, 1), ctx && !rt::is_none(ctx) ? ctx : Value()).take();
}

static bool get_seconds(const Value& v, double* out) {
  if (!rt::to_double(v, out)) return false;
  return true;
}

static Value l_call_at_impl(EventLoop* l, double when, rt::CallArgs a, uint32_t cbpos, const char* name,
                            const Value& ctx) {
  if (!check_closed(l)) return Value();
  if (l->debug && !check_callback(a[cbpos], name)) return Value();
  return l->call_at(when, a[cbpos], rest(a, cbpos + 1), ctx && !rt::is_none(ctx) ? ctx : Value()).take();
}

static Value l_call_later(const Value& self, rt::CallArgs a) {
  Value ctx;
  if (!kw_only(a, "call_later", "context", &ctx)) return Value();
  if (a.npos() < 2) return rt::raise(&rt::TypeError_type, "call_later() missing required positional arguments");
  if (rt::is_none(a[0])) return rt::raise(&rt::TypeError_type, "delay must not be None");
  double d;
  if (!get_seconds(a[0], &d)) return Value();
  return l_call_at_impl(L(self), L(self)->time() + d, a, 1, "call_later", ctx);
}

static Value l_call_at(const Value& self, rt::CallArgs a) {
  Value ctx;
  if (!kw_only(a, "call_at", "context", &ctx)) return Value();
  if (a.npos() < 2) return rt::raise(&rt::TypeError_type, "call_at() missing required positional arguments");
  if (rt::is_none(a[0])) return rt::raise(&rt::TypeError_type, "when cannot be None");
  double w;
  if (!get_seconds(a[0], &w)) return Value();
  return l_call_at_impl(L(self), w, a, 1, "call_at", ctx);
}

static Value l_time(const Value& self, rt::CallArgs) { return rt::Float(L(self)->time()); }
static Value l_create_future(const Value& self, rt::CallArgs) { return new_future(L(self)).take(); }

Value loop_create_task(EventLoop* l, Value coro, Value name, Value context) {
  if (!check_closed(l)) return Value();
  if (l->task_factory && !rt::is_none(l->task_factory)) {
    Value r = rt::call(l->task_factory, {Value::borrow(l), coro});
    if (!r) return Value();
    if (name && !rt::is_none(name) && is_future(r) && as_future(r)->is_task)
      r.as<Task>()->name = rt::is_str(name) ? name : rt::str(name);
    return r;
  }
  Ref<Task> t = new_task(l, std::move(coro), std::move(name), std::move(context));
  if (!t) return Value();
  return t.take();
}

static Value l_create_task(const Value& self, rt::CallArgs a) {
  Value args[3];
  if (!rt::parse_args(a, "create_task", "coro|$name,context", args)) return Value();
  return loop_create_task(L(self), args[0], args[1], args[2]);
}
static Value l_stop(const Value& self, rt::CallArgs) {
  L(self)->stop();
  return rt::None();
}
// loop.close(): on a running loop, the RuntimeError leaves through CPython's
// _UnixSelectorEventLoop.close and BaseSelectorEventLoop.close frames.
static Value l_close(const Value& self, rt::CallArgs) {
  if (L(self)->close()) return rt::None();
  Value e = rt::peek_pending();
  if (e) {
    add_stdlib_frame(e, StdFrame::SelectorCloseRunning);
    add_stdlib_frame(e, StdFrame::UnixLoopClose);
  }
  return Value();
}
static Value l_is_running(const Value& self, rt::CallArgs) { return rt::Bool(L(self)->running); }
static Value l_is_closed(const Value& self, rt::CallArgs) { return rt::Bool(L(self)->closed); }
static Value l_get_debug(const Value& self, rt::CallArgs) { return rt::Bool(L(self)->debug); }
static Value l_set_debug(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_debug", 1, 1)) return Value();
  int b = rt::truthy(a[0]);
  if (b < 0) return Value();
  L(self)->debug = b;
  return rt::None();
}
static Value l_set_exception_handler(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_exception_handler", 1, 1)) return Value();
  if (!rt::is_none(a[0]) && !rt::type_of(a[0])->call)
    return rt::raisef(&rt::TypeError_type, "A callable object or None is expected, got %s", safe_repr(a[0]).c_str());
  L(self)->exception_handler = rt::is_none(a[0]) ? Value() : a[0];
  return rt::None();
}
static Value l_get_exception_handler(const Value& self, rt::CallArgs) {
  Value h = L(self)->exception_handler;
  return h ? h : rt::None();
}
static Value l_call_exception_handler(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "call_exception_handler", 1, 1)) return Value();
  L(self)->call_exception_handler(a[0]);
  return rt::None();
}
static Value l_default_exception_handler(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "default_exception_handler", 1, 1)) return Value();
  default_exception_handler(a[0]);
  return rt::None();
}
static Value l_set_task_factory(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "set_task_factory", 1, 1)) return Value();
  L(self)->task_factory = rt::is_none(a[0]) ? Value() : a[0];
  return rt::None();
}
static Value l_get_task_factory(const Value& self, rt::CallArgs) {
  return L(self)->task_factory ? L(self)->task_factory : rt::None();
}
static Value l_repr(const Value& self) {
  EventLoop* l = L(self);
  std::string s = "<_UnixSelectorEventLoop running=";
  s += l->running ? "True" : "False";
  s += " closed=";
  s += l->closed ? "True" : "False";
  s += " debug=";
  s += l->debug ? "True" : "False";
  return rt::str_value(s + ">");
}
static Value l_g_slow(const Value& self) { return rt::Float(L(self)->slow_callback_duration); }
static bool l_s_slow(const Value& self, const Value& v) { return rt::to_double(v, &L(self)->slow_callback_duration); }
static Value l_g_ready(const Value& self) {
  Ref<rt::List> l = rt::new_list();
  for (auto& h : L(self)->ready) rt::list_append(l.get(), h.value());
  return l.take();
}
static Value l_g_scheduled(const Value& self) {
  Ref<rt::List> l = rt::new_list();
  for (auto& h : L(self)->scheduled) rt::list_append(l.get(), h.value());
  return l.take();
}
static Value l_g_clock_resolution(const Value& self) { return rt::Float(L(self)->clock_resolution); }

static void loop_traverse(rt::Object* o, rt::VisitFn visit, void* ctx) {
  auto* l = static_cast<EventLoop*>(o);
  for (auto& h : l->ready) visit(h.get(), ctx);
  for (auto& h : l->scheduled) visit(h.get(), ctx);
  if (l->exception_handler.is_obj()) visit(l->exception_handler.obj(), ctx);
  if (l->current_task.is_obj()) visit(l->current_task.obj(), ctx);
}
static void loop_clear(rt::Object* o) {
  auto* l = static_cast<EventLoop*>(o);
  std::deque<Ref<Handle>> r;
  r.swap(l->ready);
  std::vector<Ref<Handle>> s;
  s.swap(l->scheduled);
  l->exception_handler = Value();
  l->task_factory = Value();
  l->current_task = Value();
  l->inflight_handle = nullptr;
  l->inflight_task = nullptr;
  l->inflight_exec = rt::Exec();
}

// Methods defined in runner.cpp (they block: the session drives them).
Value loop_py_run_until_complete(const Value& self, rt::CallArgs a);
Value loop_py_run_forever(const Value& self, rt::CallArgs a);
Value loop_py_shutdown_asyncgens(const Value& self, rt::CallArgs a);
Value loop_py_shutdown_default_executor(const Value& self, rt::CallArgs a);

static void init_static_type(rt::Type& t, const char* name) {
  t.refcnt = rt::kImmortal;
  t.type = &rt::type_type;
  t.name = name;
  if (!t.base) t.base = &rt::object_type;
  if (!t.getattr) t.getattr = rt::generic_getattr;
  if (!t.setattr) t.setattr = rt::generic_setattr;
}

void event_loop_type_init() {
  static bool done = false;
  if (done) return;
  done = true;
  init_static_type(NativeCallback_type, "builtin_function_or_method");
  NativeCallback_type.dealloc = rt::dealloc_as<NativeCallback>;
  NativeCallback_type.call = nc_call;
  NativeCallback_type.repr = nc_repr;
  NativeCallback_type.traverse = nc_traverse;
  NativeCallback_type.clear = nc_clear;
  rt::add_getset(&NativeCallback_type, "__qualname__", nc_qualname);
  rt::type_ready(&NativeCallback_type);

  init_static_type(Handle_type, "asyncio.events.Handle");
  Handle_type.dealloc = rt::dealloc_as<Handle>;
  Handle_type.repr = h_repr;
  Handle_type.traverse = h_traverse;
  Handle_type.clear = h_clear;
  rt::add_method(&Handle_type, "cancel", h_cancel);
  rt::add_method(&Handle_type, "cancelled", h_cancelled);
  rt::add_method(&Handle_type, "get_context", h_get_context);
  rt::add_getset(&Handle_type, "_callback", h_g_callback);
  rt::add_getset(&Handle_type, "_args", h_g_args);
  rt::add_getset(&Handle_type, "_loop", h_g_loop);
  rt::type_ready(&Handle_type);

  TimerHandle_type.base = &Handle_type;
  init_static_type(TimerHandle_type, "asyncio.events.TimerHandle");
  TimerHandle_type.dealloc = rt::dealloc_as<Handle>;
  TimerHandle_type.repr = h_repr;
  TimerHandle_type.traverse = h_traverse;
  TimerHandle_type.clear = h_clear;
  TimerHandle_type.richcompare = timer_richcompare;
  rt::add_method(&TimerHandle_type, "when", h_when);
  rt::add_getset(&TimerHandle_type, "_scheduled", h_g_scheduled);
  rt::type_ready(&TimerHandle_type);

  init_static_type(EventLoop_type, "asyncio.unix_events._UnixSelectorEventLoop");
  EventLoop_type.dealloc = rt::dealloc_as<EventLoop>;
  EventLoop_type.repr = l_repr;
  EventLoop_type.traverse = loop_traverse;
  EventLoop_type.clear = loop_clear;
  rt::Type& t = EventLoop_type;
  rt::add_method(&t, "call_soon", l_call_soon);
  rt::add_method(&t, "call_soon_threadsafe", l_call_soon);
  rt::add_method(&t, "call_later", l_call_later);
  rt::add_method(&t, "call_at", l_call_at);
  rt::add_method(&t, "time", l_time);
  rt::add_method(&t, "create_future", l_create_future);
  rt::add_method(&t, "create_task", l_create_task);
  rt::add_method(&t, "stop", l_stop);
  rt::add_method(&t, "close", l_close);
  rt::add_method(&t, "is_running", l_is_running);
  rt::add_method(&t, "is_closed", l_is_closed);
  rt::add_method(&t, "get_debug", l_get_debug);
  rt::add_method(&t, "set_debug", l_set_debug);
  rt::add_method(&t, "set_exception_handler", l_set_exception_handler);
  rt::add_method(&t, "get_exception_handler", l_get_exception_handler);
  rt::add_method(&t, "call_exception_handler", l_call_exception_handler);
  rt::add_method(&t, "default_exception_handler", l_default_exception_handler);
  rt::add_method(&t, "set_task_factory", l_set_task_factory);
  rt::add_method(&t, "get_task_factory", l_get_task_factory);
  rt::add_method(&t, "run_until_complete", loop_py_run_until_complete);
  rt::add_method(&t, "run_forever", loop_py_run_forever);
  rt::add_method(&t, "shutdown_asyncgens", loop_py_shutdown_asyncgens);
  rt::add_method(&t, "shutdown_default_executor", loop_py_shutdown_default_executor);
  rt::add_getset(&t, "slow_callback_duration", l_g_slow, l_s_slow);
  rt::add_getset(&t, "_ready", l_g_ready);
  rt::add_getset(&t, "_scheduled", l_g_scheduled);
  rt::add_getset(&t, "_clock_resolution", l_g_clock_resolution);
  rt::type_ready(&t);
}

}  // namespace ls::loop
