#pragma once
// Employment types as files write them (SPEC 3.2, --employment-type): the one table of which
// stored spellings mean which type (normalise layer). Postings and salary observations keep the
// employment type as written; reports match every spelling of the type asked for.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// An employment type, its canonical name and every spelling that means it.
struct EmploymentType {
  std::string_view name;                    // canonical, e.g. "full-time"
  std::vector<std::string_view> spellings;  // as files write them, including the name
};

// The types, in the order messages list them. The spellings, compared folded (see
// fold_employment_type), are:
//   full-time   Full-time, full time, fulltime, FULL_TIME, FT, Permanent
//   part-time   Part-time, part time, parttime, PART_TIME, PT
//   contract    Contract, Contractor, CONTRACT, CT
//   internship  Internship, Intern, INTERNSHIP
//   temporary   Temporary, Temp, Temp work, TEMPORARY
//   freelance   Freelance, Freelancer, FL
// A spelling belongs to one type only; "Full-time and Part-time" and the like belong to none.
const std::vector<EmploymentType>& employment_types();

// `text` folded for comparison: ASCII lower case, without spaces, '-' and '_'
// ("Full-time", "FULL_TIME" and "full time" all fold to "fulltime"). The report SQL folds the
// stored column the same way.
std::string fold_employment_type(std::string_view text);

// The type that `text` names (a canonical name or any spelling, any case); nullptr for none.
const EmploymentType* find_employment_type(std::string_view text);

// The folded spellings of `type` as one list for SQL's instr(), each between commas:
// ",fulltime,ft,permanent,".
std::string folded_spelling_list(const EmploymentType& type);

}  // namespace jobsight
