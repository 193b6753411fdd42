#include "cli/app.hpp"

namespace jobsight::cli {
int run(int, char**) { return 0; }
}  // namespace jobsight::cli
