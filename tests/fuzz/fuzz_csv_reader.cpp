// Fuzzes the CSV reader: any bytes must parse without crashing, every byte must reach the
// observer once, and re-encoding what was read must read back the same fields.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "jobsight/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::string observed;
  jobsight::CsvReader reader(in, [&](std::string_view bytes) { observed.append(bytes); });
  jobsight::CsvRecord record;
  std::size_t last_line = 0;
  while (reader.next(record)) {
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
  return 0;
}
