// Helpers shared by the built-in sequence/number/container types (str.cpp,
// number.cpp, containers.cpp, format.cpp, builtins_functions.cpp): index and
// slice conversion, KeyError raising, the "unhashable" hash slot, hashing of
// ints/floats (CPython's numeric hash), and a recursion guard for reprs.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/errors.h"
#include "runtime/types/containers.h"

namespace ls::rt {

// operator.index(v) as int64. `what` names the context for the TypeError
// ("list indices must be integers or slices, not str"). Returns false with an
// exception pending. Big ints raise IndexError "cannot fit 'int' into an
// index-sized integer".
bool index_value(const Value& v, int64_t* out);
// Like index_value, but the TypeError message is `msg` with %s = type name.
bool index_value_msg(const Value& v, int64_t* out, const char* msg);

// Resolves a slice against a sequence length (PySlice_GetIndicesEx).
bool slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelen);
Value new_slice(Value start, Value stop, Value step);

// Raises KeyError(key).
Value raise_key_error(const Value& key);

// Hash slot for unhashable built-in types (list, dict, set): raises TypeError.
bool hash_unhashable(const Value& self, int64_t* out);

// CPython's numeric hashes (modulus 2^61 - 1).
int64_t hash_int64(int64_t i);
int64_t hash_double(double d);
int64_t hash_pointer(const void* p);

// Repr recursion guard (Py_ReprEnter/Py_ReprLeave): enter returns false when
// `o` is already being repr'd on this thread (print "[...]" / "{...}").
bool repr_enter(Object* o);
void repr_leave(Object* o);

// CPython-compatible int/float text helpers.
std::string int_to_base(const Value& v, int base, bool prefix);  // "0x1f", "-0b101"

// Value of an int-like value as a double without error (may be inf).
double int_to_double_lossy(const Value& v);

// Compare an int-like value and a double exactly: -1, 0, 1 (d must not be nan).
int int_float_compare(const Value& i, double d);

// Iterates any iterable, calling f(item) -> bool (false stops with error pending).
// Returns false on error.
template <class F>
bool for_each_iter(const Value& iterable, F&& f) {
  Value it = get_iter(iterable);
  if (!it) return false;
  for (;;) {
    Value x = iter_next(it);
    if (!x) return !pending();
    if (!f(std::move(x))) return false;
  }
}

// type_ready() for a static built-in type, then marks its dict and bases
// immortal so process exit (static destructors) never tears them down.
void ready_static_type(Type* t);

// Adds __add__/__radd__/.../__len__/__getitem__/__iter__/__next__... methods
// for the slots `t` implements (protocol_wrappers.cpp).
void add_protocol_wrappers(Type* t);
// Only __iter__/__next__, for a type with both iter and next slots.
void add_iterator_wrappers(Type* t);

// MemoryError (returns false) when allocating `bytes` more would exceed the
// session heap's limit; true when there is room (or no session heap).
bool heap_reserve(uint64_t bytes);
// Raises MemoryError() (no arguments, like CPython) and returns Null.
Value raise_memory_error();
// Charges `bytes` of out-of-line payload (string text) to the session heap;
// released when the object is freed (it is added to Object::alloc_size).
void charge_payload(Object* o, uint64_t bytes);

// Builds a str Value from the utf-8 text of a repr, escaping rules of str_repr.
Value make_str(std::string s);

}  // namespace ls::rt
