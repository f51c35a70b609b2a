// Ordering rules of the event loop, pinned with C++ coroutines and the
// virtual clock only (no Python source): call_soon FIFO, timer ties in
// creation order, the _run_once ntodo snapshot, task cancellation paths,
// and "every test leaves the heap as it found it" (libuv's
// MAKE_VALGRIND_HAPPY, cppcoro's counted).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/future.h"
#include "loop/native_coro.h"
#include "loop/runner.h"
#include "loop/state.h"
#include "runtime/runtime.h"

using namespace ls;
using loop::Co;
using loop::EventLoop;
using loop::Future;
using loop::NativeCallback;
using loop::Task;
using rt::Ref;
using rt::Value;

namespace {

std::vector<std::string> g_log;

struct Env {
  rt::Interp in{1ull << 28};
  loop::VirtualClock clock;
  size_t baseline = 0;
  Env() {
    static bool once = (rt::init_runtime(), true);
    (void)once;
    rt::set_current_interp(&in);
    rt::set_current_heap(&in.heap);
    in.write = [](int, std::string_view s) { g_log.push_back("OUT:" + std::string(s)); };
    loop::attach(in, &clock);
    g_log.clear();
    baseline = in.heap.live_objects();
  }
  ~Env() {
    loop::detach(in);
    rt::set_current_heap(nullptr);
    rt::set_current_interp(nullptr);
  }
  size_t live() const { return in.heap.live_objects(); }
};

Value log_cb(NativeCallback* self, rt::CallArgs) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "@%.3f", loop::state().clock->monotonic());
  g_log.push_back(std::string(rt::sv(self->a)) + buf);
  return rt::None();
}

Value cb(const char* name) { return loop::new_native_callback(log_cb, "log", rt::str_value(name)).take(); }

// Runs `fut` on `l` to completion through the Driver (what the session does
// for loop.run_until_complete). Returns the result, or Null with the
// exception in *exc.
Value run_until_complete(EventLoop* l, Value fut, Value* exc = nullptr) {
  loop::Driver d;
  d.start(loop::make_run_until_complete(l, std::move(fut)));
  for (int i = 0; i < 100000; ++i) {
    rt::interp().budget = 1000;
    auto r = d.run_slice();
    if (r.state == loop::Driver::State::Done) {
      Value v = d.take_result();
      Value e = d.take_exception();
      if (exc) *exc = e;
      return v;
    }
    REQUIRE(r.state == loop::Driver::State::Running);
  }
  FAIL("loop did not finish");
  return Value();
}

// A stand-in for asyncio.sleep: a future resolved by a timer.
Value set_result_cb(NativeCallback*, rt::CallArgs a) {
  Future* f = loop::as_future(a[0]);
  if (!f->cancelled()) loop::future_set_result(f, a[1]);
  return rt::None();
}

Co sleep_for(double delay, Value result) {
  EventLoop* l = loop::running_loop();
  Ref<Future> f = loop::new_future(l);
  Ref<loop::Handle> h =
      l->call_later(delay, loop::new_native_callback(set_result_cb, "set").take(), {f.value(), result});
  Value r = co_await f;
  loop::handle_cancel(h.get());
  co_return r;
}

Co worker(const char* name, double delay) {
  g_log.push_back(std::string(name) + " start");
  Value r = co_await sleep_for(delay, rt::str_value(name));
  if (!r) {
    g_log.push_back(std::string(name) + (loop::is_cancelled_error(rt::peek_pending()) ? " cancelled" : " raised"));
    co_return Value();
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, " done @%.3f", loop::state().clock->monotonic());
  g_log.push_back(std::string(name) + buf);
  co_return r;
}

}  // namespace

TEST_CASE("call_soon runs callbacks in FIFO order") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    for (const char* n : {"a", "b", "c", "d"}) l->call_soon(cb(n), {});
    Ref<Future> done = loop::new_future(l.get());
    l->call_soon(loop::new_native_callback(set_result_cb, "set").take(), {done.value(), rt::None()});
    Value r = run_until_complete(l.get(), done.value());
    REQUIRE(r);
    // Only our reference is left (g++ 12 once double-destroyed a co_await temporary).
    CHECK(l->refcnt == 2);  // ours and the future's
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"a@1000.000", "b@1000.000", "c@1000.000", "d@1000.000"});
  CHECK(env.live() == env.baseline);
}

