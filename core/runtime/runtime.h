// One-time, process-wide initialisation of the runtime layer: the built-in
// types, their method tables and the slot wrappers. Call before creating any
// session (it runs with no session heap current, so everything it makes is
// global and immortal).
#pragma once

namespace ls::rt {

void init_runtime();

}  // namespace ls::rt
