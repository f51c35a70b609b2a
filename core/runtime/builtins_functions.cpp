// Placeholder: the builtins land in the next commits.
#include "runtime/builtins_functions.h"
namespace ls::rt {
void init_builtin_iter_types() {}
void add_builtin_functions(Dict*) {}
}  // namespace ls::rt
