#include "normalise/salary_columns.hpp"

#include "jobsight/error.hpp"

namespace jobsight {
namespace {

// SPEC 1.2's columns (the ai-jobs.net / data-science salaries files) and the names other salary
// exports use for them, each written folded (fold_header_name). A name belongs to one field only.
constexpr std::string_view kWorkYear[] = {"year", "survey_year"};
constexpr std::string_view kExperienceLevel[] = {"level", "seniority", "seniority_level",
                                                 "career_level", "job_level"};
constexpr std::string_view kEmploymentType[] = {"employment", "job_type", "contract_type",
                                                "work_type"};
constexpr std::string_view kJobTitle[] = {"title",          "position", "role",       "job_name",
                                          "position_title", "job_role", "designation"};
constexpr std::string_view kSalary[] = {"salary_local", "amount", "salary_amount", "base_salary",
                                        "annual_salary"};
constexpr std::string_view kSalaryCurrency[] = {"currency", "currency_code"};
constexpr std::string_view kSalaryInUsd[] = {"usd_salary", "salary_usd"};
constexpr std::string_view kEmployeeResidence[] = {"residence", "employee_country",
                                                   "employee_location", "country_of_residence"};
constexpr std::string_view kRemoteRatio[] = {"remote", "remote_work", "work_setting"};
constexpr std::string_view kCompanyLocation[] = {"country", "location", "company_country"};
constexpr std::string_view kCompanySize[] = {"size"};
// Survey forms stamp each answer (Google Forms: "Timestamp").
constexpr std::string_view kDate[] = {"timestamp",      "submitted_at", "submission_date",
                                      "date_submitted", "created_at",   "response_date",
                                      "survey_date",    "reported_at"};
constexpr std::string_view kExperience[] = {"years_experience", "experience_years",
                                            "min_experience", "years_of_experience",
                                            "work_experience"};

// In SalaryField order.
constexpr std::array<FieldSpec, kSalaryFieldCount> kFields{{
    {"work_year", kWorkYear},
    {"experience_level", kExperienceLevel},
    {"employment_type", kEmploymentType},
    {"job_title", kJobTitle},
    {"salary", kSalary},
    {"salary_currency", kSalaryCurrency},
    {"salary_in_usd", kSalaryInUsd},
    {"employee_residence", kEmployeeResidence},
    {"remote_ratio", kRemoteRatio},
    {"company_location", kCompanyLocation},
    {"company_size", kCompanySize},
    {"date", kDate},
    {"experience", kExperience},
}};

}  // namespace

std::string_view to_string(SalaryField field) {
  return kFields[static_cast<std::size_t>(field)].name;
}

std::span<const FieldSpec> salary_fields() {
  return kFields;
}

SalaryColumns map_salary_columns(const std::vector<std::string>& header,
                                 const std::string& file_name,
                                 const std::vector<ColumnMapping>& mappings,
                                 const std::vector<FieldValue>& values) {
  HeaderMatch found = match_header(kFields, header, mappings, "salaries", file_name);
  auto at = [](SalaryField field) { return static_cast<int>(field); };
  const std::vector<RequiredField> required = {
      {{at(SalaryField::work_year), at(SalaryField::date)}, "work_year=YYYY"},
      {{at(SalaryField::job_title)}, ""},
      {{at(SalaryField::salary_in_usd), at(SalaryField::salary)}, ""},
  };
  std::string refusal = missing_columns_message(
      kFields, found, header, required_without_set(kFields, required, values), file_name);
  if (!refusal.empty()) throw Error(refusal);
  SalaryColumns columns = SalaryColumns::from(std::move(found), header);
  columns.set_values(kFields, values);
  return columns;
}

}  // namespace jobsight
