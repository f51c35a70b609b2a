// register_all(): every native module this layer provides.
#include "modules/modules.h"
#include "modules/stdlib.h"

namespace ls::mods {

void register_all() {
  static bool done = false;
  if (done) return;
  done = true;
  register_asyncio();
  register_time();
  register_stdlib();
}

}  // namespace ls::mods
