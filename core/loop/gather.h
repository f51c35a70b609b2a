// asyncio.gather's machinery: _GatheringFuture and the per-child done
// callback. Mirrors CPython 3.12 tasks.py gather()/_GatheringFuture.
#pragma once
#include <vector>

#include "loop/future.h"

namespace ls::loop {

// gather(*coros_or_futures, return_exceptions=False) with already-collected
// arguments; Null + exception on failure. `loop` may be null (use the
// children's loop, or the running/current loop when there are none).
rt::Value gather(const std::vector<rt::Value>& aws, bool return_exceptions);

void gather_type_init();

}  // namespace ls::loop
