#include "normalise/seniority.hpp"

#include <array>
#include <string>
#include <vector>

#include "util/text.hpp"
#include "util/text_words.hpp"

namespace jobsight {

namespace {

struct SourceLevel {
  std::string_view key;  // lower-case words joined by single spaces
  Seniority level;
};

// The table of seniority_from_source; its comment in the header lists the same words.
constexpr std::array<SourceLevel, 41> kSourceLevels = {{
    {"internship", Seniority::intern},
    {"student", Seniority::intern},
    {"working student", Seniority::intern},
    {"trainee", Seniority::intern},
    {"intern", Seniority::intern},
    {"apprentice", Seniority::intern},
    {"en", Seniority::entry},
    {"entry level", Seniority::entry},
    {"associate", Seniority::entry},
    {"early career", Seniority::entry},
    {"entry", Seniority::entry},
    {"junior", Seniority::entry},
    {"junior level", Seniority::entry},
    {"jr", Seniority::entry},
    {"graduate", Seniority::entry},
    {"new grad", Seniority::entry},
    {"mi", Seniority::mid},
    {"middle", Seniority::mid},
    {"intermediate", Seniority::mid},
    {"mid", Seniority::mid},
    {"mid level", Seniority::mid},
    {"se", Seniority::senior},
    {"mid senior level", Seniority::senior},
    {"senior", Seniority::senior},
    {"senior level", Seniority::senior},
    {"sr", Seniority::senior},
    {"mid senior", Seniority::senior},
    {"principal", Seniority::lead},
    {"staff", Seniority::lead},
    {"lead", Seniority::lead},
    {"lead level", Seniority::lead},
    {"ex", Seniority::executive},
    {"director", Seniority::executive},
    {"executive", Seniority::executive},
    {"head", Seniority::executive},
    {"exec", Seniority::executive},
    {"executive level", Seniority::executive},
    {"vp", Seniority::executive},
    {"vice president", Seniority::executive},
    {"c level", Seniority::executive},
    {"c suite", Seniority::executive},
}};

struct TitleRule {
  Seniority level;
  std::vector<std::vector<std::string>> phrases;
};

// Built once: the SPEC 2.1 keyword lists, in the order they are tried.
const std::vector<TitleRule>& title_rules() {
  static const std::vector<TitleRule> rules = [] {
    const auto rule = [](Seniority level, std::initializer_list<std::string_view> phrases) {
      TitleRule built{level, {}};
      for (std::string_view phrase : phrases) built.phrases.push_back(lower_words(phrase));
      return built;
    };
    return std::vector<TitleRule>{
        rule(Seniority::executive,
             {"chief", "ceo", "cto", "cfo", "coo", "cio", "cdo", "cpo", "cmo", "cso", "cxo", "ciso",
              "chro", "caio", "vp", "vice president", "head of", "director"}),
        rule(Seniority::intern, {"intern", "internship", "trainee", "apprentice"}),
        rule(Seniority::lead, {"principal", "staff", "lead", "distinguished"}),
        rule(Seniority::senior, {"senior", "sr"}),
        rule(Seniority::entry,
             {"junior", "jr", "entry level", "graduate", "new grad", "early career"}),
    };
  }();
  return rules;
}

std::optional<Seniority> roman_grade(std::string_view word) {
  if (word == "i") return Seniority::entry;
  if (word == "ii") return Seniority::mid;
  if (word == "iii") return Seniority::senior;
  if (word == "iv" || word == "v") return Seniority::lead;
  return std::nullopt;
}

// The grade of words[at], when it is a Roman numeral that stands as a grade: after the role it
// grades (not the first word) and not the first letter of an abbreviation or code ("I.T.",
// "I&C", "I/O", "I-9" split into a single letter or a number next).
std::optional<Seniority> grade_at(const std::vector<std::string>& words, std::size_t at) {
  if (at == 0) return std::nullopt;
  if (at + 1 < words.size()) {
    const std::string& next = words[at + 1];
    if (next.size() == 1 || all_digits(next)) return std::nullopt;
  }
  return roman_grade(words[at]);
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// --- Years of experience -------------------------------------------------------------------

// One piece of an experience text: a figure ("3", "2.5", "1,5"), a lower-case word (letters;
// bytes >= 0x80 count as letters, so "–" and "≤" are words), or one other byte.
struct ExperienceToken {
  enum class Kind { figure, word, symbol } kind;
  std::string text;  // the word, lower-case; the symbol; the figure's whole-number digits
  double value = 0;  // the figure, with its decimals
};

bool is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<ExperienceToken> experience_tokens(std::string_view text) {
  std::vector<ExperienceToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (is_ascii_digit(text[i])) {
      ExperienceToken figure{ExperienceToken::Kind::figure, {}, 0};
      while (i < text.size() && is_ascii_digit(text[i])) {
        figure.text.push_back(text[i]);
        // Only the first few digits matter: longer figures are refused by their length.
        if (figure.text.size() <= 4) figure.value = figure.value * 10 + (text[i] - '0');
        ++i;
      }
      // A decimal mark: `.` or `,` between digits ("2.5", "1,5").
      if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') &&
          is_ascii_digit(text[i + 1])) {
        ++i;
        double scale = 0.1;
        while (i < text.size() && is_ascii_digit(text[i])) {
          figure.value += scale * (text[i] - '0');
          scale /= 10;
          ++i;
        }
      }
      tokens.push_back(std::move(figure));
    } else if (is_letter_byte(c)) {
      ExperienceToken word{ExperienceToken::Kind::word, {}, 0};
      while (i < text.size() && is_letter_byte(static_cast<unsigned char>(text[i]))) {
        word.text.push_back(lower_ascii(text[i]));
        ++i;
      }
      tokens.push_back(std::move(word));
    } else {
      tokens.push_back({ExperienceToken::Kind::symbol, std::string(1, text[i]), 0});
      ++i;
    }
  }
  return tokens;
}

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (item == word) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 13> kNumberWords = {
    "zero",  "one",   "two",  "three", "four",   "five",  "six",
    "seven", "eight", "nine", "ten",   "eleven", "twelve"};

std::optional<int> number_word(std::string_view word) {
  for (std::size_t n = 0; n < kNumberWords.size(); ++n) {
    if (kNumberWords[n] == word) return static_cast<int>(n);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 17> kYearWords = {
    "y",  "yr",  "yrs", "year", "years", "yoe",  "jahr",  "jahre", "jahren",
    "an", "ans", "ano", "anos", "año",   "años", "année", "années"};

constexpr std::array<std::string_view, 13> kMonthWords = {
    "mo",     "mos",     "mth",  "mths", "month", "months", "monat",
    "monate", "monaten", "mois", "mes",  "meses", "mês"};

// Words right before the figure that make it an upper bound ("up to 2", "under 1", "max 3").
bool upper_bound_before(const std::vector<ExperienceToken>& tokens, std::size_t figure) {
  // "< 1 yr", "<= 2 years"
  for (std::size_t i = figure; i-- > 0;) {
    if (tokens[i].kind != ExperienceToken::Kind::symbol) break;
    if (tokens[i].text == "<") return true;
    if (tokens[i].text != "=") break;
  }
  std::vector<std::string_view> words;  // the last three words before the figure, last first
  for (std::size_t i = figure; i-- > 0 && words.size() < 3;) {
    if (tokens[i].kind == ExperienceToken::Kind::word) words.push_back(tokens[i].text);
  }
  words.resize(3);  // missing words are empty
  constexpr std::array<std::string_view, 6> kSingle = {"under", "below",   "upto",
                                                       "max",   "maximum", "≤"};
  if (is_one_of(words[0], kSingle)) return true;
  const bool negated =
      words[2] == "not" || words[2] == "no";  // "not less than 3", "no more than 2"
  if (words[0] == "than") {
    if (words[1] == "less" || words[1] == "fewer") return !negated;
    if (words[1] == "more") return negated;
  }
  return (words[1] == "up" && words[0] == "to") || (words[1] == "at" && words[0] == "most");
}

// Words after the figure that make it an upper bound, before any other figure: "3 years or
// less", "2 yrs max" (but not "min 2 max 5", where max belongs to the 5).
bool upper_bound_after(const std::vector<ExperienceToken>& tokens, std::size_t figure) {
  std::string_view previous;
  for (std::size_t i = figure + 1; i < tokens.size(); ++i) {
    if (tokens[i].kind == ExperienceToken::Kind::figure) return false;
    if (tokens[i].kind != ExperienceToken::Kind::word) continue;
    const std::string_view word = tokens[i].text;
    if ((previous == "or" || previous == "and") &&
        (word == "less" || word == "fewer" || word == "under" || word == "below")) {
      return true;
    }
    if ((word == "max" || word == "maximum") && previous.empty()) {
      for (std::size_t j = i + 1; j < tokens.size(); ++j) {
        if (tokens[j].kind == ExperienceToken::Kind::figure) return false;
      }
      return true;
    }
    // Unit words keep `previous` empty, so "2 yrs max" is the figure's own max.
    if (!is_one_of(word, kYearWords) && !is_one_of(word, kMonthWords)) previous = word;
  }
  return false;
}

// True when the first unit word after the figure is a month word.
bool in_months(const std::vector<ExperienceToken>& tokens, std::size_t figure) {
  for (std::size_t i = figure + 1; i < tokens.size(); ++i) {
    if (tokens[i].kind != ExperienceToken::Kind::word) continue;
    if (is_one_of(tokens[i].text, kMonthWords)) return true;
    if (is_one_of(tokens[i].text, kYearWords)) return false;
  }
  return false;
}

constexpr int kMaxExperienceYears = 50;

}  // namespace

std::string_view to_string(Seniority level) {
  switch (level) {
    case Seniority::intern:
      return "intern";
    case Seniority::entry:
      return "entry";
    case Seniority::mid:
      return "mid";
    case Seniority::senior:
      return "senior";
    case Seniority::lead:
      return "lead";
    case Seniority::executive:
      return "executive";
  }
  return "mid";
}

std::string_view to_string(SeniorityMethod method) {
  switch (method) {
    case SeniorityMethod::given:
      return "given";
    case SeniorityMethod::title:
      return "title";
    case SeniorityMethod::experience:
      return "experience";
    case SeniorityMethod::default_mid:
      return "default";
  }
  return "default";
}

std::optional<Seniority> seniority_from_source(std::string_view given) {
  // Lower-case ASCII words joined by single spaces, so "Mid-Senior level", "mid_senior  LEVEL"
  // and "Entry-Level" find their table keys. No key is anywhere near this long.
  std::array<char, 32> key{};
  std::size_t length = 0;
  bool pending_space = false;
  for (char c : given) {
    if (!is_alnum(c)) {
      pending_space = length > 0;
      continue;
    }
    if (length + (pending_space ? 2 : 1) > key.size()) return std::nullopt;
    if (pending_space) key[length++] = ' ';
    pending_space = false;
    key[length++] = lower_ascii(c);
  }
  const std::string_view normalised(key.data(), length);
  if (normalised.empty()) return std::nullopt;
  for (const SourceLevel& entry : kSourceLevels) {
    if (entry.key == normalised) return entry.level;
  }
  return std::nullopt;
}

std::optional<Seniority> seniority_in_title_words(const std::vector<std::string>& words) {
  for (const TitleRule& rule : title_rules()) {
    for (const std::vector<std::string>& phrase : rule.phrases) {
      if (contains_phrase(words, phrase)) return rule.level;
    }
  }
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (const auto grade = grade_at(words, at)) return grade;
  }
  return std::nullopt;
}

std::optional<Seniority> seniority_in_title(std::string_view title) {
  return seniority_in_title_words(lower_words(title));
}

Seniority seniority_from_title(std::string_view title) {
  return seniority_from_title_words(lower_words(title));
}

Seniority seniority_from_title_words(const std::vector<std::string>& words) {
  return seniority_in_title_words(words).value_or(Seniority::mid);
}

std::optional<int> parse_experience_years(std::string_view text) {
  const std::vector<ExperienceToken> tokens = experience_tokens(text);
  // "Fresher(s)" (Indian job boards) and "no experience" ask for none, whatever else is said.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != ExperienceToken::Kind::word) continue;
    if (tokens[i].text == "fresher" || tokens[i].text == "freshers") return 0;
    if (tokens[i].text == "no" && i + 1 < tokens.size() && tokens[i + 1].text == "experience") {
      return 0;
    }
  }
  std::size_t figure = 0;
  double value = -1;
  for (; figure < tokens.size(); ++figure) {
    const ExperienceToken& token = tokens[figure];
    if (token.kind == ExperienceToken::Kind::figure) {
      if (token.text.size() > 2) return std::nullopt;
      value = token.value;
      break;
    }
    if (token.kind == ExperienceToken::Kind::word) {
      if (const auto n = number_word(token.text)) {
        value = *n;
        break;
      }
    }
  }
  if (value < 0) return std::nullopt;
  // "-1" is a missing-value sentinel (and no one asks for negative years).
  if (figure == 1 && tokens[0].kind == ExperienceToken::Kind::symbol && tokens[0].text == "-") {
    return std::nullopt;
  }
  if (upper_bound_before(tokens, figure) || upper_bound_after(tokens, figure)) return 0;
  if (in_months(tokens, figure)) value /= 12;
  const int years = static_cast<int>(value);  // rounds down: value is not negative
  if (years > kMaxExperienceYears) return std::nullopt;
  return years;
}

Seniority seniority_from_experience(int years) {
  if (years < 2) return Seniority::entry;
  if (years < 5) return Seniority::mid;
  if (years < 10) return Seniority::senior;
  return Seniority::lead;
}

SeniorityResult classify_seniority(std::string_view given, std::string_view title,
                                   std::optional<int> experience_years) {
  return classify_seniority(given, lower_words(title), experience_years);
}

SeniorityResult classify_seniority(std::string_view given,
                                   const std::vector<std::string>& title_words,
                                   std::optional<int> experience_years) {
  if (const auto level = seniority_from_source(given)) {
    return {*level, false, SeniorityMethod::given};
  }
  if (const auto level = seniority_in_title_words(title_words)) {
    return {*level, true, SeniorityMethod::title};
  }
  if (experience_years && *experience_years >= 0) {
    return {seniority_from_experience(*experience_years), true, SeniorityMethod::experience};
  }
  return {Seniority::mid, true, SeniorityMethod::default_mid};
}

}  // namespace jobsight
