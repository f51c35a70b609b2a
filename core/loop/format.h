// Text helpers shared by the loop's reprs and log messages: reprlib.repr,
// format_helpers._format_callback_source, and poly dealloc for C++ objects
// with a vtable (their Object base does not sit at the allocation start).
#pragma once
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::loop {

// reprlib.repr(x) with the default limits (maxstring 30, maxother 30, ...).
std::string reprlib_repr(const rt::Value& v);
// format_helpers._format_callback_source(func, args). From 3.14 on the
// arguments are shown only in debug mode.
std::string format_callback_source(const rt::Value& fn, const std::vector<rt::Value>& args,
                                   bool debug = false);
// "0x7f..." of an object, as id()-style reprs print it.
std::string addr(const void* p);
// repr() that never fails (falls back to a default repr, clears the error).
std::string safe_repr(const rt::Value& v);

// Saves and restores the pending exception around code that must not see or
// clobber it (deallocs that log).
struct PendingGuard {
  rt::Value saved;
  PendingGuard() { if (rt::pending()) saved = rt::take_pending(); }
  ~PendingGuard() {
    if (rt::pending()) rt::clear_pending();
    if (saved) rt::set_pending(std::move(saved));
  }
};

template <class T>
void dealloc_poly(rt::Object* o) {
  rt::heap_untrack(o);
  rt::Type* t = o->type;
  uint32_t size = o->alloc_size;
  T* p = static_cast<T*>(o);
  p->~T();
  rt::heap_free(static_cast<void*>(p), size);
  if (t->flags & rt::kHeapType) t->decref();
}

// Makes a dict from (key, value) pairs (for exception handler contexts).
rt::Value make_context(std::initializer_list<std::pair<const char*, rt::Value>> items);

}  // namespace ls::loop
