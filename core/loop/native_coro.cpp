// NativeCoro: the trampoline that makes C++20 coroutines step like Python
// coroutine objects (see native_coro.h).
#include "loop/native_coro.h"

#include <cstdio>

#include "loop/format.h"
#include "loop/future.h"
#include "loop/state.h"
#include "runtime/warnings.h"

namespace ls::loop {

using rt::Ref;
using rt::Step;
using rt::StepKind;
using rt::Value;

rt::Type NativeCoro_type;

// ---- promise ----

Co Co::promise_type::get_return_object() {
  NativeCoro* c = rt::make_object<NativeCoro>(&NativeCoro_type);
  c->h = Handle::from_promise(*this);
  self = c;
  return Co(Ref<NativeCoro>::steal(c));
}

void Co::promise_type::return_value(Value v) {
  if (v) {
    self->result = std::move(v);
  } else {
    // Capture the pending exception before the frame's locals are destroyed
    // (their deallocs may report things and must not see it).
    self->exc = rt::take_pending();
    if (!self->exc) self->exc = rt::new_exception(&rt::SystemError_type, "native coroutine returned NULL without an exception");
  }
}

bool Co::promise_type::FutureAwaiter::await_ready() const noexcept { return fut->done(); }

void Co::promise_type::FutureAwaiter::await_suspend(Handle) noexcept {
  fut->blocking = true;
  p->self->wait = NativeCoro::Wait::Future;
  p->self->awaited = fut.value();
}

// Shared by every awaiter: the exception thrown in while suspended wins.
static bool take_inbox_exc(NativeCoro* c) {
  if (c->inbox_exc) {
    rt::set_pending(std::move(c->inbox_exc));
    c->inbox_exc = Value();
    return true;
  }
  return false;
}

Value Co::promise_type::FutureAwaiter::await_resume() {
  NativeCoro* c = p->self;
  c->wait = NativeCoro::Wait::None;
  c->awaited = Value();
  c->inbox = Value();
  if (take_inbox_exc(c)) return Value();
  if (!fut->done()) return rt::raise(&rt::RuntimeError_type, "await wasn't used with future");
  return future_result(fut.get());
}

Co::promise_type::DelegateAwaiter Co::promise_type::await_transform(Co c) {
  return {this, c.value()};
}

void Co::promise_type::DelegateAwaiter::await_suspend(Handle) noexcept {
  p->self->wait = NativeCoro::Wait::Delegate;
  p->self->awaited = coro;
}

Value Co::promise_type::DelegateAwaiter::await_resume() {
  NativeCoro* c = p->self;
  c->wait = NativeCoro::Wait::None;
  c->awaited = Value();
  if (take_inbox_exc(c)) return Value();
  Value r = std::move(c->inbox);
  c->inbox = Value();
  return r ? r : rt::None();
}

void Co::promise_type::YieldAwaiter::await_suspend(Handle) noexcept {
  p->self->wait = NativeCoro::Wait::Yield;
  p->self->awaited = v;
}

Value Co::promise_type::YieldAwaiter::await_resume() {
  NativeCoro* c = p->self;
  c->wait = NativeCoro::Wait::None;
  c->awaited = Value();
  if (take_inbox_exc(c)) return Value();
  Value r = std::move(c->inbox);
  c->inbox = Value();
  return r ? r : rt::None();
}

Co::promise_type::AnyAwaiter Co::promise_type::await_transform(Value v) {
  AnyAwaiter a{this, 0, nullptr, Value()};
  if (!v) return a;  // exception already pending
  if (is_future(v)) {
    a.kind = 1;
    a.fut = Ref<Future>::borrow(as_future(v));
    return a;
  }
  if (as_coroutine_object(v)) {
    a.kind = 2;
    a.coro = std::move(v);
    return a;
  }
  // An awaitable: __await__() must give an iterator we can step.
  Value it = rt::call_method(v, "__await__", {});
  if (!it) {
    if (rt::pending_matches(&rt::AttributeError_type)) {
      rt::clear_pending();
      rt::raisef(&rt::TypeError_type, "object %s can't be used in 'await' expression",
                 std::string(rt::type_name(v)).c_str());
    }
    return a;
  }
  if (as_coroutine_object(it)) {
    a.kind = 2;
    a.coro = std::move(it);
    return a;
  }
  rt::raisef(&rt::TypeError_type, "__await__() returned non-iterator of type '%s'",
             std::string(rt::type_name(it)).c_str());
  return a;
}

bool Co::promise_type::AnyAwaiter::await_ready() const noexcept {
  if (kind == 0) return true;
  if (kind == 1) return fut->done();
  return false;
}

void Co::promise_type::AnyAwaiter::await_suspend(Handle) noexcept {
  if (kind == 1) {
    fut->blocking = true;
    p->self->wait = NativeCoro::Wait::Future;
    p->self->awaited = fut.value();
  } else {
    p->self->wait = NativeCoro::Wait::Delegate;
    p->self->awaited = coro;
  }
}

Value Co::promise_type::AnyAwaiter::await_resume() {
  if (kind == 0) return Value();
  if (kind == 1) return FutureAwaiter{p, fut}.await_resume();
  return DelegateAwaiter{p, coro}.await_resume();
}

Value Co::value() const { return coro_.value(); }

Co named(Co c, const char* name, const CoroSite* site, const char* qualname) {
  NativeCoro* n = c.get();
  n->name = name;
  n->qualname = qualname ? qualname : name;
  n->site = site;
  return c;
}

// ---- NativeCoro ----

NativeCoro::~NativeCoro() {
  if (h) {
    Co::Handle hh = h;
    h = nullptr;
    hh.destroy();
  }
}

Step NativeCoro::finish() {
  done = true;
  wait = Wait::None;
  awaited = Value();
  Value r = std::move(result);
  Value e = std::move(exc);
  result = Value();
  exc = Value();
  // Free the frame now, like a finished Python coroutine drops its frame.
  if (h) {
    Co::Handle hh = h;
    h = nullptr;
    hh.destroy();
  }
  if (e) {
    rt::set_pending(std::move(e));
    return Step{StepKind::Raise, Value()};
  }
  return Step{StepKind::Return, r ? std::move(r) : rt::None()};
}

Step NativeCoro::drive(Mode mode, Value v) {
  if (done) {
    if (mode == Mode::Throw) {
      rt::set_pending(std::move(v));
      return Step{StepKind::Raise, Value()};
    }
    rt::raise(&rt::RuntimeError_type, "cannot reuse already awaited coroutine");
    return Step{StepKind::Raise, Value()};
  }
  if (running) {
    rt::raise(&rt::ValueError_type, "coroutine already executing");
    return Step{StepKind::Raise, Value()};
  }
  awaited_flag = true;
  Ref<NativeCoro> keep = Ref<NativeCoro>::borrow(this);
  running = true;
  for (;;) {
    if (wait == Wait::Delegate) {
      rt::CoroutineObject* d = as_coroutine_object(awaited);
      Step s = mode == Mode::Resume  ? d->resume()
               : mode == Mode::Throw ? d->throw_(std::move(v))
                                     : d->send(std::move(v));
      v = Value();
      mode = Mode::Send;
      if (s.kind == StepKind::Yield || s.kind == StepKind::Preempted ||
          s.kind == StepKind::Blocked) {
        running = false;
        return s;
      }
      if (s.kind == StepKind::Return) inbox = s.value ? std::move(s.value) : rt::None();
      else inbox_exc = rt::take_pending();
    } else if (!started) {
      started = true;
      if (mode == Mode::Throw) {
        // Throwing into a coroutine that never started raises at once.
        running = false;
        done = true;
        if (h) {
          Co::Handle hh = h;
          h = nullptr;
          hh.destroy();
        }
        rt::set_pending(std::move(v));
        return Step{StepKind::Raise, Value()};
      }
      if (v && !rt::is_none(v)) {
        running = false;
        rt::raise(&rt::TypeError_type, "can't send non-None value to a just-started coroutine");
        return Step{StepKind::Raise, Value()};
      }
    } else if (mode == Mode::Throw) {
      inbox_exc = std::move(v);
    } else if (mode == Mode::Send) {
      inbox = std::move(v);
    }
    v = Value();
    mode = Mode::Send;
    h.resume();
    if (h.done()) {
      running = false;
      return finish();
    }
    switch (wait) {
      case Wait::Future:
      case Wait::Yield:
        running = false;
        return Step{StepKind::Yield, awaited};
      case Wait::Delegate:
        v = rt::None();
        continue;  // start the delegate with send(None)
      case Wait::None:
        LS_UNREACHABLE();
    }
  }
}

Step NativeCoro::send(Value v) { return drive(Mode::Send, std::move(v)); }
Step NativeCoro::throw_(Value exc) { return drive(Mode::Throw, std::move(exc)); }
Step NativeCoro::resume() { return drive(Mode::Resume, Value()); }

std::string NativeCoro::describe() {
  std::string s = qualname + "()";
  if (!site || !site->file) return running ? s + " running" : s;
  std::string file = stdlib_path(site->file);
  if (done) return s + " done, defined at " + file + ":" + std::to_string(site->def_line);
  return s + " running at " + file + ":" +
         std::to_string(started ? site->run_line : site->def_line);
}

// A library coroutine that dies unstarted warns like a Python one
// ("coroutine 'sleep' was never awaited").
static void native_coro_dealloc(rt::Object* o) {
  NativeCoro* c = static_cast<NativeCoro*>(o);
  if (!c->started && !c->awaited_flag && rt::current_interp()) {
    c->refcnt = 1;
    {
      PendingGuard g;
      if (!rt::warn(&rt::RuntimeWarning_type, "coroutine '" + c->qualname + "' was never awaited", 1, true))
        rt::clear_pending();
    }
    if (--c->refcnt != 0) return;
  }
  dealloc_poly<NativeCoro>(o);
}

// ---- Python face ----

static Value coro_repr(const Value& self) {
  NativeCoro* c = self.as<NativeCoro>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(c));
  return rt::str_value("<coroutine object " + c->qualname + buf);
}

