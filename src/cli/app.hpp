#pragma once
// The jobsight command line: parses arguments, runs a command, prints, returns the exit code.

namespace jobsight::cli {

// Runs jobsight with the process arguments; never throws. Returns the process exit code.
int run(int argc, char** argv);

}  // namespace jobsight::cli
