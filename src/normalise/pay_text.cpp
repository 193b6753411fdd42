#include "normalise/pay_text.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "util/text.hpp"

namespace jobsight {
namespace {

// ---- Characters ------------------------------------------------------------------------------

// The code point at text[i] and its length in bytes; a byte that does not start a valid UTF-8
// sequence reads as U+FFFD with length 1.
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  std::size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  }
  cp = 0xFFFD;
  if (length == 0 || length > text.size() - i) return 1;
  char32_t value = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 1;
    value = (value << 6) | (next & 0x3F);
  }
  cp = value;
  return length;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool is_dash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

// ASCII letters and, roughly, the letters of other scripts: not Latin-1 punctuation, not the
// punctuation, currency and symbol blocks, not replacement or format characters.
bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)) return false;
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFFD) return false;
  return true;
}

// Punctuation between tokens that only separates them.
bool is_skipped_punctuation(char32_t cp) {
  switch (cp) {
    case ',':
    case ';':
    case '.':
    case ':':
    case '!':
    case '?':
    case '"':
    case '\'':
    case '`':
    case '~':
    case '*':
    case '|':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
      return true;
    default:
      return false;
  }
}

bool has_ascii_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_ascii_digit);
}

bool has_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    i += decode(text, i, cp);
    if (is_letter(cp)) return true;
  }
  return false;
}

// Lower-case ASCII, without '.', '-' and '\'': "P.A." -> "pa", "Bi-Weekly" -> "biweekly".
std::string fold_word(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '.' && c != '-' && c != '\'') out += lower_ascii(c);
  }
  return out;
}

// ---- Vocabulary ------------------------------------------------------------------------------

// ISO 4217 codes read as currencies in pay text (a three-letter word that is not one, such as
// "DOE", is a word).
constexpr std::array<std::string_view, 50> kCurrencyCodes = {
    "usd", "eur", "gbp", "cad", "aud", "nzd", "inr", "sgd", "chf", "jpy", "cny", "hkd", "brl",
    "pln", "sek", "nok", "dkk", "isk", "zar", "mxn", "aed", "czk", "huf", "ron", "bgn", "ils",
    "krw", "try", "rub", "uah", "php", "myr", "idr", "thb", "vnd", "ngn", "kes", "egp", "pkr",
    "bdt", "lkr", "twd", "ars", "clp", "cop", "pen", "sar", "qar", "kwd", "mad"};

