// C++20 library coroutines that look like Python coroutine objects.
//
// A library coroutine (asyncio.sleep, Queue.get, the body of asyncio.run) is
// written as an ordinary C++ coroutine returning `Co`:
//
//   Co sleep_impl(double delay, Value result) {
//     Ref<Future> fut = ...;
//     Value r = co_await fut;          // suspends until fut is done
//     if (!r) co_return Value();       // Null = exception pending: re-raise it
//     co_return result;
//   }
//
// `Co`'s promise builds a NativeCoro, a CoroutineObject (runtime/interp.h) that
// owns the coroutine_handle, so the Task driver steps it exactly like a
// Python coroutine: send/throw_/resume -> Step{Yield|Return|Raise|Preempted|Blocked}.
// The body is lazy (starts on the first send(None)).
//
// What a body may co_await (await_transform):
//   Ref<Future> / Value holding a Future  -> yields the future with
//        _asyncio_future_blocking set (like FutureIter), resumes with
//        future.result() or Null + the exception it raised / was thrown in.
//   Value holding any CoroutineObject (Python coroutine, another NativeCoro,
//        a FutureIter), or a Co       -> delegation (`yield from`): while the
//        delegate runs, send/throw_/resume are forwarded to it by a trampoline
//        loop in NativeCoro; Yield/Preempted/Blocked bubble up unchanged; its
//        Return/Raise resumes our body. No symmetric transfer (needs wasm
//        tail calls), constant C++ stack depth.
//   YieldValue(v)                         -> a bare `yield v` to the driver
//        (asyncio's __sleep0 yields None; drive coroutines yield the loop).
//
// Exceptions are values: every co_await returns a Value that is Null when an
// exception is pending (rt::interp().exc). `co_return Value()` with an
// exception pending makes the coroutine raise it.
#pragma once
#include <string>

#include "base/coro.h"
#include "loop/coro_site.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

struct Future;
struct NativeCoro;

// co_await YieldValue(v): yield v to whoever drives the coroutine.
// Not an aggregate on purpose: g++ 12 destroys a brace-initialised aggregate
// temporary in a co_await operand twice (a double decref); a class with a
// constructor is handled correctly (checked with a counting type).
struct YieldValue {
  explicit YieldValue(rt::Value x) : v(std::move(x)) {}
  rt::Value v;
};

class Co {
 public:
  struct promise_type;
  using Handle = co::coroutine_handle<promise_type>;

  struct promise_type {
    NativeCoro* self = nullptr;  // borrowed; the NativeCoro owns the frame
    Co get_return_object();
    co::suspend_always initial_suspend() noexcept { return {}; }
    co::suspend_always final_suspend() noexcept { return {}; }
    void return_value(rt::Value v);
    void unhandled_exception() { LS_UNREACHABLE(); }

    struct FutureAwaiter {
      promise_type* p;
      rt::Ref<Future> fut;
      bool await_ready() const noexcept;
      void await_suspend(Handle) noexcept;
      rt::Value await_resume();
    };
    struct DelegateAwaiter {
      promise_type* p;
      rt::Value coro;  // a CoroutineObject
      bool await_ready() const noexcept { return false; }
      void await_suspend(Handle) noexcept;
      rt::Value await_resume();
    };
    struct YieldAwaiter {
      promise_type* p;
      rt::Value v;
      bool await_ready() const noexcept { return false; }
      void await_suspend(Handle) noexcept;
      rt::Value await_resume();
    };
    // An awaiter that is ready at once with a Null result (the pending
    // exception set while transforming, e.g. "object is not awaitable").
    struct FailAwaiter {
      bool await_ready() const noexcept { return true; }
      void await_suspend(Handle) noexcept {}
      rt::Value await_resume() { return rt::Value(); }
    };

    FutureAwaiter await_transform(rt::Ref<Future> f) { return {this, std::move(f)}; }
    YieldAwaiter await_transform(YieldValue y) { return {this, std::move(y.v)}; }
    DelegateAwaiter await_transform(Co c);
    // A Value: a Future, or a CoroutineObject, or an awaitable whose __await__
    // gives one. Anything else raises TypeError at the await.
    struct AnyAwaiter {
      promise_type* p;
      int kind;  // 0 fail, 1 future, 2 delegate
      rt::Ref<Future> fut;
      rt::Value coro;
      bool await_ready() const noexcept;
      void await_suspend(Handle h) noexcept;
      rt::Value await_resume();
    };
    AnyAwaiter await_transform(rt::Value v);
  };

  Co() = default;
  explicit Co(rt::Ref<NativeCoro> c) : coro_(std::move(c)) {}
  // The coroutine object (a Value the Task/driver can step).
  rt::Value value() const;
  NativeCoro* get() const { return coro_.get(); }
  rt::Ref<NativeCoro> take() { return std::move(coro_); }

 private:
  rt::Ref<NativeCoro> coro_;
};

struct NativeCoro : rt::CoroutineObject {
  enum class Wait : uint8_t { None, Future, Yield, Delegate };
  Co::Handle h;
  std::string name = "coroutine";      // __name__ ("sleep")
  std::string qualname = "coroutine";  // __qualname__
  const CoroSite* site = nullptr;
  Wait wait = Wait::None;
  rt::Value awaited;    // Future (Wait::Future), yielded value, or delegate coroutine
  rt::Value inbox;      // value sent in / returned by the delegate
  rt::Value inbox_exc;  // exception thrown in / raised by the delegate
  rt::Value result;     // once done
  rt::Value exc;        // once done by raising
  bool started = false;
  bool running = false;
  bool done = false;
  bool awaited_flag = false;  // someone stepped it (no "never awaited" warning)

  ~NativeCoro() override;
  rt::Step send(rt::Value v) override;
  rt::Step throw_(rt::Value exc) override;
  rt::Step resume() override;
  bool finished() const override { return done; }
  std::string describe() override;

 private:
  enum class Mode : uint8_t { Send, Throw, Resume };
  rt::Step drive(Mode mode, rt::Value v);
  rt::Step finish();
};

extern rt::Type NativeCoro_type;  // "coroutine" (repr <coroutine object NAME at 0x...>)

// Names a coroutine for reprs (sets name, qualname, site); returns it.
Co named(Co c, const char* name, const CoroSite* site = nullptr, const char* qualname = nullptr);

// The CoroutineObject behind v (a Gen, a NativeCoro, a FutureIter), or null.
rt::CoroutineObject* as_coroutine_object(const rt::Value& v);
// True for coroutine objects (Python `async def` coroutines and NativeCoros).
bool is_coroutine(const rt::Value& v);

void native_coro_init_types();

}  // namespace ls::loop
