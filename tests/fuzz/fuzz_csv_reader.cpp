// Fuzzes the CSV reader: any bytes must parse without crashing, every byte must reach the
// observer once, and re-encoding what was read must read back the same fields. Read again with a
// tiny record limit, the records must be the same ones (same lines, same size), those within the
// limit unchanged and the others cut to a prefix that fits the limit.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "jobsight/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::string observed;
  jobsight::CsvReader reader(in, [&](std::string_view bytes) { observed.append(bytes); });
  jobsight::CsvRecord record;
  std::vector<jobsight::CsvRecord> records;
  std::size_t last_line = 0;
  while (reader.next(record)) {
    records.push_back(record);
    if (record.line < last_line || record.end_line < record.line) std::abort();
    last_line = record.end_line;
    if (!record.error.empty()) continue;
    // A leading blank line keeps a field that starts with a BOM from being read as the BOM.
    std::istringstream again("\n" + jobsight::csv_encode(record.fields) + "\n");
    jobsight::CsvReader round_trip(again);
    jobsight::CsvRecord copy;
    bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank && (!round_trip.next(copy) || copy.fields != record.fields)) std::abort();
  }
  if (observed != input || reader.bytes_read() != size) std::abort();

  constexpr std::size_t kLimit = 64;
  std::istringstream in_again(input);
  jobsight::CsvReader limited(in_again, {}, kLimit);
  std::size_t index = 0;
  for (; limited.next(record); ++index) {
    if (index >= records.size()) std::abort();
    const jobsight::CsvRecord& whole = records[index];
    if (record.line != whole.line || record.end_line != whole.end_line) std::abort();
    if (record.size != whole.size || record.too_long != (whole.size > kLimit)) std::abort();
    if (!record.too_long) {
      if (record.fields != whole.fields || record.error != whole.error) std::abort();
      continue;
    }
    std::size_t kept = record.fields.size() - 1;  // separators
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      kept += record.fields[i].size();
      if (!whole.fields[i].starts_with(record.fields[i])) std::abort();
    }
    if (kept > kLimit || record.error.empty()) std::abort();
  }
  if (index != records.size()) std::abort();
  return 0;
}
