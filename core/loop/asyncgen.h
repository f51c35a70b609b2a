// Async generator hooks, as BaseEventLoop installs them with
// sys.set_asyncgen_hooks while run_forever runs (base_events.py
// _asyncgen_firstiter_hook / _asyncgen_finalizer_hook / shutdown_asyncgens).
//
// For the runtime (gen.cpp), three calls:
//   asyncgen_firstiter(g)   on the first __anext__/asend/athrow of g. Returns
//                           whether a running loop now tracks g (then call the
//                           next two for it).
//   asyncgen_finalizer(g)   when a tracked g dies while suspended (started, not
//                           finished), instead of closing it synchronously.
//                           Returns true when the loop took it over: it
//                           scheduled create_task(g.aclose()) and now holds a
//                           reference, so the dealloc must stop (resurrection).
//   asyncgen_forget(g)      when a tracked g is freed for good.
// Observable effect (CPython): breaking out of `async for` runs the
// generator's finally block one loop iteration later, inside a new Task
// (which also advances the Task-N counter), and asyncio.run closes the
// generators still alive at the end (shutdown_asyncgens).
#pragma once
#include "runtime/interp.h"

namespace ls::loop {

bool asyncgen_firstiter(rt::Gen* g);
bool asyncgen_finalizer(rt::Gen* g);
void asyncgen_forget(rt::Gen* g);

// loop.shutdown_asyncgens(): closes every tracked generator of `loop`
// (gather of aclose()s, errors reported to the exception handler).
rt::Value make_shutdown_asyncgens(struct EventLoop* loop);

}  // namespace ls::loop
