// str and bytes. A Str holds UTF-8 text; its length in code points and its
// hash are computed once. Identifiers and attribute names are interned so dict
// lookups by name usually succeed on a pointer comparison.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace ls::rt {

struct Str : Object {
  std::string s;          // UTF-8
  int64_t hash_ = -1;     // cached
  int64_t cp_len = -1;    // code points, cached
  bool interned = false;
  bool ascii() { return length() == int64_t(s.size()); }
  int64_t length();       // in code points
};

struct Bytes : Object {
  std::string b;
  int64_t hash_ = -1;
};

// bytearray: a Bytes object of this type (mutable, unhashable). str.cpp.
extern Type bytearray_type;

// New str object from UTF-8 text.
Ref<Str> new_str(std::string_view utf8);
Value str_value(std::string_view utf8);
// Interned str (identifiers, attribute names); lives as long as the process.
Str* intern(std::string_view utf8);
Ref<Bytes> new_bytes(std::string_view b);

inline std::string_view sv(const Value& v) { return v.as<Str>()->s; }
inline bool is_str(const Value& v) { return v.is_obj() && (v.obj()->type == &str_type || is_subtype(v.obj()->type, &str_type)); }

int64_t str_hash(Str* s);
// Appends t to s in place (the VM's `s += t` when nothing else can see s:
// CPython's unicode_concatenate). Keeps the heap charge, the code-point
// length and the hash cache right.
void str_append_inplace(Str* s, Str* t);
bool str_eq(Str* a, Str* b);

// CPython's repr() of a str: chooses quotes, escapes non-printables.
std::string str_repr(std::string_view utf8);
std::string bytes_repr(std::string_view b);

// UTF-8 helpers.
int64_t utf8_length(std::string_view s);
// Byte offset of code point index `i` (i <= length).
size_t utf8_offset(std::string_view s, int64_t i);
void utf8_append(std::string& out, uint32_t cp);
uint32_t utf8_decode(std::string_view s, size_t* pos);

}  // namespace ls::rt
