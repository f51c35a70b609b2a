// Bump allocator for the front end: tokens and AST nodes live until compilation
// ends, then the whole arena is dropped at once. Nothing in it is refcounted.
#pragma once
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace ls {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (auto& d : dtors_) d.fn(d.obj);
    for (char* b : blocks_) std::free(b);
  }

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t p = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || p + size > cap_) {
      cap_ = size > kBlock ? size : kBlock;
      char* b = static_cast<char*>(std::malloc(cap_));
      if (!b) std::abort();
      blocks_.push_back(b);
      p = 0;
    }
    used_ = p + size;
    return blocks_.back() + p;
  }

  // Objects with non-trivial destructors (std::string, std::vector members) are
  // destroyed when the arena dies.
  template <class T, class... Args>
  T* make(Args&&... args) {
    T* t = new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>)
      dtors_.push_back({t, [](void* o) { static_cast<T*>(o)->~T(); }});
    return t;
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  struct Dtor {
    void* obj;
    void (*fn)(void*);
  };
  std::vector<char*> blocks_;
  std::vector<Dtor> dtors_;
  size_t used_ = 0, cap_ = 0;
};

}  // namespace ls
