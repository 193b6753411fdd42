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
  date,        // a date or timestamp the pay is for: its year stands for work_year
  experience,  // years of experience, as in postings
};
inline constexpr std::size_t kSalaryFieldCount = 13;

// Canonical column name, e.g. "salary_in_usd".
std::string_view to_string(SalaryField field);

// Where each canonical field sits in a file's header.
using SalaryColumns = ColumnsOf<SalaryField, kSalaryFieldCount>;

// Maps a header row as match_header does. Throws jobsight::Error when a mapping is invalid
// (match_header), and when the file lacks a job_title column, a work_year or date column, or a
// salary_in_usd or salary column, naming every missing field, the columns found and the
// --map / --set fix (missing_columns_message).
SalaryColumns map_salary_columns(const std::vector<std::string>& header,
                                 const std::string& file_name,
                                 const std::vector<ColumnMapping>& mappings = {},
                                 const std::vector<FieldValue>& values = {});

}  // namespace jobsight
