#include "normalise/salary_columns.hpp"

#include "jobsight/error.hpp"

namespace jobsight {
namespace {

// SPEC 1.2's columns (the ai-jobs.net / data-science salaries files) and the names other salary
// exports use for them, in SalaryField order.
constexpr std::array<FieldSpec, kSalaryFieldCount> kFields{{
    {"work_year", {"year", "work year", "", "", "", ""}},
    {"experience_level", {"level", "seniority", "experience", "seniority_level", "", ""}},
    {"employment_type", {"employment", "job_type", "contract_type", "", "", ""}},
    {"job_title", {"title", "position", "role", "job title", "", ""}},
    {"salary", {"salary_local", "amount", "", "", "", ""}},
    {"salary_currency", {"currency", "", "", "", "", ""}},
    {"salary_in_usd", {"usd_salary", "salary_usd", "salary in usd", "", "", ""}},
    {"employee_residence", {"residence", "employee_country", "", "", "", ""}},
    {"remote_ratio", {"remote", "remote_work", "", "", "", ""}},
    {"company_location", {"country", "location", "company_country", "", "", ""}},
    {"company_size", {"size", "", "", "", "", ""}},
}};

[[noreturn]] void refuse(const std::string& file_name, const std::string& missing,
                         const std::string& rename_to, const std::vector<std::string>& header) {
  throw Error(file_name + ": no " + missing +
              " column, so nothing was imported (found: " + describe_header(header) +
              "). Rename the column to " + rename_to + " or one of its aliases (see README).");
}

}  // namespace

std::string_view to_string(SalaryField field) {
  return kFields[static_cast<std::size_t>(field)].name;
}

std::span<const FieldSpec> salary_fields() {
  return kFields;
}

SalaryColumns map_salary_columns(const std::vector<std::string>& header,
                                 const std::string& file_name,
                                 const std::vector<ColumnMapping>& mappings) {
  SalaryColumns columns = SalaryColumns::match(kFields, header, mappings, "salaries", file_name);
  for (SalaryField required : {SalaryField::work_year, SalaryField::job_title}) {
    if (!columns.has(required)) {
      std::string name(to_string(required));
      refuse(file_name, name, "'" + name + "'", header);
    }
  }
  if (!columns.has(SalaryField::salary_in_usd) && !columns.has(SalaryField::salary)) {
    refuse(file_name, "salary_in_usd or salary", "'salary_in_usd' or 'salary'", header);
  }
  return columns;
}

}  // namespace jobsight
