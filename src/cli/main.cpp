#include "cli/app.hpp"

int main(int argc, char** argv) {
  return jobsight::cli::run(argc, argv);
}
