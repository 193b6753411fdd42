#include "normalise/money.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "util/text.hpp"

namespace jobsight {

namespace {

constexpr std::array<std::string_view, 5> kAmountSymbols = {"$", "\u20AC", "\u00A3", "\u00A5",
                                                            "\u20B9"};

constexpr std::string_view kNbsp = "\u00A0";
constexpr std::string_view kNarrowNbsp = "\u202F";
constexpr std::string_view kRightQuote = "\u2019";

char upper_ascii(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// trim(), and also NBSP and narrow NBSP at either end.
std::string_view trim_spaces(std::string_view text) {
  for (;;) {
    text = trim(text);
    if (text.starts_with(kNbsp)) {
      text.remove_prefix(kNbsp.size());
    } else if (text.starts_with(kNarrowNbsp)) {
      text.remove_prefix(kNarrowNbsp.size());
    } else if (text.ends_with(kNbsp)) {
      text.remove_suffix(kNbsp.size());
    } else if (text.ends_with(kNarrowNbsp)) {
      text.remove_suffix(kNarrowNbsp.size());
    } else {
      return text;
    }
  }
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

enum class Separator { comma, dot, apostrophe, space };

// The length of the separator that starts at text[i] (and its kind), 0 when there is none.
std::size_t separator_at(std::string_view text, std::size_t i, Separator& kind) {
  const std::string_view rest = text.substr(i);
  switch (rest.front()) {
    case ',':
      kind = Separator::comma;
      return 1;
    case '.':
      kind = Separator::dot;
      return 1;
    case '\'':
      kind = Separator::apostrophe;
      return 1;
    case ' ':
      kind = Separator::space;
      return 1;
    default:
      break;
  }
  if (rest.starts_with(kNbsp)) {
    kind = Separator::space;
    return kNbsp.size();
  }
  if (rest.starts_with(kNarrowNbsp)) {
    kind = Separator::space;
    return kNarrowNbsp.size();
  }
  if (rest.starts_with(kRightQuote)) {
    kind = Separator::apostrophe;
    return kRightQuote.size();
  }
  return 0;
}

// Whether the digit groups runs[0..count) separated by thousands separators of kind `kind` are
// grouped the Western way (1,234,567) or, with commas, the Indian way (12,34,567).
bool valid_grouping(const std::string_view* runs, std::size_t count, Separator kind) {
  if (runs[0].size() > 3 || runs[0].front() == '0' || runs[count - 1].size() != 3) return false;
  bool western = true;
  bool indian = kind == Separator::comma && runs[0].size() <= 2;
  for (std::size_t i = 1; i + 1 < count; ++i) {
    western = western && runs[i].size() == 3;
    indian = indian && runs[i].size() == 2;
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

// Lower-cases ASCII letters and the upper-case Latin-1 letters (À..Þ, two bytes in UTF-8), and
// drops `.` and `-`, so "P.A." is "pa", "Bi-Weekly" is "biweekly" and "AÑO" is "año".
std::string fold_period(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '-') continue;
    out += lower_ascii(c);
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const bool upper = next >= 0x80 && next <= 0x9E && next != 0x97;  // 0x97 is ×
      out += static_cast<char>(upper ? next + 0x20 : next);
      ++i;
    }
  }
  return out;
}

struct PeriodWord {
  std::string_view word;  // as fold_period leaves it
  PayPeriod period;
};

constexpr std::array<PeriodWord, 52> kPeriodWords = {{
    {"hour", PayPeriod::hour},
    {"hours", PayPeriod::hour},
    {"hourly", PayPeriod::hour},
    {"hr", PayPeriod::hour},
    {"hrs", PayPeriod::hour},
    {"ph", PayPeriod::hour},
    {"stunde", PayPeriod::hour},
    {"heure", PayPeriod::hour},
    {"hora", PayPeriod::hour},
    {"day", PayPeriod::day},
    {"days", PayPeriod::day},
    {"daily", PayPeriod::day},
    {"week", PayPeriod::week},
    {"weeks", PayPeriod::week},
    {"weekly", PayPeriod::week},
    {"wk", PayPeriod::week},
    {"biweekly", PayPeriod::biweek},
    {"biweek", PayPeriod::biweek},
    {"month", PayPeriod::month},
    {"months", PayPeriod::month},
    {"monthly", PayPeriod::month},
    {"mo", PayPeriod::month},
    {"mth", PayPeriod::month},
    {"monat", PayPeriod::month},
    {"monatlich", PayPeriod::month},
    {"mois", PayPeriod::month},
    {"mensuel", PayPeriod::month},
    {"mes", PayPeriod::month},
    {"mensual", PayPeriod::month},
    {"m\u00EAs", PayPeriod::month},
    {"mensal", PayPeriod::month},
    {"year", PayPeriod::year},
    {"years", PayPeriod::year},
    {"yearly", PayPeriod::year},
    {"annual", PayPeriod::year},
    {"annually", PayPeriod::year},
    {"annum", PayPeriod::year},
    {"yr", PayPeriod::year},
    {"yrs", PayPeriod::year},
    {"pa", PayPeriod::year},
    {"jahr", PayPeriod::year},
    {"j\u00E4hrlich", PayPeriod::year},
    {"an", PayPeriod::year},
    {"ann\u00E9e", PayPeriod::year},
    {"annee", PayPeriod::year},
    {"annuel", PayPeriod::year},
    {"a\u00F1o", PayPeriod::year},
    {"anual", PayPeriod::year},
    {"ano", PayPeriod::year},
    {"mensuelle", PayPeriod::month},
    {"annuelle", PayPeriod::year},
    // Indian boards write "P.M." beside "P.A.": per month (folded, "pm").
    {"pm", PayPeriod::month},
}};

constexpr std::array<std::string_view, 8> kPeriodPrefixes = {"per ", "a ",   "an ", "pro ",
                                                             "par ", "por ", "al ", "ao "};

std::optional<PayPeriod> period_word(std::string_view word) {
  for (const PeriodWord& entry : kPeriodWords) {
    if (word == entry.word) return entry.period;
  }
  return std::nullopt;
}

struct CurrencySymbol {
  std::string_view symbol;  // lower-case where it has ASCII letters
  std::string_view code;
};

constexpr std::array<CurrencySymbol, 20> kCurrencySymbols = {{
    {"$", "USD"},        {"us$", "USD"},      {"\u20AC", "EUR"},  {"\u00A3", "GBP"},
    {"\u20B9", "INR"},   {"rs", "INR"},       {"rs.", "INR"},     {"\u00A5", "JPY"},
    {"jp\u00A5", "JPY"}, {"cn\u00A5", "CNY"}, {"z\u0142", "PLN"}, {"z\u0141", "PLN"},
    {"a$", "AUD"},       {"au$", "AUD"},      {"c$", "CAD"},      {"ca$", "CAD"},
    {"s$", "SGD"},       {"nz$", "NZD"},      {"hk$", "HKD"},     {"r$", "BRL"},
}};

}  // namespace

std::optional<double> parse_decimal(std::string_view text, int power_of_ten) {
  if (text.empty() || power_of_ten < 0 || power_of_ten > 18) return std::nullopt;

  // Split off an exponent: it only follows an ungrouped number, so no scaling is combined.
  std::string_view mantissa = text;
  std::string_view exponent;
  bool has_exponent = false;
  if (const std::size_t e = text.find_first_of("eE"); e != std::string_view::npos) {
    has_exponent = true;
    mantissa = text.substr(0, e);
    exponent = text.substr(e + 1);
    std::string_view digits = exponent;
    if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
      digits.remove_prefix(1);
    }
    if (!all_digits(digits) || power_of_ten != 0) return std::nullopt;
  }
  if (mantissa.empty()) return std::nullopt;

