#pragma once
// Seniority levels (SPEC 2.1): mapping levels given by sources, inferring them from titles, and
// from the years of experience a posting asks for.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// In order, from least to most senior.
enum class Seniority { intern, entry, mid, senior, lead, executive };

// Every level, in that order.
inline constexpr Seniority kAllSeniorities[] = {Seniority::intern, Seniority::entry,
                                                Seniority::mid,    Seniority::senior,
                                                Seniority::lead,   Seniority::executive};

// "intern", "entry", "mid", "senior", "lead", "executive".
std::string_view to_string(Seniority level);

// Maps a level as a source gives it, case-insensitive, with any run of spaces, `-`, `_` or
// punctuation read as one space ("Entry-Level" = "entry level"):
//
//   level      given as (SPEC 2.1 first, then the documented extras)
//   ---------  ---------------------------------------------------------------------------------
//   intern     Internship; Student, Working Student, Trainee; intern, apprentice
//   entry      EN, Entry level, Associate; Early Career; entry, junior, junior level, jr,
//              graduate, new grad
//   mid        MI; Middle, Intermediate; mid, mid level
//   senior     SE, Mid-Senior level; senior, senior level, sr, mid senior
//   lead       Principal, Staff; lead, lead level
//   executive  EX, Director, Executive; Head; exec, executive level, vp, vice president,
//              c level, c suite
//   (unknown)  Not Applicable, N/A, Manager, anything else, empty
//
// nullopt for the unknown row, so that the caller infers the level.
std::optional<Seniority> seniority_from_source(std::string_view given);

// Finds a level in a title split with lower_words (whole words, case-insensitive), first match in
// this order:
//   executive  chief, the cxo titles (ceo, cto, cfo, coo, cio, cdo, cpo, cmo, cso, cxo, ciso,
//              chro, caio), vp, vice president, head of, director
//   intern     intern, internship, trainee, apprentice
//   lead       principal, staff, lead, distinguished
//   senior     senior, sr
//   entry      junior, jr, entry level, graduate, new grad, early career
// then Roman numeral grades, the first from the left: I -> entry, II -> mid, III -> senior,
// IV/V -> lead. A numeral is a grade only after the first word and when the next word is not a
// single letter or a number ("Engineer II" is; "IV Nurse", "I.T. Support", "I&C Technician",
// "I-9 Specialist" are not). nullopt when nothing decides. Plurals and other word forms do not
// match ("Internal", "Leadership", "Directors", "Head Chef"); Arabic grades ("Engineer 2") are
// not grades.
std::optional<Seniority> seniority_in_title_words(const std::vector<std::string>& title_words);

// The same, for a title as written.
std::optional<Seniority> seniority_in_title(std::string_view title);

// The level a title alone gives: seniority_in_title, else mid.
Seniority seniority_from_title(std::string_view title);

// The same, for a title already split with lower_words.
Seniority seniority_from_title_words(const std::vector<std::string>& title_words);

// The lower bound, in whole years, of the experience a posting asks for (SPEC 1.1 `experience`):
//   "3", "3 years", "5+ years", "10+", "Min. 3 yrs",    -> the figure
//   "more than 5 years", "not less than 3 years"
//   "2-5 Yrs", "3 to 5 years", "2 – 4 years", "3~5"    -> the first figure, the lower bound
//   "3.5 years", "1,5 Jahre"                          -> rounded down (3, 1)
//   "18 months", "6-12 months", "6 months - 2 years"  -> the months / 12, rounded down (1, 0, 0)
//   "two to three years" (zero..twelve in words)      -> the figure (2)
//   "Up to 2 years", "under 1 year", "< 1 yr",        -> 0: only an upper bound is stated
//   "less than 2 years", "no more than 2", "max 3 years", "3 years or less", "2 yrs max"
//   "Fresher", "Freshers", "No experience"            -> 0 ("fresher" is Indian boards' word
//                                                        for a candidate with no experience)
// The unit is the first unit word after the figure: a month word (mo, mos, mth, mths, month,
// months; Monat, Monate, Monaten, mois, mes, meses, mês) or a year word (y, yr, yrs, year, years,
// yoe; Jahr, Jahre, Jahren, an, ans, año, años, ano, anos, année, années); without one, years.
// Other words are ignored ("Minimum of 3 years of experience", "Experience: 4 yrs"). nullopt for
// text with no figure ("", "Senior", "N/A"), a negative sentinel ("-1"), and a first figure of
// three or more digits or above 50 ("2015", "100", "60 years"). The result is always 0..50.
std::optional<int> parse_experience_years(std::string_view text);

// The level that years of experience asked give (SPEC 2.1): under 2 -> entry, 2-4 -> mid,
// 5-9 -> senior, 10 or more -> lead. Negative years count as 0.
Seniority seniority_from_experience(int years);

// How a level was found, in the order classify_seniority tries them.
enum class SeniorityMethod {
  given,        // the source's level, recognised by seniority_from_source
  title,        // a title keyword or Roman numeral grade
  experience,   // the years of experience asked
  default_mid,  // nothing decided: mid
};

// "given", "title", "experience", "default".
std::string_view to_string(SeniorityMethod method);

struct SeniorityResult {
  Seniority level = Seniority::mid;
  bool inferred = false;  // true when the level was not given (method is not `given`)
  SeniorityMethod method = SeniorityMethod::given;
};

// SPEC 2.1: the source's level when recognised; else the title's keyword or grade; else the
// years of experience asked (ignored when absent or negative); else mid.
SeniorityResult classify_seniority(std::string_view given, std::string_view title,
                                   std::optional<int> experience_years = std::nullopt);

// The same, for a title already split with lower_words (callers that also match other rules
// against the title split it once).
SeniorityResult classify_seniority(std::string_view given,
                                   const std::vector<std::string>& title_words,
                                   std::optional<int> experience_years = std::nullopt);

}  // namespace jobsight
