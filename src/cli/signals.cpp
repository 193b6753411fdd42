#include "cli/signals.hpp"

#include <csignal>

namespace jobsight::cli {
namespace {

std::atomic<bool> g_cancelled{false};
std::atomic<int> g_signal{0};

extern "C" void on_signal(int signal_number) {
  g_signal.store(signal_number);
  g_cancelled.store(true);
}

struct sigaction g_previous_int {};
struct sigaction g_previous_term {};

}  // namespace

CancelOnSignal::CancelOnSignal() {
  g_cancelled.store(false);
  g_signal.store(0);
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &g_previous_int);
  sigaction(SIGTERM, &action, &g_previous_term);
}

CancelOnSignal::~CancelOnSignal() {
  sigaction(SIGINT, &g_previous_int, nullptr);
  sigaction(SIGTERM, &g_previous_term, nullptr);
}

const std::atomic<bool>& CancelOnSignal::cancelled() const {
  return g_cancelled;
}

int CancelOnSignal::exit_code() const {
  return 128 + (g_signal.load() == 0 ? SIGINT : g_signal.load());
}

}  // namespace jobsight::cli
