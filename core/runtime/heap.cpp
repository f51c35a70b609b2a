// Session heap: accounting and the all-objects list (see heap.h).
#include "runtime/heap.h"

#include <cstdlib>
#include <vector>

#include "runtime/object.h"

namespace ls::rt {

Heap* g_current_heap = nullptr;

Heap::~Heap() { teardown(); }

void Heap::teardown() {
  Heap* saved = g_current_heap;
  g_current_heap = this;
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
  g_current_heap = saved;
}

void* heap_alloc(size_t size) {
  if (g_current_heap) g_current_heap->charge(int64_t(size));
  void* p = std::malloc(size);
  if (!p) std::abort();
  return p;
}

void heap_free(void* p, size_t size) {
  if (g_current_heap) g_current_heap->charge(-int64_t(size));
  std::free(p);
}


}  // namespace ls::rt