TEST_CASE("timers with equal deadlines fire in creation order; the clock jumps to each deadline") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    l->call_later(1.0, cb("t1"), {});
    l->call_later(0.5, cb("t0"), {});
    l->call_later(1.0, cb("t2"), {});
    l->call_at(1001.0, cb("t3"), {});
    l->call_later(0.1 + 0.2, cb("x"), {});
    l->call_later(0.3, cb("y"), {});  // same microsecond grid as 0.1+0.2: creation order
    Ref<Future> done = loop::new_future(l.get());
    l->call_later(2.0, loop::new_native_callback(set_result_cb, "set").take(), {done.value(), rt::None()});
    REQUIRE(run_until_complete(l.get(), done.value()));
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"x@1000.300", "y@1000.300", "t0@1000.500", "t1@1001.000",
                                          "t2@1001.000", "t3@1001.000"});
  CHECK(env.clock.monotonic() == 1002.0);
  CHECK(env.live() == env.baseline);
}

namespace {
Value a_cb(NativeCallback* self, rt::CallArgs) {
  g_log.push_back("A");
  EventLoop* l = self->a.as<EventLoop>();
  l->call_soon(cb("B"), {});
  l->call_later(0, cb("T"), {});
  return rt::None();
}
}  // namespace

TEST_CASE("_run_once runs only the handles ready when the iteration began") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    l->call_soon(loop::new_native_callback(a_cb, "A", l.value()).take(), {});
    l->call_soon(cb("C"), {});
    // Stop after the first iteration (stop() before run_forever: one iteration).
    l->stop();
    REQUIRE(l->run_forever_begin());
    loop::LoopStep st;
    while ((st = l->run_step()) == loop::LoopStep::Progress) {
    }
    CHECK(st == loop::LoopStep::Stopped);
    l->run_forever_end();
    CHECK(g_log == std::vector<std::string>{"A", "C@1000.000"});
    // Next run: B (ready) first, then T (due timer moved behind it).
    l->stop();
    REQUIRE(l->run_forever_begin());
    while ((st = l->run_step()) == loop::LoopStep::Progress) {
    }
    l->run_forever_end();
    CHECK(g_log == std::vector<std::string>{"A", "C@1000.000", "B@1000.000", "T@1000.000"});
    l->close();
  }
  CHECK(env.live() == env.baseline);
}

TEST_CASE("the ntodo snapshot survives slice boundaries (budget 1)") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    l->call_soon(loop::new_native_callback(a_cb, "A", l.value()).take(), {});
    l->call_soon(cb("C"), {});
    Ref<Future> done = loop::new_future(l.get());
    l->call_later(1, loop::new_native_callback(set_result_cb, "set").take(), {done.value(), rt::None()});
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), done.value()));
    int slices = 0;
    for (;;) {
      rt::interp().budget = 1;
      auto r = d.run_slice();
      ++slices;
      if (r.state == loop::Driver::State::Done) break;
    }
    CHECK(slices > 4);
    CHECK(d.take_result());
    CHECK(g_log == std::vector<std::string>{"A", "C@1000.000", "B@1000.000", "T@1000.000"});
    l->close();
  }
  CHECK(env.live() == env.baseline);
}

TEST_CASE("tasks start in creation order and finish at their deadlines") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t1 = loop::new_task(l.get(), loop::named(worker("w1", 2), "worker").value());
    Ref<Task> t2 = loop::new_task(l.get(), loop::named(worker("w2", 1), "worker").value());
    REQUIRE(run_until_complete(l.get(), t1.value()));
    CHECK(t2->done());
    CHECK(rt::sv(t1->result) == "w1");
    CHECK(rt::sv(t1->name) == "Task-1");
    CHECK(rt::sv(t2->name) == "Task-2");
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"w1 start", "w2 start", "w2 done @1001.000", "w1 done @1002.000"});
  CHECK(env.live() == env.baseline);
}

namespace {
Value cancel_cb(NativeCallback* self, rt::CallArgs) {
  g_log.push_back("cancel");
  loop::task_cancel(self->a.as<Task>());
  return rt::None();
}
}  // namespace

