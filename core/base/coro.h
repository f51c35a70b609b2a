// One spelling for C++20 coroutines on every toolchain: g++ 12 has <coroutine>,
// Emscripten 3.1.6's libc++ only <experimental/coroutine>. Nothing else in the
// project includes either header directly.
#pragma once
#if __has_include(<coroutine>)
#include <coroutine>
namespace ls::co {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace ls::co
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace ls::co {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace ls::co
#else
#error "no C++20 coroutine support"
#endif
