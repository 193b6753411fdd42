#pragma once
// The canonical salary-survey columns and matching a CSV header against them (SPEC 1.2).

#include <array>
#include <optional>
#include <span>
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

// The field a header name stands for (canonical name or alias, case-insensitive, trimmed).
std::optional<SalaryField> salary_field_from_header(std::string_view header);

// Where each canonical field sits in a salary file's header.
struct SalaryColumns {
  std::array<int, kSalaryFieldCount> index{};  // -1 when the file has no such column
  std::vector<std::string> unknown;            // header names that matched nothing
  std::vector<std::string> header;             // the header as read
  std::size_t width = 0;                       // number of header fields

  bool has(SalaryField field) const { return index[static_cast<std::size_t>(field)] >= 0; }
  int operator[](SalaryField field) const { return index[static_cast<std::size_t>(field)]; }
};

// Maps a header row, `mappings` (--map FIELD=COLUMN) first, as match_header does. Throws
// jobsight::Error naming `file_name` and the columns found when there is no work_year column, no
// job_title column, or neither a salary_in_usd nor a salary column, or when a mapping is invalid.
SalaryColumns map_salary_columns(const std::vector<std::string>& header,
                                 const std::string& file_name,
                                 const std::vector<ColumnMapping>& mappings = {});

}  // namespace jobsight
