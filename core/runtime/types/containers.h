// tuple, list, dict, set/frozenset, range, slice. dict keeps insertion order
// (compact entries + index table, like CPython 3.6+).
#pragma once
#include <vector>

#include "runtime/object.h"

namespace ls::rt {

using ValueVec = std::vector<Value, CountingAlloc<Value>>;

struct Tuple : Object {
  ValueVec items;
  int64_t hash_ = -1;
  size_t size() const { return items.size(); }
  const Value& operator[](size_t i) const { return items[i]; }
};

struct List : Object {
  ValueVec items;
};

struct DictEntry {
  int64_t hash;
  Value key;  // Null = deleted slot
  Value value;
};

struct Dict : Object {
  std::vector<DictEntry, CountingAlloc<DictEntry>> entries;
  std::vector<int32_t, CountingAlloc<int32_t>> index;  // -1 empty, -2 dummy
  size_t used = 0;                                    // live entries
  // Set from one process-wide counter on every change (dict_changed), so an
  // unchanged (dict, version) pair means the same contents: the interpreter's
  // LOAD_GLOBAL cache relies on it. 0: never changed (empty).
  uint64_t version = 0;
  // A type's dict seen by type_lookup: changing it (or freeing it) bumps
  // g_type_epoch, which invalidates the method cache (object.cpp).
  bool watched = false;
  ~Dict();
};

// Process-wide counters behind the lookup caches (containers.cpp).
extern uint64_t g_dict_version;
extern uint64_t g_type_epoch;
inline void dict_changed(Dict* d) {
  d->version = ++g_dict_version;
  if (d->watched) ++g_type_epoch;
}

struct Set : Object {  // set and frozenset: a Dict with None values
  Ref<Dict> table;
  int64_t hash_ = -1;
  // CPython's set table, for its iteration order: table->entries is the slot
  // array itself (Null key: unused if hash 0, dummy if hash -1).
  size_t fill = 0;    // active + dummy slots
  size_t finger = 0;  // set.pop() search start
};

struct Range : Object {
  int64_t start, stop, step;
};

struct Slice : Object {
  Value start, stop, step;
};

Ref<Tuple> new_tuple(size_t n = 0);
Ref<Tuple> tuple_of(std::initializer_list<Value> items);
Value empty_tuple();
Ref<List> new_list(size_t n = 0);
Ref<Dict> new_dict();
Ref<Set> new_set(Type* t = &set_type);

// dict operations; all may call __hash__/__eq__ of keys (re-entrant) and fail.
Value dict_get(Dict* d, const Value& key);            // null, no exception: missing
Value dict_get_str(Dict* d, Str* key);               // fast path, never fails
int64_t dict_find_str(Dict* d, Str* key);            // entry index, or -1 when missing
Value dict_get_str(Dict* d, std::string_view key);
bool dict_set(Dict* d, const Value& key, Value val);
bool dict_set_str(Dict* d, Str* key, Value val);
bool dict_set_str(Dict* d, std::string_view key, Value val);
int dict_del(Dict* d, const Value& key);             // 1 deleted, 0 missing, -1 error
int dict_contains(Dict* d, const Value& key);
// Iteration over live entries: for (size_t i = 0; dict_next(d, &i, &k, &v);)
bool dict_next(Dict* d, size_t* pos, Value* key, Value* val);
void dict_clear(Dict* d);

int set_add(Set* s, const Value& key);       // -1 error
int set_contains(Set* s, const Value& key);  // -1 error

// Helpers for natives.
Value list_append(List* l, Value v);
Value seq_to_list(const Value& iterable);    // list(iterable)
Value seq_to_tuple(const Value& iterable);   // tuple(iterable)

}  // namespace ls::rt
