// Issuing a Python warning from C++ (asyncio's DeprecationWarnings), with
// the runtime's default filters (runtime/warnings.h), attributed to the
// innermost Python frame -- the caller of the native, which is what
// asyncio's own `stacklevel=2` points at:
//   main.py:9: DeprecationWarning: There is no current event loop
//     loop = asyncio.get_event_loop()
#pragma once
#include <string>

#include "runtime/interp.h"

namespace ls::loop {

// Returns false with an exception pending if the warning was turned into an
// error (warnings.simplefilter("error")).
bool warn(rt::Type* category, const std::string& msg);

}  // namespace ls::loop