TEST_CASE("cancelling a sleeping coroutine throws CancelledError into it and cancels the task") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t = loop::new_task(l.get(), loop::named(worker("w", 5), "worker").value());
    l->call_later(1, loop::new_native_callback(cancel_cb, "cancel", t.value()).take(), {});
    Value exc;
    Value r = run_until_complete(l.get(), t.value(), &exc);
    CHECK(!r);
    REQUIRE(exc);
    CHECK(loop::is_cancelled_error(exc));
    CHECK(t->cancelled());
    // The timer of the cancelled sleep was cancelled on the way out.
    CHECK(env.clock.monotonic() == 1001.0);
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"w start", "cancel", "w cancelled"});
  CHECK(env.live() == env.baseline);
}

namespace {
Co self_cancel() {
  // The cancel arrives while the step runs; the coroutine then returns:
  // Task.__step sees StopIteration with _must_cancel set -> cancelled.
  Value me = loop::running_loop()->current_task;
  CHECK(loop::task_cancel(me.as<Task>()));
  co_return rt::Int(42);
}
Co yield_then_return() {
  Value r = co_await loop::YieldValue(rt::None());
  if (!r) {
    g_log.push_back("got CancelledError");
    rt::clear_pending();
  }
  co_return rt::Int(7);
}
}  // namespace

TEST_CASE("a cancel arriving just before the coroutine returns cancels the task (must_cancel)") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t = loop::new_task(l.get(), loop::named(self_cancel(), "self_cancel").value());
    Value exc;
    Value r = run_until_complete(l.get(), t.value(), &exc);
    CHECK(!r);
    CHECK(t->cancelled());
    CHECK(loop::is_cancelled_error(exc));
    l->close();
  }
  CHECK(env.live() == env.baseline);
}

TEST_CASE("cancel before a pending step throws CancelledError at the next step; swallowing it finishes the task") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t = loop::new_task(l.get(), loop::named(yield_then_return(), "y").value());
    // First step runs (bare yield -> step rescheduled), then cancel: must_cancel.
    REQUIRE(l->run_forever_begin());
    l->stop();
    while (l->run_step() == loop::LoopStep::Progress) {
    }
    l->run_forever_end();
    CHECK(loop::task_cancel(t.get()));
    CHECK(t->must_cancel);
    Value r = run_until_complete(l.get(), t.value());
    REQUIRE(r);
    CHECK(r.as_int() == 7);
    CHECK(!t->cancelled());
    CHECK(t->num_cancels_requested == 1);
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"got CancelledError"});
  CHECK(env.live() == env.baseline);
}

TEST_CASE("done callbacks are scheduled with call_soon, never called inline") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Future> f = loop::new_future(l.get());
    loop::future_add_done_callback(f.get(), cb("cb1"));
    loop::future_add_done_callback(f.get(), cb("cb2"));
    loop::future_set_result(f.get(), rt::Int(1));
    CHECK(g_log.empty());
    CHECK(l->ready.size() == 2);
    CHECK(f->callbacks.empty());
    REQUIRE(run_until_complete(l.get(), f.value()));
    l->close();
  }
  CHECK(g_log == std::vector<std::string>{"cb1@1000.000", "cb2@1000.000"});
  CHECK(env.live() == env.baseline);
}

TEST_CASE("reprs of futures, tasks and handles follow CPython") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Future> f = loop::new_future(l.get());
    CHECK(loop::future_repr(f.get()) == "<Future pending>");
    loop::future_add_done_callback(f.get(), cb("x"));
    CHECK(loop::future_repr(f.get()) == "<Future pending cb=[log()]>");
    Ref<Task> t = loop::new_task(l.get(), loop::named(worker("w", 1), "worker").value());
    CHECK(loop::future_repr(t.get()) == "<Task pending name='Task-1' coro=<worker()>>");
    Ref<loop::Handle> h = l->call_later(2.5, cb("later"), {rt::Int(3)});
    CHECK(loop::handle_repr(h.get()) == "<TimerHandle when=1002.5 log(3)>");
    loop::handle_cancel(h.get());
    CHECK(loop::handle_repr(h.get()) == "<TimerHandle cancelled when=1002.5>");
    loop::future_set_result(f.get(), rt::str_value("miao"));
    CHECK(loop::future_repr(f.get()) == "<Future finished result='miao'>");
    REQUIRE(run_until_complete(l.get(), t.value()));
    l->close();
  }
  CHECK(env.live() == env.baseline);
}
