// Built-in docstrings: a table generated from CPython 3.12 and 3.9 through the
// oracle (scripts/gen/gen_builtin_docs.sh), so `int.__doc__`, `len.__doc__`,
// `str.upper.__doc__` print what the target version prints.
#include "runtime/builtin_docs.h"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "runtime/interp.h"
#include "runtime/object.h"
#include "runtime/types/str.h"

namespace ls::rt {

namespace {
struct DocRow {
  const char* key;
  const char* doc312;  // 3.12 (and later) text, nullptr: none
  const char* doc39;   // 3.9 text when it differs, nullptr: none
  bool differs39;
};
const DocRow kDocs[] = {
#include "runtime/builtin_docs.inc"
};
}  // namespace

const char* builtin_doc(std::string_view key) {
  // The rows are sorted by key (the generator sorts them, byte order).
  auto it = std::lower_bound(std::begin(kDocs), std::end(kDocs), key,
                             [](const DocRow& r, std::string_view k) { return std::string_view(r.key) < k; });
  if (it == std::end(kDocs) || std::string_view(it->key) != key) return nullptr;
  Interp* in = current_interp();
  if (it->differs39 && in && in->minor < 10) return it->doc39;
  return it->doc312;
}

Value static_type_doc(Type* t) {
  if (!(t->flags & kHeapType))
    if (const char* d = builtin_doc(t->name)) return str_value(d);
  return None();
}

}  // namespace ls::rt
