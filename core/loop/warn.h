// Issuing a Python warning from C++ (asyncio's DeprecationWarnings). Goes
// through the `warnings` module when the program can import it; otherwise
// prints what CPython's default filters print, attributed to the innermost
// Python frame (the caller of the native, i.e. stacklevel=2 in asyncio's
// Python code):
//   main.py:9: DeprecationWarning: There is no current event loop
//     loop = asyncio.get_event_loop()
// Default filters: DeprecationWarning only when triggered by __main__,
// each (file, line, category, message) once.
#pragma once
#include <string>

#include "runtime/interp.h"

namespace ls::loop {

// Returns false with an exception pending if the warning was turned into an
// error (warnings.simplefilter("error")).
bool warn(rt::Type* category, const std::string& msg);

}  // namespace ls::loop
