// jobsight-generate: a seeded, reproducible generator of realistic job postings CSV.
//
//   jobsight-generate [--rows N] [--seed S] [--bad-rows] [--out FILE]
//
// Writes a header and N data records (default 5000, seed 42) to FILE or stdout, in the postings
// format of SPEC 1.1 (RFC 4180, LF line ends). It streams, in about 4 MB whatever N is (only the
// --bad-rows schedule grows, by one byte per special row), so it writes millions of rows for
// benchmarks quickly (1,000,000 rows in about 2 s). The built-in trends (AI share, seniority mix,
// pay levels, skill growth) are described in sample_data/README.md.
//
// Reproducibility: the same arguments give byte-identical output on every platform. The only
// source of randomness is std::mt19937_64, whose raw output the standard fixes; the
// distributions on top of it are written here (std::uniform_int_distribution and friends are
// implementation-defined). Doubles only go through +, -, * and / (correctly rounded by IEEE 754,
// so portable); there are no libm calls such as log or cos whose last bits may differ. Do not
// build with -ffast-math.
//
// With --bad-rows, a fixed number of deliberately broken rows and exact duplicates replace
// ordinary rows at deterministic, scattered positions; the counts depend only on N (see
// special_counts() in bad_rows.hpp) and are printed on stderr. Ordinary rows are the same with
// or without --bad-rows.
//
// Independence from src/: the generator feeds the independent checks. Tests compare jobsight's
// results on generated files with answers the generator knows by construction (the bad rows and
// the 5 exact duplicates of sample_data/postings.csv, its trends, its dates and quoting). So it
// shares no code with src/ and links none of jobsight's libraries, only the standard library: a
// bug in shared code (a date conversion, a CSV quoting rule) would be written by one side and
// read back the same way by the other, and hide itself. Its small helpers (calendar, CSV text)
// are re-implemented here on purpose; do not replace them with jobsight's.
//
// Layout of tools/generate/ and how to change it safely: README.md.

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "bad_rows.hpp"
#include "options.hpp"
#include "rows.hpp"

int main(int argc, char** argv) {
  using namespace jobsight_generate;
  const Options opt = parse_args(argc, argv);

  std::FILE* file = stdout;
  if (!opt.out.empty()) {
    file = std::fopen(opt.out.c_str(), "wb");
    if (file == nullptr) {
      std::fprintf(stderr, "jobsight-generate: cannot open %s: %s\n", opt.out.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }

  Generator gen(opt.seed, opt.rows);
  SpecialSchedule schedule(opt.seed, opt.rows, opt.bad_rows);
  RecentRows recent;  // good rows with an id, for exact duplicates
  SpecialTally written{};

  std::string buffer;
  constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  buffer.reserve(kFlushAt + 4096);
  buffer.append(kHeader);
  Fields fields;
  RowInfo info;
  std::string row;
  bool io_ok = true;

  for (std::uint64_t i = 0; i < opt.rows; ++i) {
    gen.make_row(i, fields, info);
    row.clear();
    if (const auto due = schedule.at(i, recent.size())) {
      if (due->kind == Special::duplicate && recent.size() > 0) {
        row = recent.back(due->recent);
        ++written[static_cast<std::size_t>(due->kind)];
      } else if (due->kind != Special::duplicate) {
        apply_defect(due->kind, fields, info);
        write_fields(row, fields,
                     due->kind == Special::too_few_fields ? kSeniority + 1 : kFieldCount);
        ++written[static_cast<std::size_t>(due->kind)];
      }
    }
    if (row.empty()) {
      write_fields(row, fields, kFieldCount);
      if (info.has_id) recent.add(row);
    }
    buffer.append(row);
    if (buffer.size() >= kFlushAt) {
      io_ok = io_ok && std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
      buffer.clear();
    }
  }
  io_ok = io_ok && std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
  io_ok = std::fflush(file) == 0 && io_ok;
  if (file != stdout) io_ok = std::fclose(file) == 0 && io_ok;
  if (!io_ok) {
    std::fprintf(stderr, "jobsight-generate: write error on %s\n",
                 opt.out.empty() ? "stdout" : opt.out.c_str());
    return 1;
  }

  std::fprintf(stderr, "jobsight-generate: %llu rows, seed %llu",
               static_cast<unsigned long long>(opt.rows),
               static_cast<unsigned long long>(opt.seed));
  if (opt.bad_rows) print_special_summary(stderr, written);
  std::fputc('\n', stderr);
  return 0;
}
