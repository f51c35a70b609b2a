// More loop rules: virtual playback waits, gather's order and
// return_exceptions, and what the default exception handler prints (callback
// failures, "Task exception was never retrieved" at the moment the task dies).
#include <catch2/catch.hpp>

#include <string>

#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/gather.h"
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

struct Env {
  rt::Interp in{1ull << 28};
  loop::VirtualClock clock;
  std::string err;
  size_t baseline = 0;
  explicit Env(bool autojump = true) : clock(autojump) {
    static bool once = (rt::init_runtime(), true);
    (void)once;
    rt::set_current_interp(&in);
    rt::set_current_heap(&in.heap);
    in.write = [this](int, std::string_view s) { err += s; };
    loop::attach(in, &clock);
    baseline = in.heap.live_objects();
  }
  ~Env() {
    loop::detach(in);
    rt::set_current_heap(nullptr);
    rt::set_current_interp(nullptr);
  }
};

Value set_result_cb(NativeCallback*, rt::CallArgs a) {
  Future* f = loop::as_future(a[0]);
  if (!f->done()) loop::future_set_result(f, a[1]);
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

Co fail_after(double delay, const char* msg) {
  Value r = co_await sleep_for(delay, rt::None());
  if (!r) co_return Value();
  co_return rt::raise(&rt::ValueError_type, msg);
}

Value drive(loop::Driver& d, Env& env, int* waits = nullptr) {
  for (int i = 0; i < 100000; ++i) {
    env.in.budget = 1000;
    auto r = d.run_slice();
    if (r.state == loop::Driver::State::Done) {
      Value v = d.take_result();
      if (!v) rt::set_pending(d.take_exception());
      return v;
    }
    if (r.state == loop::Driver::State::Waiting && waits) ++*waits;
    REQUIRE(r.state != loop::Driver::State::Deadlock);
  }
  FAIL("did not finish");
  return Value();
}

Value fail_cb(NativeCallback*, rt::CallArgs) { return rt::raise(&rt::KeyError_type, "id"); }

}  // namespace

TEST_CASE("virtual playback: the driver reports waits and the clock moves by exactly the timeout") {
  Env env(/*autojump=*/false);
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t = loop::new_task(l.get(), loop::named(sleep_for(1.5, rt::Int(1)), "s").value());
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), t.value()));
    int waits = 0;
    double waited = 0;
    for (;;) {
      env.in.budget = 1000;
      auto r = d.run_slice();
      if (r.state == loop::Driver::State::Done) break;
      if (r.state == loop::Driver::State::Waiting) {
        ++waits;
        waited += r.wait_seconds;
        CHECK(env.clock.monotonic() == 1000.0);  // nobody moved it yet
      }
    }
    CHECK(d.take_result());
    CHECK(waits == 1);
    CHECK(waited == 1.5);
    CHECK(env.clock.monotonic() == 1001.5);
    l->close();
  }
  CHECK(env.in.heap.live_objects() == env.baseline);
}

TEST_CASE("gather keeps argument order; return_exceptions collects the exception") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    REQUIRE(l->run_forever_begin());  // gather's ensure_future needs no running loop, but tasks do
    l->run_forever_end();
    std::vector<Value> aws = {loop::named(sleep_for(0.3, rt::Int(1)), "a").value(),
                              loop::named(fail_after(0.1, "bad"), "b").value(),
                              loop::named(sleep_for(0.2, rt::Int(3)), "c").value()};
    loop::set_event_loop(l.value());
    Value g = loop::gather(aws, true);
    REQUIRE(g);
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), g));
    Value r = drive(d, env);
    REQUIRE(r);
    auto& items = r.as<rt::List>()->items;
    REQUIRE(items.size() == 3);
    CHECK(items[0].as_int() == 1);
    CHECK(rt::isinstance(items[1], &rt::ValueError_type));
    CHECK(items[2].as_int() == 3);
    CHECK(env.clock.monotonic() == 1000.3);
    loop::set_event_loop(Value());
    l->close();
  }
  CHECK(env.err.empty());
  CHECK(env.in.heap.live_objects() == env.baseline);
}

TEST_CASE("an exception in a callback is reported with the handle and the loop goes on") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    l->call_soon(loop::new_native_callback(fail_cb, "on_message").take(), {rt::Int(7)});
    Ref<Future> done = loop::new_future(l.get());
    l->call_later(0.1, loop::new_native_callback(set_result_cb, "set").take(), {done.value(), rt::None()});
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), done.value()));
    REQUIRE(drive(d, env));
    l->close();
  }
  CHECK(env.err.rfind("Exception in callback on_message(7)\nhandle: <Handle on_message(7)>\nTraceback (most recent call last):\n", 0) == 0);
  CHECK(env.err.find("KeyError: 'id'\n") != std::string::npos);
  CHECK(env.in.heap.live_objects() == env.baseline);
}

TEST_CASE("'Task exception was never retrieved' is printed when the task dies, not before") {
  Env env;
  {
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<Task> t = loop::new_task(l.get(), loop::named(fail_after(0.1, "boom"), "flaky").value());
    Ref<Future> done = loop::new_future(l.get());
    l->call_later(0.5, loop::new_native_callback(set_result_cb, "set").take(), {done.value(), rt::None()});
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), done.value()));
    REQUIRE(drive(d, env));
    CHECK(t->done());
    CHECK(env.err.empty());  // still referenced
    t = nullptr;             // the last reference goes
    CHECK(env.err.rfind("Task exception was never retrieved\nfuture: <Task finished name='Task-1' coro=<flaky()> "
                        "exception=ValueError('boom')>\n",
                        0) == 0);
    l->close();
  }
  CHECK(env.in.heap.live_objects() == env.baseline);
}
