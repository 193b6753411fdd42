#pragma once
// Streaming RFC 4180 CSV reader, with other delimiters and their detection: the first layer of
// jobsight.

#include <array>
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
  std::size_t line = 0;  // physical line (1-based) where the record starts
  // Physical line where it ends (> line when a quoted field holds newlines).
  std::size_t end_line = 0;
  // Empty when the record is well formed; otherwise what is wrong, e.g.
  // "unterminated quoted field opened at line 7: ..." (with error_column = 3).
  std::string error;
  std::size_t error_column = 0;  // 1-based field number the error is in, 0 when none
  // The record is longer than the reader's limit: `fields` hold only its first bytes (up to the
  // limit) and `error` says so.
  bool too_long = false;
  // Bytes of field text plus one per separator in the whole record (counted past the limit too).
  std::uint64_t size = 0;
};

// Called with every chunk of raw bytes as it is read (hashing, progress).
using ByteObserver = std::function<void(std::string_view bytes)>;

// Reads records one at a time from a stream in large chunks, fields separated by the delimiter
// (`,` unless told otherwise; `;`, tab and `|` files are read the same way, with `"` quoting);
// memory stays bounded by the largest record, and by the record limit. Accepts LF and CRLF (and
// a lone CR) line ends, a leading UTF-8 BOM, `""` escapes and delimiters, quotes and newlines
// inside quoted fields (kept byte for byte, so a CRLF inside quotes stays CRLF). Blank lines
// (nothing between two line ends) are skipped but counted in `line`; a line of spaces is one field.
// Line numbers count LF, CRLF and a lone CR each as one line end, inside quotes too.
//
// Malformed input never throws:
// - A quote that opens a field but is never closed makes the record run to end of input, with
//   `error_column` = field number and `error` = "unterminated quoted field opened at line L: "
//   followed by "no closing quote before the end of the file" when the record ends on line L,
//   else "no closing quote, so lines L to N, the rest of the file, were read as this one field",
//   and what to do ("close the quote; a quote inside a quoted field is written twice").
// - A record whose size (field text plus one byte per separator) passes `max_record_bytes`, or
//   that has more than kMaxFields fields, is read to its end but only its start is kept:
//   `too_long` is set, `size` is its full size and `error` says "record too long: N bytes, more
//   than the limit of M bytes for one record" (or "... N fields ..."), in parentheses after the
//   unterminated-quote message when that is the cause. Memory stays bounded by the limit.
// - A quote inside an unquoted field is literal: `ab"c` -> `ab"c`. Only a quote as the first
//   byte of a field opens a quoted field (` "a"` with a leading space is unquoted).
// - Text after a closing quote, up to the next delimiter or line end, is appended literally and
//   sets no error: `"ab"cd,e` -> `abcd`, `e` (as Python's csv module does). A delimiter other
//   than the reader's is ordinary text: read with `;`, the line `a,b;c` is `a,b` and `c`. sqlite3's
//   shell .import instead keeps the quote and stays in quoted mode, swallowing the following commas
//   and lines up to the next `",` or `"<newline>`; we stop at the field end to keep the
//   damage to one field.
// I/O errors on the stream (badbit, or a read failing before end of file) throw
// std::runtime_error.
class CsvReader {
 public:
  // The default limit on one record's field text: 16 MiB (a job posting is a few KiB).
  static constexpr std::size_t kDefaultMaxRecordBytes = std::size_t{16} << 20;
  // The most fields one record may have (a wider record is too long, whatever its size).
  static constexpr std::size_t kMaxFields = 100'000;

  // Reads `in` with fields separated by `delimiter`. Throws std::invalid_argument when
  // `delimiter` is `"`, CR or LF.
  explicit CsvReader(std::istream& in, ByteObserver observer = {},
                     std::size_t max_record_bytes = kDefaultMaxRecordBytes, char delimiter = ',');

  // Changes the delimiter, e.g. to the one detect_delimiter found in head(). Call it before the
  // first next(); afterwards it throws std::logic_error. Throws std::invalid_argument as the
  // constructor does.
  void set_delimiter(char delimiter);

  // The byte that separates fields.
  char delimiter() const { return delimiter_; }

  // The first bytes of the input, up to `count` (fewer when the input is shorter), read ahead
  // without consuming them, e.g. to recognise a file that is not CSV text. Call it before the
  // first next(); afterwards it returns "".
  std::string_view head(std::size_t count);

  // Fills `record` with the next record; returns false at end of input.
  bool next(CsvRecord& record);

  // Bytes consumed from the stream so far.
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  static constexpr std::size_t kChunkSize = std::size_t{1} << 20;  // bytes per stream read
  std::size_t read_size_ = std::size_t{1} << 12;                   // grows to kChunkSize

  // Reads the next chunk after the unconsumed bytes; false when nothing more could be read.
  bool fill();

  std::istream& in_;
  ByteObserver observer_;
  std::size_t max_record_bytes_;
  char delimiter_ = ',';
  std::array<bool, 256> unquoted_stop_{};  // the bytes that end an unquoted run: delimiter, CR, LF
  bool started_ = false;                   // next() was called
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::size_t line_ = 1;
  std::uint64_t bytes_read_ = 0;
  bool eof_ = false;
  bool bom_checked_ = false;
  bool after_cr_ = false;  // the last byte consumed was a CR line end (a following LF joins it)
};

// The delimiters detect_delimiter chooses among, in the order ties are broken: comma, semicolon
// (European exports), tab, pipe.
inline constexpr std::array<char, 4> kDelimiters = {',', ';', '\t', '|'};

// How many of the names of a header, split with one delimiter, the caller knows (e.g. the header
// names that match a field of the import).
using HeaderScore = std::function<int(const std::vector<std::string>& names)>;

// The delimiter of a file called `file_name` whose first bytes are `head`: tab when the name
// ends in ".tsv" (any case); otherwise the one of kDelimiters whose split of the first record of
// `head` (read as CsvReader reads it: BOM, blank lines and quotes respected) `score`s highest,
// ties going to the earlier one, so `,` when nothing is known or `head` is empty. `head` may end
// inside the first record; its start is split.
char detect_delimiter(std::string_view file_name, std::string_view head, const HeaderScore& score);

// Encodes fields as one CSV line (quoting where needed, no line terminator), e.g. to store the
// raw text of a rejected record.
std::string csv_encode(const std::vector<std::string>& fields);

}  // namespace jobsight