  // The digit runs and the separators between them.
  constexpr std::size_t kMaxRuns = 32;
  std::array<std::string_view, kMaxRuns> runs{};
  std::array<Separator, kMaxRuns> seps{};
  std::size_t run_count = 0;
  bool leading_dot = false;
  std::size_t i = 0;
  if (mantissa.front() == '.') {
    leading_dot = true;
    i = 1;
  }
  while (i < mantissa.size()) {
    const std::size_t start = i;
    while (i < mantissa.size() && is_ascii_digit(mantissa[i])) ++i;
    if (i == start || run_count == kMaxRuns) return std::nullopt;
    runs[run_count++] = mantissa.substr(start, i - start);
    if (i == mantissa.size()) break;
    Separator kind{};
    const std::size_t length = separator_at(mantissa, i, kind);
    if (length == 0) return std::nullopt;
    seps[run_count - 1] = kind;
    i += length;
    if (i == mantissa.size()) {
      // "42." is 42; no other separator may end a number.
      if (kind != Separator::dot || run_count != 1) return std::nullopt;
    }
  }
  if (run_count == 0) return std::nullopt;
  if (leading_dot && run_count != 1) return std::nullopt;

  // Which run is the fraction, and how many runs make the integer part.
  std::size_t integer_count = run_count;
  std::string_view fraction;
  std::optional<Separator> decimal_mark;
  if (leading_dot) {
    integer_count = 0;
    fraction = runs[0];
    decimal_mark = Separator::dot;
  } else if (has_exponent) {
    // With an exponent: digits[.digits] only.
    if (run_count > 2 || (run_count == 2 && seps[0] != Separator::dot)) return std::nullopt;
    if (run_count == 2) {
      integer_count = 1;
      fraction = runs[1];
      decimal_mark = Separator::dot;
    }
  } else if (run_count >= 2) {
    const Separator last = seps[run_count - 2];
    const std::size_t length = runs[run_count - 1].size();
    const bool decimal = (last == Separator::comma || last == Separator::dot) &&
                         (length <= 2 || (last == Separator::dot && length >= 4));
    if (decimal) {
      integer_count = run_count - 1;
      fraction = runs[run_count - 1];
      decimal_mark = last;
    } else if (length != 3) {
      return std::nullopt;
    }
  }
  if (integer_count >= 2) {
    const Separator thousands = seps[0];
    for (std::size_t k = 1; k + 1 < integer_count; ++k) {
      if (seps[k] != thousands) return std::nullopt;
    }
    if (decimal_mark == thousands) return std::nullopt;
    if (!valid_grouping(runs.data(), integer_count, thousands)) return std::nullopt;
  }

