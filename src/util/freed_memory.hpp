#pragma once
// Giving freed heap memory back to the system (util layer).

namespace jobsight {

// Returns the heap's free pages to the system, so that a phase that freed much (an import's
// counts, its queues) does not keep them in the process's peak while the next one allocates.
// Does nothing where the C library cannot (it is glibc's malloc_trim).
void return_freed_memory();

}  // namespace jobsight
