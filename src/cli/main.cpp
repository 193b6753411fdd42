#include "cli/app.hpp"
#include "jobsight/memory.hpp"

int main(int argc, char** argv) {
  // The process's memory policy: large blocks go back to the system as soon as they are freed,
  // so an import's peak stays under 100 MB at 10M postings (BENCHMARKS.md).
  jobsight::return_large_blocks_when_freed();
  return jobsight::cli::run(argc, argv);
}