static Value coro_py_send(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "send", 1, 1)) return Value();
  Step s = self.as<NativeCoro>()->send(a[0]);
  if (s.kind == StepKind::Yield) return s.value;
  if (s.kind == StepKind::Raise) return Value();
  if (s.kind == StepKind::Return) {
    Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
    if (!e) return Value();
    return rt::raise_value(e);
  }
  return rt::raise(&rt::RuntimeError_type, "native coroutine preempted in a nested call");
}

static Value coro_py_throw(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "throw", 1, 3)) return Value();
  Value exc = a[0];
  if (rt::isinstance(exc, &rt::type_type)) {
    exc = rt::call(exc, {});
    if (!exc) return Value();
  }
  Step s = self.as<NativeCoro>()->throw_(exc);
  if (s.kind == StepKind::Yield) return s.value;
  if (s.kind == StepKind::Raise) return Value();
  if (s.kind == StepKind::Return) {
    Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
    if (!e) return Value();
    return rt::raise_value(e);
  }
  return rt::raise(&rt::RuntimeError_type, "native coroutine preempted in a nested call");
}

static Value coro_py_close(const Value& self, rt::CallArgs a) {
  NativeCoro* c = self.as<NativeCoro>();
  if (c->done) return rt::None();
  if (!c->started) {
    c->started = true;
    c->awaited_flag = true;
    c->done = true;
    if (c->h) {
      Co::Handle hh = c->h;
      c->h = nullptr;
      hh.destroy();
    }
    return rt::None();
  }
  Value ge = rt::new_exception(&rt::GeneratorExit_type, "");
  Step s = c->throw_(ge);
  if (s.kind == StepKind::Raise) {
    if (rt::pending_matches(&rt::GeneratorExit_type) || rt::pending_matches(&rt::StopIteration_type)) {
      rt::clear_pending();
      return rt::None();
    }
    return Value();
  }
  if (s.kind == StepKind::Yield) return rt::raise(&rt::RuntimeError_type, "coroutine ignored GeneratorExit");
  return rt::None();
}

