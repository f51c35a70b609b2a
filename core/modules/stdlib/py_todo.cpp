#include "modules/stdlib.h"
namespace ls::mods {
}  // namespace ls::mods
