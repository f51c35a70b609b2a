#include "modules/stdlib.h"
namespace ls::mods {
extern const PySource kPyLogging = {"logging", "logging/__init__.py", "raise ImportError('todo')\n"};
}  // namespace ls::mods
