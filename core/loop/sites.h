// Where CPython's asyncio code lives, per target version: the file/line
// shown after a callback in reprs ("_release_waiter() at
// /usr/lib/python3.12/asyncio/tasks.py:467") and the def/current lines of
// library coroutines ("sleep() running at .../tasks.py:665"). Values were
// read from the oracle's interpreters (3.9.18, 3.12.7, 3.14.2).
#pragma once
#include <cstddef>
#include <cstdint>

#include "loop/coro_site.h"

namespace ls::loop {

enum class Site : uint8_t {
  Sleep, WaitFor, Wait, WaitForOne,              // coroutines (def, run)
  SetResultUnlessCancelled, ReleaseWaiter,       // callbacks (file, line)
  WaitOnCompletion, GatherDoneCallback, ShieldInner, ShieldOuter, RunUntilCompleteCb,
  Count
};

// For coroutines: a CoroSite; for callbacks: file + run_line.
const CoroSite* site(Site s);

}  // namespace ls::loop
