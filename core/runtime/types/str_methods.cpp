// str methods (split, join, strip, find, case mapping, predicates, padding, ...).
#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"
#include "runtime/types/unicode.h"

namespace ls::rt {

void init_str_methods() {}

}  // namespace ls::rt
