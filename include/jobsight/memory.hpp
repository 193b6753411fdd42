#pragma once
// How a program using jobsight has the C library hand memory back (public API;
// src/util/freed_memory.cpp implements it).

namespace jobsight {

// From now on, every block of 128 KB or more is mapped on its own, so it goes back to the system
// as soon as it is freed: glibc otherwise raises that threshold to the largest block freed so far
// (up to 32 MB), and then serves large vectors from the heap, where freeing them may return
// nothing (at 10M postings the kept pay statistics' peak went from 112 to 89 MB). For the rest of
// the process, so a program calls it first thing (the command line does, src/cli/main.cpp);
// does nothing where the C library has no such setting.
void return_large_blocks_when_freed();

}  // namespace jobsight
