#include "jobsight/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace jobsight {
namespace {

// Byte classes for the scanning loops: a table lookup per byte, and one span copy per run.
constexpr std::array<bool, 256> make_table(std::string_view specials) {
  std::array<bool, 256> table{};
  for (char c : specials) table[static_cast<unsigned char>(c)] = true;
  return table;
}
constexpr std::array<bool, 256> kUnquotedStop = make_table(",\r\n");
constexpr std::array<bool, 256> kQuotedStop = make_table("\"\r\n");

inline bool is_stop(const std::array<bool, 256>& table, char c) {
  return table[static_cast<unsigned char>(c)];
}

// Starts field number `n` (1-based) of `record`, reusing an existing string's capacity.
std::string* start_field(CsvRecord& record, std::size_t n) {
  if (n <= record.fields.size()) {
    std::string* field = &record.fields[n - 1];
    field->clear();
    return field;
  }
  return &record.fields.emplace_back();
}

enum class State {
  kFieldStart,  // nothing of the field consumed yet
  kUnquoted,    // plain text (also text after a closing quote)
  kQuoted,      // inside quotes
  kQuoteSeen,   // a quote inside quotes: `""` escape or the closing quote
};

}  // namespace

CsvReader::CsvReader(std::istream& in, ByteObserver observer)
    : in_(in), observer_(std::move(observer)) {}

bool CsvReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // keep the unconsumed tail (only ever a few bytes)
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  // Reads start small and double up to kChunkSize, so small inputs do not pay for a big buffer.
  const std::size_t want = read_size_;
  read_size_ = std::min(kChunkSize, read_size_ * 2);
  if (buffer_.size() - end_ < want) buffer_.resize(end_ + want);
  char* dest = buffer_.data() + end_;
  in_.read(dest, static_cast<std::streamsize>(want));
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (in_.bad()) throw std::runtime_error("CSV input: error while reading the stream");
  if (got < want) {
    if (!in_.eof()) throw std::runtime_error("CSV input: stream read failed before end of file");
    eof_ = true;
  }
  if (got == 0) return false;
  bytes_read_ += got;
  if (observer_) observer_(std::string_view(dest, got));
  end_ += got;
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  if (!bom_checked_) {
    while (end_ - pos_ < 3 && fill()) {
    }
    if (end_ - pos_ >= 3 && std::memcmp(buffer_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) pos_ += 3;
    bom_checked_ = true;
  }

  // Skip blank lines, counting them.
  for (;;) {
    if (pos_ == end_ && !fill()) return false;
    const char c = buffer_[pos_];
    if (c == '\n') {
      if (!after_cr_) ++line_;
      after_cr_ = false;
    } else if (c == '\r') {
      ++line_;
      after_cr_ = true;
    } else {
      break;
    }
    ++pos_;
  }
  after_cr_ = false;

  record.line = line_;
  record.error.clear();
  record.error_column = 0;
  std::size_t field_count = 1;
  std::string* field = start_field(record, field_count);
  State state = State::kFieldStart;
  std::size_t quote_line = 0;

  for (;;) {
    if (pos_ == end_ && !fill()) {  // end of input ends the record
      record.end_line = line_;
      if (state == State::kQuoted) {
        record.error = "unterminated quoted field opened at line " + std::to_string(quote_line);
        record.error_column = field_count;
        // The field holds everything up to end of input; if that ends in a line end, the
        // record's last byte is on the line before the current one.
        if (!field->empty() && (field->back() == '\n' || field->back() == '\r')) {
          record.end_line = line_ - 1;
        }
      }
      record.fields.resize(field_count);
      return true;
    }
    const char* const base = buffer_.data();
    const char* p = base + pos_;
    const char* const end = base + end_;

    switch (state) {
      case State::kFieldStart:
        if (*p == '"') {
          state = State::kQuoted;
          quote_line = line_;
          ++pos_;
          continue;
        }
        state = State::kUnquoted;
        [[fallthrough]];
      case State::kUnquoted: {
        const char* q = p;
        while (q != end && !is_stop(kUnquotedStop, *q)) ++q;
        field->append(p, q);
        pos_ = static_cast<std::size_t>(q - base);
        if (q == end) continue;
        ++pos_;
        if (*q == ',') {
          field = start_field(record, ++field_count);
          state = State::kFieldStart;
          continue;
        }
        // Line end: the record is complete. A CR's LF (if any) is skipped by the next call.
        record.end_line = line_;
        ++line_;
        after_cr_ = *q == '\r';
        record.fields.resize(field_count);
        return true;
      }
      case State::kQuoted: {
        const char* q = p;
        while (q != end && !is_stop(kQuotedStop, *q)) ++q;
        if (q != p) {
          field->append(p, q);
          after_cr_ = false;
        }
        pos_ = static_cast<std::size_t>(q - base);
        if (q == end) continue;
        ++pos_;
        if (*q == '"') {
          state = State::kQuoteSeen;
          after_cr_ = false;
        } else {  // line ends inside quotes are kept as they are, and counted
          field->push_back(*q);
          if (*q == '\r') {
            ++line_;
            after_cr_ = true;
          } else {
            if (!after_cr_) ++line_;
            after_cr_ = false;
          }
        }
        continue;
      }
      case State::kQuoteSeen:
        if (*p == '"') {  // `""` escape
          field->push_back('"');
          ++pos_;
          state = State::kQuoted;
        } else {  // closing quote; any text up to the next comma or line end is kept as is
          state = State::kUnquoted;
        }
        continue;
    }
  }
}

std::string csv_encode(const std::vector<std::string>& fields) {
  // A lone empty field must be quoted, or it would read back as a blank (skipped) line.
  if (fields.size() == 1 && fields[0].empty()) return "\"\"";
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    const std::string& field = fields[i];
    const bool quote = field.find_first_of(",\"\r\n") != std::string::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
      out += field;
      continue;
    }
    out.push_back('"');
    for (char c : field) {
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
  }
  return out;
}

}  // namespace jobsight
