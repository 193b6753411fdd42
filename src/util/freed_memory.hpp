#pragma once
// Giving freed heap memory back to the system (util layer; return_large_blocks_when_freed,
// which a program calls once, is in the public API).

#include "jobsight/memory.hpp"

namespace jobsight {

// Returns the heap's free pages to the system, so that a phase that freed much (an import's
// counts, its queues) does not keep them in the process's peak while the next one allocates.
// Does nothing where the C library cannot (it is glibc's malloc_trim).
void return_freed_memory();

// Whether return_freed_memory and return_large_blocks_when_freed do anything here (glibc); a
// test holds it true under glibc.
bool can_return_freed_memory();

}  // namespace jobsight
