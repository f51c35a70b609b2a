// asyncio.wait_for at the boundary: the awaited future completes in the same
// loop iteration as the timeout fires. CPython 3.12 (timeouts.timeout) reports
// TimeoutError; 3.9 (waiter + _release_waiter) returns the result. Expected
// answers come from the oracle (shared/oracle/run on the equivalent snippet).
// Driven from C++ through the module's natives; no Python source involved.
#include <catch2/catch.hpp>

#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/native_coro.h"
#include "loop/runner.h"
#include "loop/state.h"
#include "modules/modules.h"
#include "runtime/interp.h"
#include "runtime/runtime.h"

using namespace ls;
using loop::Co;
using loop::EventLoop;
using loop::Future;
using rt::Ref;
using rt::Value;

namespace {

struct Env {
  rt::Interp in{1ull << 28};
  loop::VirtualClock clock;
  std::string err;
  explicit Env(int minor) {
    static bool once = (rt::init_runtime(), mods::register_all(), true);
    (void)once;
    rt::set_current_interp(&in);
    rt::set_current_heap(&in.heap);
    in.minor = minor;
    in.write = [this](int, std::string_view s) { err += s; };
    loop::attach(in, &clock);
    rt::init_builtins(in);
  }
  ~Env() {
    loop::detach(in);
    in.exc = Value();
    in.builtins = nullptr;
    in.modules = nullptr;
    in.heap.teardown();
    rt::set_current_heap(nullptr);
    rt::set_current_interp(nullptr);
  }
};

Value set_result_cb(loop::NativeCallback*, rt::CallArgs a) {
  Future* f = loop::as_future(a[0]);
  if (!f->done()) loop::future_set_result(f, a[1]);
  return rt::None();
}

// main(): f resolved by a timer at +1 (created first); await wait_for(f, 1).
Co main_co(Value wait_for, std::string* out) {
  EventLoop* l = loop::running_loop();
  Ref<Future> f = loop::new_future(l);
  l->call_later(1, loop::new_native_callback(set_result_cb, "set_result").take(), {f.value(), rt::str_value("done")});
  Value aw = rt::call(wait_for, {f.value(), rt::Int(1)});
  if (!aw) co_return Value();
  Value r = co_await aw;
  if (r) {
    *out = std::string(rt::sv(r));
  } else {
    Value e = rt::take_pending();
    *out = std::string(rt::type_name(e));
  }
  co_return rt::None();
}

std::string run_case(int minor) {
  Env env(minor);
  std::string out;
  {
    Value mod = rt::import_module("asyncio");
    REQUIRE(mod);
    Value wait_for = rt::getattr(mod, "wait_for");
    REQUIRE(wait_for);
    Ref<EventLoop> l = loop::new_event_loop();
    Ref<loop::Task> t = loop::new_task(l.get(), loop::named(main_co(wait_for, &out), "main").value());
    loop::Driver d;
    d.start(loop::make_run_until_complete(l.get(), t.value()));
    for (;;) {
      env.in.budget = 1000;
      auto r = d.run_slice();
      if (r.state == loop::Driver::State::Done) break;
      REQUIRE(r.state == loop::Driver::State::Running);
    }
    REQUIRE(d.take_result());
    CHECK(env.clock.monotonic() == 1001.0);
    l->close();
  }
  CHECK(env.err.empty());
  return out;
}

}  // namespace

TEST_CASE("wait_for: completion and timeout in the same tick -> TimeoutError on 3.12") {
  CHECK(run_case(12) == "TimeoutError");
}

TEST_CASE("wait_for: completion and timeout in the same tick -> the result on 3.9") {
  CHECK(run_case(9) == "done");
}
