// The session heap: byte accounting (MemoryError under a cap) and the intrusive
// list of every live object, so a session can be torn down completely even
// when reference cycles remain (STYLE-ANCHORS 3.5: teardown per run).
//
// Ownership: objects are freed by reference counting the moment their count
// drops to zero. Cycles (task <-> coroutine frame, exception <-> traceback)
// are broken where CPython breaks them (Future clears callbacks, Task drops its
// coroutine when done); what is left is reclaimed by Heap::teardown(), which
// clears every object's references and then frees them all.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>

#include "runtime/value.h"

namespace ls::rt {

class Heap {
 public:
  explicit Heap(uint64_t limit) : limit_(limit) {}
  ~Heap();
  uint64_t bytes() const { return bytes_; }
  uint64_t limit() const { return limit_; }
  void set_limit(uint64_t l) { limit_ = l; }
  size_t live_objects() const { return count_; }
  // True once an allocation went over the limit; cleared when reported.
  bool over_limit() const { return bytes_ > limit_; }

  // Breaks all references between remaining objects and frees them.
  void teardown();

  // internal (inline: every allocation and free goes through them)
  inline void track(Object* o);
  inline void untrack(Object* o);
  void charge(int64_t n) { bytes_ += n; }

 private:
  uint64_t bytes_ = 0;
  uint64_t limit_;
  size_t count_ = 0;
  Object* head_ = nullptr;
};

inline void Heap::track(Object* o) {
  o->gc_prev = nullptr;
  o->gc_next = head_;
  if (head_) head_->gc_prev = o;
  head_ = o;
  ++count_;
}

inline void Heap::untrack(Object* o) {
  if (o->gc_prev) o->gc_prev->gc_next = o->gc_next;
  else if (head_ == o) head_ = o->gc_next;
  else return;  // not on this list
  if (o->gc_next) o->gc_next->gc_prev = o->gc_prev;
  o->gc_prev = o->gc_next = nullptr;
  --count_;
}

// The heap of the session currently running (set by Session on each slice).
extern Heap* g_current_heap;
inline Heap* current_heap() { return g_current_heap; }
inline void set_current_heap(Heap* h) { g_current_heap = h; }

void* heap_alloc(size_t size);
void heap_free(void* p, size_t size);
inline void heap_track(Object* o) {
  if (g_current_heap) g_current_heap->track(o);
}
inline void heap_untrack(Object* o) {
  if (g_current_heap) g_current_heap->untrack(o);
}

// std allocator that charges the current heap: containers inside objects use
// it so a growing list counts toward the MemoryError cap.
template <class T>
struct CountingAlloc {
  using value_type = T;
  CountingAlloc() = default;
  template <class U>
  CountingAlloc(const CountingAlloc<U>&) {}
  T* allocate(size_t n) {
    if (Heap* h = current_heap()) h->charge(int64_t(n * sizeof(T)));
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, size_t n) {
    if (Heap* h = current_heap()) h->charge(-int64_t(n * sizeof(T)));
    std::allocator<T>().deallocate(p, n);
  }
  template <class U>
  bool operator==(const CountingAlloc<U>&) const { return true; }
  template <class U>
  bool operator!=(const CountingAlloc<U>&) const { return false; }
};

}  // namespace ls::rt
