// Session heap: accounting and the all-objects list (see heap.h).
#include "runtime/heap.h"

#include <cstdlib>
#include <vector>

#include "runtime/object.h"

namespace ls::rt {

namespace {
Heap* g_heap = nullptr;
}

Heap* current_heap() { return g_heap; }
void set_current_heap(Heap* h) { g_heap = h; }

Heap::~Heap() { teardown(); }

void Heap::track(Object* o) {
  o->gc_prev = nullptr;
  o->gc_next = head_;
  if (head_) head_->gc_prev = o;
  head_ = o;
  ++count_;
}

void Heap::untrack(Object* o) {
  if (o->gc_prev) o->gc_prev->gc_next = o->gc_next;
  else if (head_ == o) head_ = o->gc_next;
  else return;  // not on this list
  if (o->gc_next) o->gc_next->gc_prev = o->gc_prev;
  o->gc_prev = o->gc_next = nullptr;
  --count_;
}

void Heap::teardown() {
  Heap* saved = g_heap;
  g_heap = this;
  // Keep every object alive while references between them are cleared, so
  // nothing is freed while another object still points at it.
  std::vector<Object*> all;
  for (Object* o = head_; o; o = o->gc_next) {
    o->incref();
    all.push_back(o);
  }
  for (Object* o : all) {
    if (o->dict) {
      Object* d = o->dict;
      o->dict = nullptr;
      d->decref();
    }
    if (o->type && o->type->clear) o->type->clear(o);
  }
  for (Object* o : all) o->decref();
  // Whatever is still tracked has references from outside the heap (leaks
  // from C++ code): free it forcibly.
  while (head_) {
    Object* o = head_;
    o->refcnt = 1;
    o->decref();
    if (head_ == o) untrack(o);
  }
  g_heap = saved;
}

void* heap_alloc(size_t size) {
  if (g_heap) g_heap->charge(int64_t(size));
  void* p = std::malloc(size);
  if (!p) std::abort();
  return p;
}

void heap_free(void* p, size_t size) {
  if (g_heap) g_heap->charge(-int64_t(size));
  std::free(p);
}

void heap_track(Object* o) {
  if (g_heap) g_heap->track(o);
}
void heap_untrack(Object* o) {
  if (g_heap) g_heap->untrack(o);
}

}  // namespace ls::rt
