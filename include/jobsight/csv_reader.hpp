#pragma once
// Streaming RFC 4180 CSV reader: the first layer of jobsight.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// One logical CSV record.
struct CsvRecord {
  std::vector<std::string> fields;
  std::size_t line = 0;      // physical line (1-based) where the record starts
  std::size_t end_line = 0;  // physical line where it ends (> line when a quoted field holds newlines)
  // Empty when the record is well formed; otherwise what is wrong, e.g.
  // "unterminated quoted field (opened at line 7, column 3)".
  std::string error;
  std::size_t error_column = 0;  // 1-based field number the error is in, 0 when none
};

// Called with every chunk of raw bytes as it is read (hashing, progress).
using ByteObserver = std::function<void(std::string_view bytes)>;

// Reads records one at a time from a stream in large chunks; memory stays bounded by the
// largest record. Accepts LF and CRLF (and a lone CR) line ends, a leading UTF-8 BOM,
// `""` escapes and commas, quotes and newlines inside quoted fields. A quote that opens a
// field but is never closed makes the record run to end of input and sets `error`. A quote
// inside an unquoted field, or text after a closing quote, is kept literally (as sqlite3's
// .import does). Blank lines are skipped. Never throws on malformed data; I/O errors on the
// stream throw std::runtime_error.
class CsvReader {
 public:
  explicit CsvReader(std::istream& in, ByteObserver observer = {});

  // Fills `record` with the next record; returns false at end of input.
  bool next(CsvRecord& record);

  // Bytes consumed from the stream so far.
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool fill();

  std::istream& in_;
  ByteObserver observer_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t line_ = 1;
  std::uint64_t bytes_read_ = 0;
  bool eof_ = false;
  bool bom_checked_ = false;
};

// Encodes fields as one CSV line (quoting where needed, no line terminator), e.g. to store the
// raw text of a rejected record.
std::string csv_encode(const std::vector<std::string>& fields);

}  // namespace jobsight
