#pragma once
// Seniority levels: mapping levels given by sources and inferring them from titles (SPEC 2.1).

#include <optional>
#include <string_view>

namespace jobsight {

// In order, from least to most senior.
enum class Seniority { intern, entry, mid, senior, lead, executive };

// "intern", "entry", "mid", "senior", "lead", "executive".
std::string_view to_string(Seniority level);

// Maps a level as a source gives it, case-insensitive after trimming: EN/MI/SE/EX, the
// canonical names, "Internship", "Entry level", "Associate", "Junior", "Mid-Senior level",
// "Mid level", "Senior level", "Lead", "Principal", "Director", "Executive" and the like.
// nullopt when empty or not recognised.
std::optional<Seniority> seniority_from_source(std::string_view given);

// Infers a level from a title: whole words, case-insensitive, first match in this order:
// executive (chief, cxo titles such as cto/ceo/cfo/coo/cio/cdo, vp, vice president, head of,
// director), intern (intern, internship, trainee, apprentice), lead (principal, staff, lead,
// distinguished), senior (senior, sr), entry (junior, jr, entry level, graduate, new grad);
// then Roman numeral grades (I -> entry, II -> mid, III -> senior, IV/V -> lead); else mid.
Seniority seniority_from_title(std::string_view title);

struct SeniorityResult {
  Seniority level = Seniority::mid;
  bool inferred = false;  // true when the level came from the title
};

// The source's level when recognised, else the level inferred from the title.
SeniorityResult classify_seniority(std::string_view given, std::string_view title);

}  // namespace jobsight
