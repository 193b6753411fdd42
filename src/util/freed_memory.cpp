#include "util/freed_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace jobsight {

void return_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace jobsight
