#include "util/freed_memory.hpp"

#include <cstdlib>  // any C library header: it defines __GLIBC__ under glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace jobsight {

void return_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

void return_large_blocks_when_freed() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

bool can_return_freed_memory() {
#if defined(__GLIBC__)
  return true;
#else
  return false;
#endif
}

}  // namespace jobsight
