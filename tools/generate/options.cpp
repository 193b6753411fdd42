// Command-line parsing (see options.hpp).
#include "options.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <system_error>

namespace jobsight_generate {
namespace {

// Prints the usage (on stdout for code 0, stderr otherwise) and exits with `code`.
[[noreturn]] void usage(int code) {
  std::FILE* stream = code == 0 ? stdout : stderr;
  std::fputs(
      "usage: jobsight-generate [--rows N] [--seed S] [--bad-rows] [--out FILE]\n"
      "\n"
      "Writes N synthetic job postings (default 5000) as CSV to FILE or stdout, reproducibly\n"
      "from seed S (default 42).\n"
      "  --rows N     number of data records (header not counted)\n"
      "  --seed S     unsigned 64-bit seed\n"
      "  --bad-rows   replace a fixed number of rows with deliberately bad rows and exact\n"
      "               duplicates (counts printed on stderr)\n"
      "  --out FILE   write to FILE instead of stdout\n",
      stream);
  std::exit(code);
}

// Parses all of `text` as an unsigned decimal into `value`; false if it is not one (`value` may
// then hold a prefix's value).
bool parse_u64(std::string_view text, std::uint64_t& value) {
  if (text.empty()) return false;
  const auto res = std::from_chars(text.data(), text.data() + text.size(), value);
  return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

}  // namespace

Options parse_args(int argc, char** argv) {
  Options opt;
  for (int k = 1; k < argc; ++k) {
    std::string_view arg = argv[k];
    std::string_view value;
    bool has_value = false;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    auto take_value = [&]() -> std::string_view {
      if (has_value) return value;
      if (k + 1 >= argc) {
        std::fprintf(stderr, "jobsight-generate: %.*s needs a value\n",
                     static_cast<int>(arg.size()), arg.data());
        usage(2);
      }
      return argv[++k];
    };
    if (arg == "--help" || arg == "-h") {
      usage(0);
    } else if (arg == "--rows") {
      const std::string_view v = take_value();
      if (!parse_u64(v, opt.rows)) {
        std::fprintf(stderr, "jobsight-generate: --rows: not a row count: %.*s\n",
                     static_cast<int>(v.size()), v.data());
        std::exit(2);
      }
    } else if (arg == "--seed") {
      const std::string_view v = take_value();
      if (!parse_u64(v, opt.seed)) {
        std::fprintf(stderr, "jobsight-generate: --seed: not an unsigned integer: %.*s\n",
                     static_cast<int>(v.size()), v.data());
        std::exit(2);
      }
    } else if (arg == "--bad-rows" && !has_value) {
      opt.bad_rows = true;
    } else if (arg == "--out") {
      opt.out = std::string(take_value());
    } else {
      std::fprintf(stderr, "jobsight-generate: unknown option: %s\n", argv[k]);
      usage(2);
    }
  }
  return opt;
}

}  // namespace jobsight_generate
