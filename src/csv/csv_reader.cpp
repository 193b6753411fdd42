#include "jobsight/csv.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <sstream>
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

// 1234567 -> "1,234,567".
std::string with_commas(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string unterminated_message(std::size_t quote_line, std::size_t end_line) {
  std::string text = "unterminated quoted field opened at line " + std::to_string(quote_line);
  if (end_line > quote_line) {
    text += ": no closing quote, so lines " + std::to_string(quote_line) + " to " +
            std::to_string(end_line) + ", the rest of the file, were read as this one field";
  } else {
    text += ": no closing quote before the end of the file";
  }
  return text + "; close the quote (a quote inside a quoted field is written twice: \"\")";
}

std::string too_long_message(std::uint64_t size, std::size_t limit) {
  return "record too long: " + with_commas(size) + " bytes of text, more than the limit of " +
         with_commas(limit) + " bytes for one record";
}

enum class State {
  kFieldStart,  // nothing of the field consumed yet
  kUnquoted,    // plain text (also text after a closing quote)
  kQuoted,      // inside quotes
  kQuoteSeen,   // a quote inside quotes: `""` escape or the closing quote
};

}  // namespace

CsvReader::CsvReader(std::istream& in, ByteObserver observer, std::size_t max_record_bytes,
                     char delimiter)
    : in_(in), observer_(std::move(observer)), max_record_bytes_(max_record_bytes) {
  set_delimiter(delimiter);
}

void CsvReader::set_delimiter(char delimiter) {
  if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
    throw std::invalid_argument("CSV delimiter cannot be a quote or a line end");
  }
  if (started_) throw std::logic_error("CSV delimiter changed after reading began");
  delimiter_ = delimiter;
  const char stops[] = {delimiter, '\r', '\n'};
  unquoted_stop_ = make_table({stops, 3});
}

std::string_view CsvReader::head(std::size_t count) {
  if (started_) return {};
  while (end_ - pos_ < count && fill()) {
  }
  return std::string_view(buffer_.data() + pos_, std::min(count, end_ - pos_));
}

bool CsvReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // keep the unconsumed tail (a few bytes, or what head() read ahead)
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
  started_ = true;
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
  record.too_long = false;
  record.size = 0;
  std::size_t field_count = 1;
  std::string* field = start_field(record, field_count);
  State state = State::kFieldStart;
  std::size_t quote_line = 0;
  std::size_t too_long_column = 0;
  bool too_many_fields = false;  // the limit passed was kMaxFields, not max_record_bytes_
  std::size_t kept_fields = 1;   // fields[0, kept_fields) hold the record (its start if too long)
  char last_byte = 0;            // the last byte of this field's text read (kept or not)
  auto mark_too_long = [&] {
    record.too_long = true;
    too_long_column = field_count;
  };

  // Field text goes through here, so that a record past the limit stops growing.
  auto keep = [&](const char* from, std::size_t count) {
    if (count == 0) return;
    last_byte = from[count - 1];
    const std::uint64_t before = record.size;
    record.size += count;
    if (record.too_long) return;
    if (record.size > max_record_bytes_) {
      field->append(from, static_cast<std::size_t>(max_record_bytes_ - before));
      mark_too_long();
      return;
    }
    field->append(from, count);
  };
  // A separator counts as a byte; past the limits no more fields are made, only counted.
  auto next_field = [&] {
    ++field_count;
    ++record.size;
    last_byte = 0;
    if (record.too_long) return;
    if (record.size > max_record_bytes_ || field_count > kMaxFields) {
      mark_too_long();
      too_many_fields = record.size <= max_record_bytes_;
      if (too_many_fields) too_long_column = 0;  // the row as a whole is at fault
      return;
    }
    field = start_field(record, field_count);
    kept_fields = field_count;
  };
  auto finish = [&] {
    if (record.too_long) {
      const std::string size_text = too_many_fields
                                        ? "record too long: " + with_commas(field_count) +
                                              " fields, more than the limit of " +
                                              with_commas(kMaxFields) + " fields for one record"
                                        : too_long_message(record.size, max_record_bytes_);
      if (record.error.empty()) {
        record.error = size_text;
        record.error_column = too_long_column;
      } else {
        record.error += " (" + size_text + ")";
      }
    }
    record.fields.resize(kept_fields);
  };

  for (;;) {
    if (pos_ == end_ && !fill()) {  // end of input ends the record
      record.end_line = line_;
      if (state == State::kQuoted) {
        // The field holds everything up to end of input; if that ends in a line end, the
        // record's last byte is on the line before the current one.
        if (record.size > 0 && (last_byte == '\n' || last_byte == '\r')) {
          record.end_line = line_ - 1;
        }
        record.error = unterminated_message(quote_line, record.end_line);
        record.error_column = field_count;
      }
      finish();
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
        while (q != end && !is_stop(unquoted_stop_, *q)) ++q;
        keep(p, static_cast<std::size_t>(q - p));
        pos_ = static_cast<std::size_t>(q - base);
        if (q == end) continue;
        ++pos_;
        if (*q == delimiter_) {
          next_field();
          state = State::kFieldStart;
          continue;
        }
        // Line end: the record is complete. A CR's LF (if any) is skipped by the next call.
        record.end_line = line_;
        ++line_;
        after_cr_ = *q == '\r';
        finish();
        return true;
      }
      case State::kQuoted: {
        const char* q = p;
        while (q != end && !is_stop(kQuotedStop, *q)) ++q;
        if (q != p) {
          keep(p, static_cast<std::size_t>(q - p));
          after_cr_ = false;
        }
        pos_ = static_cast<std::size_t>(q - base);
        if (q == end) continue;
        ++pos_;
        if (*q == '"') {
          state = State::kQuoteSeen;
          after_cr_ = false;
        } else {  // line ends inside quotes are kept as they are, and counted
          keep(q, 1);
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
          keep(p, 1);
          ++pos_;
          state = State::kQuoted;
        } else {  // closing quote; any text up to the next delimiter or line end is kept as is
          state = State::kUnquoted;
        }
        continue;
    }
  }
}

char detect_delimiter(std::string_view file_name, std::string_view head, const HeaderScore& score) {
  std::string_view extension = file_name.substr(std::min(file_name.size(), file_name.rfind('.')));
  if (extension.size() == 4 && (extension[1] | 0x20) == 't' && (extension[2] | 0x20) == 's' &&
      (extension[3] | 0x20) == 'v') {
    return '\t';
  }
  char best = kDelimiters[0];
  int best_score = 0;
  for (char delimiter : kDelimiters) {
    std::istringstream in{std::string(head)};
    CsvReader reader(in, {}, CsvReader::kDefaultMaxRecordBytes, delimiter);
    CsvRecord record;
    if (!reader.next(record)) return best;
    const int points = score(record.fields);
    if (points > best_score) {
      best = delimiter;
      best_score = points;
    }
  }
  return best;
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
