#pragma once
// Giving freed heap memory back to the system (util layer).

namespace jobsight {

// Returns the heap's free pages to the system, so that a phase that freed much (an import's
// counts, its queues) does not keep them in the process's peak while the next one allocates.
// Does nothing where the C library cannot (it is glibc's malloc_trim).
void return_freed_memory();

// From now on, every block of 128 KB or more is mapped on its own, so it goes back to the system
// as soon as it is freed: glibc otherwise raises that threshold to the largest block freed so far
// (up to 32 MB), and then serves large vectors from the heap, where freeing them may return
// nothing (at 10M postings the kept pay statistics' peak went from 112 to 89 MB). For the rest of
// the process; does nothing where the C library has no such setting.
void return_large_blocks_when_freed();

// Whether the two above do anything here (glibc); a test holds it true on Linux.
bool can_return_freed_memory();

}  // namespace jobsight
