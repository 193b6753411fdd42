// CSV field text (see csv_text.hpp).
#include "csv_text.hpp"

#include <charconv>

namespace jobsight_generate {

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

void append_padded(std::string& out, std::uint64_t v, int width) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  for (auto len = static_cast<int>(res.ptr - buf); len < width; ++len) out.push_back('0');
  out.append(buf, res.ptr);
}

void append_date(std::string& out, const Civil& c) {
  append_int(out, c.year);
  out.push_back('-');
  append_padded(out, static_cast<std::uint64_t>(c.month), 2);
  out.push_back('-');
  append_padded(out, static_cast<std::uint64_t>(c.day), 2);
}

void append_time(std::string& out, int seconds_of_day) {
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day / 3600), 2);
  out.push_back(':');
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day / 60 % 60), 2);
  out.push_back(':');
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day % 60), 2);
}

// RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes.
void append_csv_field(std::string& out, std::string_view v) {
  bool needs_quotes = false;
  for (const char c : v) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      needs_quotes = true;
      break;
    }
  }
  if (!needs_quotes) {
    out.append(v);
    return;
  }
  out.push_back('"');
  for (const char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_amount(std::string& out, double v) {
  if (v < 100.0 && v > -100.0) {  // hourly-sized: two decimals
    const auto cents = static_cast<std::int64_t>(v * 100.0 + (v < 0 ? -0.5 : 0.5));
    const std::int64_t mag = cents < 0 ? -cents : cents;
    if (cents < 0) out.push_back('-');
    append_int(out, mag / 100);
    out.push_back('.');
    append_padded(out, static_cast<std::uint64_t>(mag % 100), 2);
    return;
  }
  append_int(out, static_cast<std::int64_t>(v + (v < 0 ? -0.5 : 0.5)));
}

}  // namespace jobsight_generate