// coroutine.__await__() returns a "coroutine_wrapper": an iterator over the
// same coroutine, so `yield from coro.__await__()` works in any generator.
struct CoroWrapper : rt::CoroutineObject {
  rt::Ref<NativeCoro> c;
  Step send(Value v) override { return c->send(std::move(v)); }
  Step throw_(Value e) override { return c->throw_(std::move(e)); }
  Step resume() override { return c->resume(); }
  bool finished() const override { return c->finished(); }
  std::string describe() override { return c->describe(); }
};
static rt::Type CoroWrapper_type;

static Value step_to_next(Step s) {
  if (s.kind == StepKind::Yield) return s.value;
  if (s.kind == StepKind::Raise) return Value();
  if (s.kind == StepKind::Return) {
    if (rt::is_none(s.value)) return Value();
    Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
    if (!e) return Value();
    return rt::raise_value(e);
  }
  return rt::raise(&rt::RuntimeError_type, "native coroutine preempted in a nested call");
}

static Value cw_iter(const Value& self) { return self; }
static Value cw_next(const Value& self) { return step_to_next(self.as<CoroWrapper>()->send(rt::None())); }
static Value cw_send(const Value& self, rt::CallArgs a) {
  if (!rt::check_nargs(a, "send", 1, 1)) return Value();
  Step s = self.as<CoroWrapper>()->send(a[0]);
  if (s.kind == StepKind::Return) {
    Value e = rt::call(Value::borrow(&rt::StopIteration_type), {s.value});
    if (!e) return Value();
    return rt::raise_value(e);
  }
  return step_to_next(std::move(s));
}
static Value cw_throw(const Value& self, rt::CallArgs a) {
  Value c = self.as<CoroWrapper>()->c.value();
  return rt::call_method(c, "throw", {a.nargs ? a[0] : rt::None()});
}
static Value cw_close(const Value& self, rt::CallArgs) {
  return rt::call_method(self.as<CoroWrapper>()->c.value(), "close", {});
}

static Value coro_await(const Value& self, rt::CallArgs) {
  CoroWrapper* w = rt::make_object<CoroWrapper>(&CoroWrapper_type);
  w->c = rt::Ref<NativeCoro>::borrow(self.as<NativeCoro>());
  return Value::steal(w);
}

