// Value: how every Python value is held in the engine.
//
// A Value is 16 bytes: a tag and a payload. Small ints (int64) and floats are
// stored inline, so arithmetic in the interpreter loop allocates nothing. Every
// other value -- None, bools, strings, containers, functions, tasks -- is an
// Object* with an intrusive, non-atomic reference count, exactly like CPython's
// PyObject*. Reference counting is a fidelity requirement, not a taste: CPython
// prints "coroutine 'f' was never awaited" and "Task exception was never
// retrieved" at the instant the last reference goes, and that instant fixes where
// those lines fall among the program's output (DESIGN.md decision 2).
//
// Ownership: a Value owns one reference. Copying increfs, destroying decrefs,
// moving transfers. Raw Object* are borrowed. New objects are born with
// refcount 1 and handed out with Value::steal / Ref<T>::steal.
//
// Errors: the Null value (tag Null) is what a fallible runtime function returns
// when a Python exception is pending in the interpreter state (see interp.h).
// Exceptions are values, never C++ throws (DESIGN.md decision 3).
//
// Ints that overflow int64 are promoted to a BigInt object (types/int.h); an
// int Value is therefore either Tag::Int or an Object of type int. Code that
// needs "is this an int" asks is_int_like().
#pragma once
#include <cstdint>
#include <utility>

#include "base/assert.h"

// The refcount paths are forced inline: in the VM's big dispatch function the
// compiler otherwise gives up inlining them and every Value copy or destroy
// becomes a call.
#define LS_ALWAYS_INLINE inline __attribute__((always_inline))

namespace ls::rt {

struct Object;
struct Type;

void dealloc_object(Object* o);  // runs type->dealloc; defined in object.cpp

struct Object {
  int64_t refcnt = 1;
  Type* type = nullptr;
  Object* gc_prev = nullptr;  // intrusive all-objects list of the session heap
  Object* gc_next = nullptr;
  uint32_t gc_flags = 0;
  uint32_t alloc_size = 0;    // bytes charged to the heap for this object
  Object* dict = nullptr;     // owned attribute dict (a Dict) when the type has kHasDict

  LS_ALWAYS_INLINE void incref() { ++refcnt; }
  LS_ALWAYS_INLINE void decref() {
    if (--refcnt == 0) dealloc_object(this);
  }
};

static constexpr int64_t kImmortal = int64_t(1) << 60;

class Value {
 public:
  enum class Tag : uint8_t { Null, Int, Float, Obj };

  Value() : tag_(Tag::Null) { u_.o = nullptr; }
  LS_ALWAYS_INLINE Value(const Value& v) : tag_(v.tag_), u_(v.u_) {
    if (tag_ == Tag::Obj) u_.o->incref();
  }
  LS_ALWAYS_INLINE Value(Value&& v) noexcept : tag_(v.tag_), u_(v.u_) { v.tag_ = Tag::Null; }
  LS_ALWAYS_INLINE Value& operator=(const Value& v) {
    if (v.tag_ == Tag::Obj) v.u_.o->incref();
    Value old(std::move(*this));
    tag_ = v.tag_;
    u_ = v.u_;
    return *this;
  }
  LS_ALWAYS_INLINE Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      Value old(std::move(*this));
      tag_ = v.tag_;
      u_ = v.u_;
      v.tag_ = Tag::Null;
    }
    return *this;
  }
  LS_ALWAYS_INLINE ~Value() {
    if (tag_ == Tag::Obj) u_.o->decref();
  }

  static Value from_int(int64_t i) {
    Value v;
    v.tag_ = Tag::Int;
    v.u_.i = i;
    return v;
  }
  static Value from_float(double d) {
    Value v;
    v.tag_ = Tag::Float;
    v.u_.d = d;
    return v;
  }
  // Takes ownership of one reference (a freshly made object).
  static Value steal(Object* o) {
    Value v;
    if (o) {
      v.tag_ = Tag::Obj;
      v.u_.o = o;
    }
    return v;
  }
  // Adds a reference.
  static Value borrow(Object* o) {
    if (o) o->incref();
    return steal(o);
  }
  // Gives up ownership without decref.
  Object* release() {
    LS_ASSERT(tag_ == Tag::Obj || tag_ == Tag::Null);
    Object* o = u_.o;
    tag_ = Tag::Null;
    u_.o = nullptr;
    return o;
  }

  Tag tag() const { return tag_; }
  bool is_null() const { return tag_ == Tag::Null; }
  explicit operator bool() const { return tag_ != Tag::Null; }
  bool is_small_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  int64_t as_int() const { return u_.i; }
  double as_float() const { return u_.d; }
  Object* obj() const { return tag_ == Tag::Obj ? u_.o : nullptr; }
  template <class T>
  T* as() const {
    return static_cast<T*>(u_.o);
  }

  // Identity (`is`).
  bool is(const Value& o) const {
    if (tag_ != o.tag_) return false;
    switch (tag_) {
      case Tag::Null: return true;
      case Tag::Int: return u_.i == o.u_.i;
      case Tag::Float: return u_.i == o.u_.i;  // same bits
      case Tag::Obj: return u_.o == o.u_.o;
    }
    return false;
  }
  bool is(const Object* o) const { return tag_ == Tag::Obj && u_.o == o; }

 private:
  Tag tag_;
  union {
    int64_t i;
    double d;
    Object* o;
  } u_;
};

// Typed owning pointer for C++ code that knows an object's type.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  Ref(const Ref& r) : p_(r.p_) {
    if (p_) p_->incref();
  }
  Ref(Ref&& r) noexcept : p_(r.p_) { r.p_ = nullptr; }
  template <class U>
  Ref(Ref<U>&& r) noexcept : p_(r.release()) {}
  Ref& operator=(Ref r) noexcept {
    std::swap(p_, r.p_);
    return *this;
  }
  ~Ref() {
    if (p_) p_->decref();
  }
  static Ref steal(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  static Ref borrow(T* p) {
    if (p) p->incref();
    return steal(p);
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  T* release() {
    T* p = p_;
    p_ = nullptr;
    return p;
  }
  // As a Value (adds a reference).
  Value value() const { return Value::borrow(p_); }
  // As a Value, giving up this reference.
  Value take() { return Value::steal(release()); }

 private:
  T* p_ = nullptr;
};

}  // namespace ls::rt
