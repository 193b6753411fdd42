#pragma once
// Turning SIGINT/SIGTERM into a cancellation flag while a long operation runs.

#include <atomic>

namespace jobsight::cli {

// While alive, SIGINT and SIGTERM set `cancelled()` instead of killing the process.
class CancelOnSignal {
 public:
  CancelOnSignal();
  ~CancelOnSignal();
  CancelOnSignal(const CancelOnSignal&) = delete;
  CancelOnSignal& operator=(const CancelOnSignal&) = delete;

  const std::atomic<bool>& cancelled() const;
  // 130 after SIGINT, 143 after SIGTERM (128 + signal number).
  int exit_code() const;
};

}  // namespace jobsight::cli