// `yield from coro` is allowed in generators marked as iterable coroutines
// (3.9's @asyncio.coroutine / types.coroutine): GET_YIELD_FROM_ITER asks for
// an iterator, which is then the coroutine itself. Anywhere else a coroutine
// is not iterable, as in CPython.
static Value coro_iter(const Value& self) {
  rt::Frame* f = rt::interp().frame;
  if (f && f->code && (f->code->flags & rt::kCoIterableCoroutine)) return self;
  if (f && f->code && (f->code->flags & rt::kCoGenerator))
    return rt::raise(&rt::TypeError_type, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  return rt::raise(&rt::TypeError_type, "'coroutine' object is not iterable");
}

// The iterator side of the above (only reachable through coro_iter).
static Value coro_next(const Value& self) { return step_to_next(self.as<NativeCoro>()->send(rt::None())); }
static Value coro_name(const Value& self) { return rt::str_value(self.as<NativeCoro>()->name); }
static Value coro_qualname(const Value& self) { return rt::str_value(self.as<NativeCoro>()->qualname); }
static Value coro_running(const Value& self) { return rt::Bool(self.as<NativeCoro>()->running); }
static Value coro_none(const Value&) { return rt::None(); }

void native_coro_init_types() {
  static bool done = false;
  if (done) return;
  done = true;
  rt::Type& t = NativeCoro_type;
  t.refcnt = rt::kImmortal;
  t.type = &rt::type_type;
  t.name = "coroutine";
  t.base = &rt::object_type;
  t.flags |= rt::kCoroutineObject;
  t.dealloc = native_coro_dealloc;
  t.repr = coro_repr;
  t.iter = coro_iter;
  t.next = coro_next;
  t.getattr = rt::generic_getattr;
  rt::add_method(&t, "send", coro_py_send);
  rt::add_method(&t, "throw", coro_py_throw);
  rt::add_method(&t, "close", coro_py_close);
  rt::add_method(&t, "__await__", coro_await);
  rt::add_getset(&t, "__name__", coro_name);
  rt::add_getset(&t, "__qualname__", coro_qualname);
  rt::add_getset(&t, "cr_running", coro_running);
  rt::add_getset(&t, "cr_frame", coro_none);
  rt::add_getset(&t, "cr_code", coro_none);
  rt::add_getset(&t, "cr_await", coro_none);
  rt::type_ready(&t);

  rt::Type& w = CoroWrapper_type;
  w.refcnt = rt::kImmortal;
  w.type = &rt::type_type;
  w.name = "coroutine_wrapper";
  w.base = &rt::object_type;
  w.flags |= rt::kCoroutineObject;
  w.dealloc = dealloc_poly<CoroWrapper>;
  w.getattr = rt::generic_getattr;
  w.iter = cw_iter;
  w.next = cw_next;
  rt::add_method(&w, "send", cw_send);
  rt::add_method(&w, "throw", cw_throw);
  rt::add_method(&w, "close", cw_close);
  rt::type_ready(&w);
}

rt::CoroutineObject* as_coroutine_object(const Value& v) {
  if (!v.is_obj()) return nullptr;
  rt::Type* t = v.obj()->type;
  if (t == &rt::coroutine_type || t == &rt::generator_type || (t->flags & rt::kCoroutineObject))
    return static_cast<rt::CoroutineObject*>(v.obj());
  return nullptr;
}

// Pushes the result of a blocking call (time.sleep) into the innermost frame
// of the Python coroutine chain that blocked, so its resume() continues.
void deliver_block_result_to(const Value& coro, Value v) {
  if (!coro.is_obj()) return;
  rt::Type* t = coro.obj()->type;
  if (t == &rt::coroutine_type || t == &rt::generator_type || t == &rt::async_generator_type) {
    rt::Gen* g = coro.as<rt::Gen>();
    rt::Frame* top = g->exec.top ? g->exec.top : g->exec.base.get();
    if (top) top->slots()[top->sp++] = std::move(v);
    return;
  }
  if (t == &NativeCoro_type) {
    NativeCoro* n = coro.as<NativeCoro>();
    if (n->wait == NativeCoro::Wait::Delegate) deliver_block_result_to(n->awaited, std::move(v));
  }
}

bool is_coroutine(const Value& v) {
  if (!v.is_obj()) return false;
  rt::Type* t = v.obj()->type;
  // Also the awaitables of async generators (asend/athrow/aclose): they pass
  // collections.abc.Coroutine's structural check, so asyncio accepts them.
  return t == &NativeCoro_type || t == &rt::coroutine_type ||
         ((t->flags & rt::kCoroutineObject) && t != &FutureIter_type && t != &CoroWrapper_type &&
          t != &rt::generator_type &&
          t != &rt::async_generator_type);
}

}  // namespace ls::loop
