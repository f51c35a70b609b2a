// Registration of the built-in value types (str, bytes, int, bool, float,
// None, tuple, list, dict, set, frozenset, range, slice and their iterators,
// plus enumerate/zip/map/filter). Call init_core_types() once at startup,
// before any session heap is current.
#pragma once

namespace ls::rt {

void init_core_types();

}  // namespace ls::rt
