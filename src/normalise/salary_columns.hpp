#pragma once
// The canonical salary-survey columns and matching a CSV header against them (SPEC 1.2).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/header_columns.hpp"

namespace jobsight {

enum class SalaryField {
  work_year,
  experience_level,
  employment_type,
  job_title,
  salary,
  salary_currency,
  salary_in_usd,
  employee_residence,
  remote_ratio,
  company_location,
  company_size,
};
inline constexpr std::size_t kSalaryFieldCount = 11;

// Canonical column name, e.g. "salary_in_usd".
std::string_view to_string(SalaryField field);

// Where each canonical field sits in a file's header.
using SalaryColumns = ColumnsOf<SalaryField, kSalaryFieldCount>;

// Maps a header row, `mappings` (--map FIELD=COLUMN) first, as match_header does. Throws
// jobsight::Error naming `file_name` and the columns found when there is no work_year column, no
// job_title column, or neither a salary_in_usd nor a salary column, or when a mapping is invalid.
SalaryColumns map_salary_columns(const std::vector<std::string>& header,
                                 const std::string& file_name,
                                 const std::vector<ColumnMapping>& mappings = {});

}  // namespace jobsight
