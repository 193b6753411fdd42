#pragma once
// Seniority levels: mapping levels given by sources and inferring them from titles (SPEC 2.1).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// In order, from least to most senior.
enum class Seniority { intern, entry, mid, senior, lead, executive };

// "intern", "entry", "mid", "senior", "lead", "executive".
std::string_view to_string(Seniority level);

// Maps a level as a source gives it, case-insensitive, with any run of spaces, `-`, `_` or
// punctuation read as one space ("Entry-Level" = "entry level"):
//   intern:    intern, internship, trainee, apprentice
//   entry:     EN, entry, entry level, associate, junior, junior level, jr, graduate, new grad
//   mid:       MI, mid, mid level, intermediate
//   senior:    SE, senior, senior level, sr, mid senior, mid senior level
//   lead:      lead, lead level, principal, staff
//   executive: EX, exec, executive, executive level, director, vp, vice president, c level,
//              c suite
// nullopt when empty or not recognised ("Not Applicable", "N/A", "Manager"), so that the caller
// infers the level from the title.
std::optional<Seniority> seniority_from_source(std::string_view given);

// Infers a level from a title: whole words (lower_words), case-insensitive, first match in
// this order: executive (chief, the cxo titles ceo/cto/cfo/coo/cio/cdo/cpo/cmo/cso/cxo, vp,
// vice president, head of, director), intern (intern, internship, trainee, apprentice), lead
// (principal, staff, lead, distinguished), senior (senior, sr), entry (junior, jr, entry level,
// graduate, new grad); then Roman numeral grades, the first numeral word from the left
// (I -> entry, II -> mid, III -> senior, IV/V -> lead); else mid. Plurals and other word forms
// do not match ("Internal", "Leadership", "Directors"); Arabic grades ("Engineer 2") are not
// grades.
Seniority seniority_from_title(std::string_view title);

// The same, for a title already split with lower_words.
Seniority seniority_from_title_words(const std::vector<std::string>& title_words);

struct SeniorityResult {
  Seniority level = Seniority::mid;
  bool inferred = false;  // true when the level came from the title
};

// The source's level when recognised, else the level inferred from the title.
SeniorityResult classify_seniority(std::string_view given, std::string_view title);

// The same, for a title already split with lower_words (callers that also match other rules
// against the title split it once).
SeniorityResult classify_seniority(std::string_view given,
                                   const std::vector<std::string>& title_words);

}  // namespace jobsight
