// Command-line options of jobsight-generate.
#pragma once

#include <cstdint>
#include <string>

namespace jobsight_generate {

// What to generate and where to write it.
struct Options {
  std::uint64_t rows = 5000;
  std::uint64_t seed = 42;
  bool bad_rows = false;
  std::string out;  // empty: stdout
};

// Parses `--rows N`, `--seed S`, `--bad-rows` and `--out FILE` (also as --opt=value) and
// returns the options. Does not return otherwise: --help / -h prints the usage on stdout and
// exits 0; an unknown option or a missing value prints a message and the usage on stderr, and a
// malformed number a message alone, and exits 2.
Options parse_args(int argc, char** argv);

}  // namespace jobsight_generate