  // Digits, '.', fraction, 'e' and the exponent or the power of ten, for one correctly rounded
  // conversion.
  std::array<char, 72> buffer{};
  std::size_t length = 0;
  auto append = [&](std::string_view part) {
    if (part.size() > buffer.size() - length) return false;
    for (char c : part) buffer[length++] = c;
    return true;
  };
  for (std::size_t k = 0; k < integer_count; ++k) {
    if (!append(runs[k])) return std::nullopt;
  }
  if (!fraction.empty() && !(append(".") && append(fraction))) return std::nullopt;
  if (length == 0 || length > 64) return std::nullopt;
  if (has_exponent && !(append("e") && append(exponent))) return std::nullopt;
  if (power_of_ten != 0) {
    const std::string power = "e" + std::to_string(power_of_ten);
    if (!append(power)) return std::nullopt;
  }

  double value = 0.0;
  const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + length, value);
  if (ec != std::errc{} || end != buffer.data() + length) return std::nullopt;
  if (!std::isnormal(value) || value <= 0.0) return std::nullopt;
  return value;
}

std::optional<double> parse_amount(std::string_view text) {
  text = trim_spaces(text);
  if (strip_symbol_prefix(text) || strip_symbol_suffix(text)) text = trim_spaces(text);
  if (text.empty()) return std::nullopt;
  int power_of_ten = 0;
  if (text.back() == 'k' || text.back() == 'K') {
    power_of_ten = 3;
    text.remove_suffix(1);
  }
  return parse_decimal(text, power_of_ten);
}

std::optional<PayPeriod> parse_pay_period(std::string_view text) {
  const std::string folded = fold_period(trim_spaces(text));
  std::string_view word = folded;
  if (std::optional<PayPeriod> period = period_word(word)) return period;
  if (word.starts_with('/')) {
    word = trim_spaces(word.substr(1));
    if (word == "h") return PayPeriod::hour;
    return period_word(word);
  }
  for (std::string_view prefix : kPeriodPrefixes) {
    if (word.starts_with(prefix)) return period_word(trim_spaces(word.substr(prefix.size())));
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
    case PayPeriod::biweek:
      return 26.0;
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
    case PayPeriod::biweek:
      return "biweek";
    case PayPeriod::month:
      return "month";
    case PayPeriod::year:
      return "year";
  }
  return "year";
}

std::optional<std::string> normalise_currency(std::string_view text) {
  text = trim_spaces(text);
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

bool is_bare_dollar(std::string_view text) {
  return trim_spaces(text) == "$";
}

}  // namespace jobsight
