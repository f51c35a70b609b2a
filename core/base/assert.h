// Internal invariants. A failed LS_ASSERT is a bug in loopscope, never a Python
// error: it prints where and aborts. Python errors travel as values (see runtime/value.h).
#pragma once
#include <cstdio>
#include <cstdlib>

#define LS_ASSERT(cond)                                                          \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "loopscope: internal error: %s (%s:%d)\n", #cond,     \
                   __FILE__, __LINE__);                                          \
      std::abort();                                                              \
    }                                                                            \
  } while (0)

#define LS_UNREACHABLE() LS_ASSERT(!"unreachable")
