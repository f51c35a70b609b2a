// warn(): see warn.h. Delegates to the runtime's warnings machinery.
#include "loop/warn.h"

#include "runtime/warnings.h"

namespace ls::loop {

bool warn(rt::Type* category, const std::string& msg) { return rt::warn(category, msg, 1, false); }

}  // namespace ls::loop
