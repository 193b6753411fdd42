#include "normalise/money.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {

namespace {

constexpr std::array<std::string_view, 5> kAmountSymbols = {"$", "\u20AC", "\u00A3", "\u00A5",
                                                            "\u20B9"};

char upper_ascii(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

bool strip_symbol_prefix(std::string_view& text) {
  for (std::string_view symbol : kAmountSymbols) {
    if (text.starts_with(symbol)) {
      text.remove_prefix(symbol.size());
      return true;
    }
  }
  return false;
}

bool strip_symbol_suffix(std::string_view& text) {
  for (std::string_view symbol : kAmountSymbols) {
    if (text.ends_with(symbol)) {
      text.remove_suffix(symbol.size());
      return true;
    }
  }
  return false;
}

// Whether comma-separated digit groups follow Western (1,234,567) or Indian (12,34,567)
// grouping. `groups` holds the lengths of the groups, first to last; there are at least two.
bool valid_grouping(const int* groups, std::size_t count) {
  if (groups[count - 1] != 3) return false;
  bool western = groups[0] >= 1 && groups[0] <= 3;
  bool indian = groups[0] >= 1 && groups[0] <= 2;
  for (std::size_t i = 1; i + 1 < count; ++i) {
    western = western && groups[i] == 3;
    indian = indian && groups[i] == 2;
  }
  return western || indian;
}

// Equal ignoring ASCII case; `lower` is already lower-case.
bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (lower_ascii(text[i]) != lower[i]) return false;
  }
  return true;
}

bool starts_with_lower(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && equals_lower(text.substr(0, lower.size()), lower);
}

struct PeriodWord {
  std::string_view word;
  PayPeriod period;
};

constexpr std::array<PeriodWord, 25> kPeriodWords = {{
    {"hour", PayPeriod::hour},     {"hours", PayPeriod::hour},   {"hourly", PayPeriod::hour},
    {"hr", PayPeriod::hour},       {"hrs", PayPeriod::hour},     {"day", PayPeriod::day},
    {"days", PayPeriod::day},      {"daily", PayPeriod::day},    {"week", PayPeriod::week},
    {"weeks", PayPeriod::week},    {"weekly", PayPeriod::week},  {"wk", PayPeriod::week},
    {"month", PayPeriod::month},   {"months", PayPeriod::month}, {"monthly", PayPeriod::month},
    {"mo", PayPeriod::month},      {"mth", PayPeriod::month},    {"year", PayPeriod::year},
    {"years", PayPeriod::year},    {"yearly", PayPeriod::year},  {"annual", PayPeriod::year},
    {"annually", PayPeriod::year}, {"annum", PayPeriod::year},   {"yr", PayPeriod::year},
    {"yrs", PayPeriod::year},
}};

struct CurrencySymbol {
  std::string_view symbol;  // lower-case where it has letters
  std::string_view code;
};

constexpr std::array<CurrencySymbol, 12> kCurrencySymbols = {{
    {"$", "USD"},
    {"us$", "USD"},
    {"\u20AC", "EUR"},
    {"\u00A3", "GBP"},
    {"\u20B9", "INR"},
    {"\u00A5", "JPY"},
    {"a$", "AUD"},
    {"au$", "AUD"},
    {"c$", "CAD"},
    {"ca$", "CAD"},
    {"s$", "SGD"},
    {"r$", "BRL"},
}};

}  // namespace

std::optional<double> parse_amount(std::string_view text) {
  text = trim(text);
  if (!strip_symbol_prefix(text)) {
    if (strip_symbol_suffix(text)) text = trim(text);
  } else {
    text = trim(text);
  }
  if (text.empty()) return std::nullopt;

  double multiplier = 1.0;
  if (text.back() == 'k' || text.back() == 'K') {
    multiplier = 1000.0;
    text.remove_suffix(1);
  }

  // Copy the number without thousands separators, checking the grammar on the way:
  // digits[,ddd...][.digits][e[+-]digits]. Signs, "inf" and "nan" never get through.
  std::array<char, 64> buffer{};
  std::size_t length = 0;
  std::array<int, 16> groups{};
  std::size_t group_count = 1;
  int mantissa_digits = 0;
  std::size_t i = 0;
  for (; i < text.size() && (is_ascii_digit(text[i]) || text[i] == ','); ++i) {
    if (text[i] == ',') {
      if (groups[group_count - 1] == 0 || group_count == groups.size()) {
        return std::nullopt;
      }
      ++group_count;
      continue;
    }
    if (length == buffer.size()) return std::nullopt;
    buffer[length++] = text[i];
    ++groups[group_count - 1];
    ++mantissa_digits;
  }
  if (group_count > 1 && !valid_grouping(groups.data(), group_count)) return std::nullopt;
  if (i < text.size() && text[i] == '.') {
    if (length == buffer.size()) return std::nullopt;
    buffer[length++] = '.';
    for (++i; i < text.size() && is_ascii_digit(text[i]); ++i) {
      if (length == buffer.size()) return std::nullopt;
      buffer[length++] = text[i];
      ++mantissa_digits;
    }
  }
  if (mantissa_digits == 0) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    if (multiplier != 1.0) return std::nullopt;  // "1e3k" is not an amount
    const std::size_t exponent_start = i;
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t digits_start = i;
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    if (i == digits_start || length + (i - exponent_start) > buffer.size()) return std::nullopt;
    for (std::size_t k = exponent_start; k < i; ++k) buffer[length++] = text[k];
  }
  if (i != text.size()) return std::nullopt;

  double value = 0.0;
  const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + length, value);
  if (ec != std::errc{} || end != buffer.data() + length) return std::nullopt;
  value *= multiplier;
  if (!std::isfinite(value) || value <= 0.0) return std::nullopt;
  return value;
}

std::optional<PayPeriod> parse_pay_period(std::string_view text) {
  text = trim(text);
  if (starts_with_lower(text, "per ")) {
    text = trim(text.substr(4));
  } else if (starts_with_lower(text, "a ")) {
    text = trim(text.substr(2));
  } else if (!text.empty() && text.front() == '/') {
    text = trim(text.substr(1));
  }
  for (const PeriodWord& entry : kPeriodWords) {
    if (equals_lower(text, entry.word)) return entry.period;
  }
  return std::nullopt;
}

double periods_per_year(PayPeriod period) {
  switch (period) {
    case PayPeriod::hour:
      return 2080.0;
    case PayPeriod::day:
      return 260.0;
    case PayPeriod::week:
      return 52.0;
    case PayPeriod::month:
      return 12.0;
    case PayPeriod::year:
      return 1.0;
  }
  return 1.0;
}

std::string_view to_string(PayPeriod period) {
  switch (period) {
    case PayPeriod::hour:
      return "hour";
    case PayPeriod::day:
      return "day";
    case PayPeriod::week:
      return "week";
    case PayPeriod::month:
      return "month";
    case PayPeriod::year:
      return "year";
  }
  return "year";
}

std::optional<std::string> normalise_currency(std::string_view text) {
  text = trim(text);
  if (text.size() == 3) {
    bool letters = true;
    for (char c : text) letters = letters && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (letters) {
      std::string code(text);
      for (char& c : code) c = upper_ascii(c);
      return code;
    }
  }
  for (const CurrencySymbol& entry : kCurrencySymbols) {
    if (equals_lower(text, entry.symbol)) return std::string(entry.code);
  }
  return std::nullopt;
}

}  // namespace jobsight