// Currencies written with a "$": a bare "$" beside one of these codes is that currency.
constexpr std::array<std::string_view, 12> kDollarCodes = {
    "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "BRL", "ARS", "CLP", "COP"};

struct Multiplier {
  std::string_view word;  // folded
  int power_of_ten;
  bool per_year;  // LPA: lakhs per annum
};

constexpr std::array<Multiplier, 15> kMultipliers = {{
    {"k", 3, false},
    {"thousand", 3, false},
    {"m", 6, false},
    {"mn", 6, false},
    {"million", 6, false},
    {"l", 5, false},
    {"lakh", 5, false},
    {"lakhs", 5, false},
    {"lac", 5, false},
    {"lacs", 5, false},
    {"lpa", 5, true},
    {"cr", 7, false},
    {"crore", 7, false},
    {"crores", 7, false},
    {"crs", 7, false},
}};

// Words a period word may follow ("per hour", "an hour", "par mois", "por mes", "al mes").
constexpr std::array<std::string_view, 8> kPeriodPrefixes = {"per", "a",   "an", "pro",
                                                             "par", "por", "al", "ao"};

// Plurals parse_pay_period knows that count things in pay text ("5 years experience").
constexpr std::array<std::string_view, 5> kCountingPlurals = {"hours", "days", "weeks", "months",
                                                              "years"};

// Periods SPEC 2.2 does not define: refused rather than read as a year.
constexpr std::array<std::string_view, 12> kUnknownPeriods = {
    "fortnight",  "fortnightly", "quarter",    "quarterly",    "semimonthly", "bimonthly",
    "semiannual", "biannual",    "biannually", "semiannually", "semiweekly",  "triweekly"};

// Labels allowed before the first figure.
constexpr std::array<std::string_view, 16> kLabels = {
    "salary", "pay", "base",      "gross", "approx", "approximately", "around", "about",
    "circa",  "ca",  "estimated", "est",   "ctc",    "rate",          "wage",   "compensation"};

// Words that say there is no pay figure, in text without digits.
constexpr std::array<std::string_view, 16> kNoPayWords = {
    "competitive", "negotiable", "unpaid",    "undisclosed", "unspecified", "confidential",
    "tbd",         "tba",        "tbc",       "none",        "nil",         "na",
    "doe",         "volunteer",  "voluntary", "negotiate"};

// Phrases (folded words) that say there is no pay figure, in text without digits.
constexpr std::array<std::array<std::string_view, 3>, 13> kNoPayPhrases = {{
    {"not", "disclosed", ""},
    {"not", "specified", ""},
    {"not", "provided", ""},
    {"not", "available", ""},
    {"not", "mentioned", ""},
    {"not", "stated", ""},
    {"not", "given", ""},
    {"n", "a", ""},
    {"depending", "on", "experience"},
    {"depends", "on", "experience"},
    {"dependent", "on", "experience"},
    {"on", "request", ""},
    {"best", "in", "industry"},  // Indian boards
}};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// ---- Tokens ----------------------------------------------------------------------------------

enum class TokenType { number, word, currency, dash, slash, plus, percent, other };

struct Token {
  TokenType type = TokenType::other;
  std::string_view text;  // as written
  std::string word;       // words: fold_word(text)
  std::string currency;   // currency tokens: the ISO code, "" for a bare "$"
  bool spaced = true;     // a space or punctuation (or the start) comes before it
};

// The end of the number that starts at s[i] (a digit, or '.' before a digit): digits, then
// ',' '.' '\'' or U+2019 before a digit, a space, NBSP or narrow NBSP between a digit and exactly
// three digits, and an exponent after a digit.
std::size_t scan_number(std::string_view s, std::size_t i) {
  const auto digit_at = [&](std::size_t k) { return k < s.size() && is_ascii_digit(s[k]); };
  while (i < s.size()) {
    if (is_ascii_digit(s[i])) {
      ++i;
      continue;
    }
    const std::string_view rest = s.substr(i);
    std::size_t mark = 0;
    if (s[i] == ',' || s[i] == '.' || s[i] == '\'') {
      mark = 1;
    } else if (rest.starts_with("\u2019")) {
      mark = 3;
    }
    if (mark != 0 && digit_at(i + mark)) {
      i += mark;
      continue;
    }
    std::size_t space = 0;
    if (s[i] == ' ') {
      space = 1;
    } else if (rest.starts_with("\u00A0")) {
      space = 2;
    } else if (rest.starts_with("\u202F")) {
      space = 3;
    }
    if (space != 0 && i > 0 && is_ascii_digit(s[i - 1]) && digit_at(i + space) &&
        digit_at(i + space + 1) && digit_at(i + space + 2) && !digit_at(i + space + 3)) {
      i += space;
      continue;
    }
    if ((s[i] == 'e' || s[i] == 'E') && i > 0 && is_ascii_digit(s[i - 1])) {
      std::size_t k = i + 1;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
      if (digit_at(k)) {
        while (digit_at(k)) ++k;
        return k;
      }
    }
    break;
  }
  return i;
}

// The ISO code a word names as a currency ("usd", "rs", "zł"), or nullopt.
std::optional<std::string> word_currency(const std::string& folded) {
  if (folded.size() == 3 &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    if (folded == "rmb") return "CNY";
    if (!contains(kCurrencyCodes, folded)) return std::nullopt;
    std::string code = folded;
    for (char& c : code) c = static_cast<char>(c - 'a' + 'A');
    return code;
  }
  return normalise_currency(folded);
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  bool spaced = true;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    const std::size_t length = decode(s, i, cp);
    if (is_space(cp) || is_skipped_punctuation(cp)) {
      // A '.' right before a digit starts a number (".5").
      if (!(cp == '.' && i + 1 < s.size() && is_ascii_digit(s[i + 1]))) {
        spaced = true;
        i += length;
        continue;
      }
    }
    Token token;
    token.spaced = spaced;
    spaced = false;
    const std::size_t start = i;
    if (is_ascii_digit(s[i]) || s[i] == '.') {
      token.type = TokenType::number;
      i = scan_number(s, i);
    } else if (is_letter(cp)) {
      i += length;
      while (i < s.size()) {
        char32_t next = 0;
        const std::size_t next_length = decode(s, i, next);
        if (is_letter(next) || next == '.') {
          i += next_length;
          continue;
        }
        if (next == '-' || next == '\'') {
          // Inside a word ("bi-weekly", "p.a.'s"): only between letters.
          char32_t after = 0;
          if (i + 1 < s.size()) decode(s, i + 1, after);
          if (is_letter(after)) {
            ++i;
            continue;
          }
        }
        break;
      }
      token.word = fold_word(s.substr(start, i - start));
      const std::string_view rest = s.substr(i);
      if (rest.starts_with('$') || rest.starts_with("\u00A5")) {
        // "US$", "S$", "R$", "CN¥": a prefix glued to a dollar or yen sign.
        i += rest.starts_with('$') ? 1 : 2;
        token.text = s.substr(start, i - start);
        std::optional<std::string> code = normalise_currency(token.text);
        token.type = code ? TokenType::currency : TokenType::other;
        token.currency = code.value_or("");
        tokens.push_back(std::move(token));
        continue;
      }
      if (std::optional<std::string> code = word_currency(token.word)) {
        token.type = TokenType::currency;
        token.currency = *code;
      } else {
        token.type = TokenType::word;
      }
    } else {
      i += length;
      if (cp == '$') {
        token.type = TokenType::currency;
      } else if (cp == 0xA3 || cp == 0xA5 || cp == 0x20AC || cp == 0x20B9) {
        token.type = TokenType::currency;
        token.currency = normalise_currency(s.substr(start, length)).value_or("");
      } else if (is_dash(cp)) {
        token.type = TokenType::dash;
      } else if (cp == '/') {
        token.type = TokenType::slash;
      } else if (cp == '+') {
        token.type = TokenType::plus;
      } else if (cp == '%') {
        token.type = TokenType::percent;
      } else {
        token.type = TokenType::other;
      }
    }
    token.text = s.substr(start, i - start);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// ---- Reading ---------------------------------------------------------------------------------

struct Amount {
  std::string_view number;
  int power_of_ten = 0;
  bool multiplied = false;
};

enum class PeriodMatch { none, found, unknown, slash_unknown };

class Reader {
 public:
  explicit Reader(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  // Reads the period words of a label ("Hourly rate:"), nothing else.
  void read_label() { read_notes(); }

  // Reads figures, currencies, periods and notes; false with reason() when unparsable.
  bool read_figures() {
    if (!read_lead_in()) return false;
    if (at_ >= tokens_.size()) return fail("no number");
    first_ = read_amount();
    if (failed()) return false;
    if (!read_after_first()) return false;
    if (second_ && !read_after_second()) return false;
    read_notes();
    return !failed();
  }

  bool failed() const { return reason_ != nullptr; }
  const char* reason() const { return reason_; }
  const Amount& first() const { return first_; }
  const std::optional<Amount>& second() const { return second_; }
  bool only_high() const { return only_high_; }
  bool only_low() const { return only_low_; }
  bool plus_after() const { return plus_after_; }
  const std::vector<std::string>& currencies() const { return currencies_; }
  const std::optional<PayPeriod>& period() const { return period_; }

  bool fail(const char* reason) {
    if (reason_ == nullptr) reason_ = reason;
    return false;
  }

 private:
  bool at_end() const { return at_ >= tokens_.size(); }
  const Token& token(std::size_t offset = 0) const { return tokens_[at_ + offset]; }
  bool has(std::size_t offset) const { return at_ + offset < tokens_.size(); }
  bool is_word(std::size_t offset, std::string_view word) const {
    return has(offset) && token(offset).type == TokenType::word && token(offset).word == word;
  }

  void add_period(PayPeriod period) {
    if (period_ && *period_ != period) fail("two periods");
    period_ = period;
  }

  // A period at the current token: a period word, a prefix and a period word, or "/" and one.
  PeriodMatch match_period(PayPeriod& period, std::size_t& consumed) const {
    const Token& first = token();
    if (first.type == TokenType::slash) {
      if (!has(1) || token(1).type != TokenType::word) return PeriodMatch::none;
      consumed = 2;
      if (contains(kUnknownPeriods, token(1).word)) return PeriodMatch::unknown;
      std::optional<PayPeriod> found = parse_pay_period("/" + token(1).word);
      if (!found) return PeriodMatch::slash_unknown;
      period = *found;
      return PeriodMatch::found;
    }
    if (first.type != TokenType::word) return PeriodMatch::none;
    consumed = 1;
    if (contains(kUnknownPeriods, first.word)) return PeriodMatch::unknown;
    if (contains(kPeriodPrefixes, first.word) && has(1) && token(1).type == TokenType::word) {
      const std::string& next = token(1).word;
      if (contains(kUnknownPeriods, next)) {
        consumed = 2;
        return PeriodMatch::unknown;
      }
      if (!contains(kCountingPlurals, next)) {
        if (std::optional<PayPeriod> found = parse_pay_period(next)) {
          consumed = 2;
          period = *found;
          return PeriodMatch::found;
        }
      }
    }
    if (contains(kCountingPlurals, first.word)) return PeriodMatch::none;
    if (std::optional<PayPeriod> found = parse_pay_period(first.word)) {
      period = *found;
      return PeriodMatch::found;
    }
    return PeriodMatch::none;
  }

  // Consumes a period at the current token; false when there is none. An unknown period fails;
  // "/" and an unknown word fails when `strict_slash`, else is skipped.
  bool take_period(bool strict_slash) {
    PayPeriod period{};
    std::size_t consumed = 0;
    switch (match_period(period, consumed)) {
      case PeriodMatch::none:
        return false;
      case PeriodMatch::found:
        add_period(period);
        break;
      case PeriodMatch::unknown:
        fail("unknown period");
        break;
      case PeriodMatch::slash_unknown:
        if (strict_slash) fail("unknown period");
        break;
    }
    at_ += consumed;
    return true;
  }

  bool read_lead_in() {
    while (!at_end() && !failed() && token().type != TokenType::number) {
      const Token& t = token();
      if (t.type == TokenType::currency) {
        currencies_.push_back(t.currency);
        ++at_;
        continue;
      }
      if (take_period(true)) continue;
      if (t.type == TokenType::dash) return fail("negative amount");
      if (t.type != TokenType::word) return fail("unexpected character");
      const std::string& w = t.word;
      if (w == "up" && is_word(1, "to")) {
        only_high_ = true;
        at_ += 2;
      } else if (w == "upto" || w == "max" || w == "maximum") {
        only_high_ = true;
        ++at_;
      } else if (w == "at" && is_word(1, "least")) {
        only_low_ = true;
        at_ += 2;
      } else if (w == "starting" && (is_word(1, "at") || is_word(1, "from"))) {
        only_low_ = true;
        at_ += 2;
      } else if (w == "from" || w == "ab" || w == "min" || w == "minimum" || w == "starting") {
        only_low_ = true;
        ++at_;
      } else if (w == "between") {
        between_ = true;
        ++at_;
      } else if (contains(kLabels, w)) {
        ++at_;
      } else {
        return fail("text before the figure");
      }
    }
    return !failed();
  }

  // The number at the current token and the multiplier after it.
  Amount read_amount() {
    Amount amount;
    amount.number = token().text;
    ++at_;
    if (!at_end() && token().type == TokenType::word) {
      for (const Multiplier& m : kMultipliers) {
        if (token().word != m.word) continue;
        amount.power_of_ten = m.power_of_ten;
        amount.multiplied = true;
        if (m.per_year) add_period(PayPeriod::year);
        ++at_;
        break;
      }
    }
    if (!at_end() && token().type == TokenType::percent) fail("percentage");
    return amount;
  }

  bool is_range_separator() const {
    const Token& t = token();
    return t.type == TokenType::dash || (t.type == TokenType::word && t.word == "to") ||
           (between_ && t.type == TokenType::word && t.word == "and");
  }

  // After a range separator: the offset of the number that follows, past currencies; 0 if none.
  std::size_t number_after_separator() const {
    std::size_t offset = 1;
    while (has(offset) && token(offset).type == TokenType::currency) ++offset;
    return has(offset) && token(offset).type == TokenType::number ? offset : 0;
  }

  bool read_after_first() {
    while (!at_end() && !failed()) {
      const Token& t = token();
      if (t.type == TokenType::currency) {
        currencies_.push_back(t.currency);
        ++at_;
        continue;
      }
      if (take_period(true)) continue;
      if (t.type == TokenType::plus) {
        if (!t.spaced && (!has(1) || token(1).spaced)) {
          plus_after_ = true;
          ++at_;
          continue;
        }
        stop();
        return true;
      }
      if (is_range_separator()) {
        if (const std::size_t offset = number_after_separator(); offset != 0) {
          for (std::size_t k = 1; k < offset; ++k) currencies_.push_back(token(k).currency);
          at_ += offset;
          second_ = read_amount();
          return !failed();
        }
        return start_notes();
      }
      if (t.type == TokenType::number) return fail("two figures without a range");
      return start_notes();
    }
    return !failed();
  }

  bool read_after_second() {
    while (!at_end() && !failed()) {
      const Token& t = token();
      if (t.type == TokenType::currency) {
        currencies_.push_back(t.currency);
        ++at_;
        continue;
      }
      if (take_period(true)) continue;
      if (t.type == TokenType::plus) {
        stop();
        return true;
      }
      if (t.type == TokenType::number || (is_range_separator() && number_after_separator() != 0)) {
        return fail("more than two figures");
      }
      return start_notes();
    }
    return !failed();
  }

  // The notes start at the current token, unless it counts something ("5 years", "40 hours").
  bool start_notes() {
    const Token& t = token();
    if (t.type == TokenType::word && contains(kCountingPlurals, t.word)) {
      return fail("a count, not pay");
    }
    return true;
  }

  // Notes: period words count, "+" or "plus" ends the reading, the rest is skipped.
  void read_notes() {
    while (!at_end() && !failed()) {
      const Token& t = token();
      if (t.type == TokenType::plus || (t.type == TokenType::word && t.word == "plus")) {
        stop();
        return;
      }
      if (!take_period(false)) ++at_;
    }
  }

  void stop() { at_ = tokens_.size(); }

  std::vector<Token> tokens_;
  std::size_t at_ = 0;
  const char* reason_ = nullptr;
  Amount first_;
  std::optional<Amount> second_;
  bool only_high_ = false;
  bool only_low_ = false;
  bool between_ = false;
  bool plus_after_ = false;
  std::vector<std::string> currencies_;  // as named, "" for a bare "$"
  std::optional<PayPeriod> period_;
};

// ---- The whole text --------------------------------------------------------------------------

PayTextResult failure(std::string_view reason) {
  PayTextResult result;
  result.kind = PayTextResult::Kind::unparsable;
  result.reason = std::string(reason);
  return result;
}

PayTextResult no_pay() {
  PayTextResult result;
  result.kind = PayTextResult::Kind::no_pay;
  return result;
}

// The text without bracketed notes (each bracket and its content becomes one space), or with
// only the brackets blanked when `keep_content`. An unclosed bracket runs to the end.
std::string without_brackets(std::string_view text, bool keep_content) {
  std::string out;
  out.reserve(text.size());
  std::size_t depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[' || c == '{') {
      if (depth == 0 || keep_content) out += ' ';
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth > 0) --depth;
      out += ' ';
    } else if (depth == 0 || keep_content) {
      out += c;
    }
  }
  return out;
}

bool says_no_pay(std::string_view text) {
  if (!has_letter(text)) return true;
  std::vector<std::string> words;
  for (const Token& token : tokenize(text)) {
    if (token.type == TokenType::word || token.type == TokenType::currency) {
      words.push_back(token.word);
    }
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (contains(kNoPayWords, words[i])) return true;
    for (const auto& phrase : kNoPayPhrases) {
      std::size_t k = 0;
      while (k < phrase.size() && !phrase[k].empty() && i + k < words.size() &&
             words[i + k] == phrase[k]) {
        ++k;
      }
      if (k == phrase.size() || (k < phrase.size() && phrase[k].empty())) return true;
    }
  }
  return false;
}

// True when the number has digits and all of them are 0 ("0", "0.00", "0,000").
bool is_zero_number(std::string_view number) {
  bool digit = false;
  for (char c : number) {
    if (is_ascii_digit(c)) {
      if (c != '0') return false;
      digit = true;
    } else if (c == 'e' || c == 'E') {
      return false;
    }
  }
  return digit;
}

// The value of one figure; nullopt (and `reason`) when zero or unreadable.
std::optional<double> figure(std::string_view number, int power_of_ten, const char*& reason) {
  std::optional<double> value = parse_decimal(number, power_of_ten);
  if (!value) reason = is_zero_number(number) ? "zero amount" : "unreadable number";
  return value;
}

}  // namespace

PayTextResult parse_pay_text(std::string_view text) {
  if (text.size() > kMaxPayTextBytes) return failure("too long");
  const std::string_view trimmed = trim(text);
  if (trimmed == "-1" || trimmed == "-1.0") return no_pay();
  if (!has_ascii_digit(trimmed)) {
    if (says_no_pay(without_brackets(trimmed, true))) return no_pay();
    return failure("no number");
  }

  std::string work = without_brackets(trimmed, false);
  if (!has_ascii_digit(work)) work = without_brackets(trimmed, true);

  // A label ending in ':' with no digit before it ("Employer Provided Salary:").
  std::string label;
  const std::size_t first_digit = static_cast<std::size_t>(
      std::find_if(work.begin(), work.end(), is_ascii_digit) - work.begin());
  if (const std::size_t colon = work.rfind(':', first_digit); colon != std::string::npos) {
    label = work.substr(0, colon);
    work.erase(0, colon + 1);
  }

  Reader label_reader(tokenize(label));
  label_reader.read_label();
  if (label_reader.failed()) return failure(label_reader.reason());

  Reader reader(tokenize(work));
  if (!reader.read_figures()) return failure(reader.reason());

  PayTextResult result;
  result.kind = PayTextResult::Kind::figures;

  // Periods from the label and the figures must agree.
  result.period = reader.period();
  if (label_reader.period()) {
    if (result.period && *result.period != *label_reader.period()) {
      return failure("two periods");
    }
    result.period = label_reader.period();
  }

  // The currency: one code, or only bare "$", or "$" beside a dollar currency's code.
  bool bare = false;
  for (const std::string& code : reader.currencies()) {
    if (code.empty()) {
      bare = true;
    } else if (result.currency.empty()) {
      result.currency = code;
    } else if (result.currency != code) {
      return failure("two currencies");
    }
  }
  if (bare && !result.currency.empty() && !contains(kDollarCodes, result.currency)) {
    return failure("two currencies");
  }
  result.bare_dollar = bare && result.currency.empty();

  // The figures.
  const char* reason = nullptr;
  Amount first = reader.first();
  if (const std::optional<Amount>& second_read = reader.second()) {
    Amount second = *second_read;
    const std::optional<double> raw_first = parse_decimal(first.number);
    const std::optional<double> raw_second = parse_decimal(second.number);
    const bool zero_first = !raw_first && is_zero_number(first.number);
    if (!raw_first && !zero_first) return failure("unreadable number");
    if (!raw_second)
      return failure(is_zero_number(second.number) ? "zero amount" : "unreadable number");
    if (raw_first && first.multiplied != second.multiplied) {
      if (!first.multiplied && *raw_first <= *raw_second) {
        first.power_of_ten = second.power_of_ten;
      } else if (!second.multiplied && *raw_second >= *raw_first) {
        second.power_of_ten = first.power_of_ten;
      }
    }
    if (!zero_first) {
      result.low = figure(first.number, first.power_of_ten, reason);
      if (!result.low) return failure(reason);
    }
    result.high = figure(second.number, second.power_of_ten, reason);
    if (!result.high) return failure(reason);
    if (result.low && *result.low > *result.high) return failure("range low above high");
    return result;
  }
  const std::optional<double> value = figure(first.number, first.power_of_ten, reason);
  if (!value) return failure(reason);
  const bool only_low = reader.only_low() || reader.plus_after();
  if (reader.only_high() && only_low) return failure("up to and from");
  if (!only_low) result.high = value;
  if (!reader.only_high()) result.low = value;
  return result;
}

std::string_view to_string(PayTextResult::Kind kind) {
  switch (kind) {
    case PayTextResult::Kind::figures:
      return "figures";
    case PayTextResult::Kind::no_pay:
      return "no_pay";
    case PayTextResult::Kind::unparsable:
      return "unparsable";
  }
  return "unparsable";
}

}  // namespace jobsight
