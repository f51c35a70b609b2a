// The per-version table behind sites.h.
#include "loop/sites.h"

#include "runtime/interp.h"

namespace ls::loop {

namespace {
// {file, def_line, run_line}; callbacks use run_line.
const CoroSite k39[] = {
    {"asyncio/tasks.py", 633, 652}, {"asyncio/tasks.py", 421, 466}, {"asyncio/tasks.py", 373, 413},
    {"asyncio/tasks.py", 606, 607}, {"asyncio/futures.py", 0, 308}, {"asyncio/tasks.py", 0, 416},
    {"asyncio/tasks.py", 0, 509},   {"asyncio/tasks.py", 0, 767},   {"asyncio/tasks.py", 0, 890},
    {"asyncio/tasks.py", 0, 907},   {"asyncio/base_events.py", 0, 184},
};
const CoroSite k312[] = {
    {"asyncio/tasks.py", 653, 665}, {"asyncio/tasks.py", 472, 520}, {"asyncio/tasks.py", 435, 464},
    {"asyncio/tasks.py", 626, 627}, {"asyncio/futures.py", 0, 315}, {"asyncio/tasks.py", 0, 467},
    {"asyncio/tasks.py", 0, 534},   {"asyncio/tasks.py", 0, 767},   {"asyncio/tasks.py", 0, 905},
    {"asyncio/tasks.py", 0, 922},   {"asyncio/base_events.py", 0, 182},
};
const CoroSite k314[] = {
    {"asyncio/tasks.py", 687, 702}, {"asyncio/tasks.py", 440, 488}, {"asyncio/tasks.py", 405, 432},
    {"asyncio/tasks.py", 613, 614}, {"asyncio/futures.py", 0, 319}, {"asyncio/tasks.py", 0, 435},
    {"asyncio/tasks.py", 0, 503},   {"asyncio/tasks.py", 0, 810},   {"asyncio/tasks.py", 0, 978},
    {"asyncio/tasks.py", 0, 991},   {"asyncio/base_events.py", 0, 181},
};
static_assert(sizeof(k39) / sizeof(k39[0]) == size_t(Site::Count));
static_assert(sizeof(k312) / sizeof(k312[0]) == size_t(Site::Count));
static_assert(sizeof(k314) / sizeof(k314[0]) == size_t(Site::Count));
}  // namespace

const CoroSite* site(Site s) {
  int m = rt::interp().minor;
  const CoroSite* t = m <= 10 ? k39 : m <= 13 ? k312 : k314;
  return &t[size_t(s)];
}

}  // namespace ls::loop
