// register_all(): every native module this layer provides.
#include "modules/modules.h"

namespace ls::mods {

void register_all() {
  static bool done = false;
  if (done) return;
  done = true;
  register_asyncio();
  register_time();
}

}  // namespace ls::mods
