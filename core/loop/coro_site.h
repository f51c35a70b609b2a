// Where a piece of CPython's asyncio "lives", for reprs and tracebacks:
// a library coroutine ("sleep() running at /usr/lib/python3.12/asyncio/tasks.py:665")
// or a callback ("_release_waiter() at .../tasks.py:467"). See loop/sites.h.
#pragma once

namespace ls::loop {

struct CoroSite {
  const char* file = nullptr;  // "asyncio/tasks.py" (prefixed with /usr/lib/python3.X/)
  int def_line = 0;            // line of the `async def` / `def`
  int run_line = 0;            // line of the await it suspends at; a callback's line
};

}  // namespace ls::loop
