#include "normalise/posting_columns.hpp"

#include "jobsight/error.hpp"

namespace jobsight {
namespace {

// SPEC 1.1's canonical names and aliases, plus a few common exports' names (last entries), in
// PostingField order.
constexpr std::array<FieldSpec, kPostingFieldCount> kFields{{
    {"posting_id", {"id", "job_id", "external_id", "posting id", "", ""}},
    {"posted_date", {"date", "date_posted", "job_posted_date", "listed_time", "created_at", ""}},
    {"source", {"site", "board", "via", "job_via", "", ""}},
    {"title", {"job_title", "position", "role", "job title", "", ""}},
    {"company", {"company_name", "employer", "company name", "", "", ""}},
    {"industry", {"sector", "", "", "", "", ""}},
    {"country", {"job_country", "company_location", "location_country", "", "", ""}},
    {"city", {"location", "job_location", "", "", "", ""}},
    {"seniority",
     {"experience_level", "level", "formatted_experience_level", "seniority_level", "", ""}},
    {"employment_type", {"job_type", "job_schedule_type", "work_type", "", "", ""}},
    {"remote", {"remote_ratio", "job_work_from_home", "remote_allowed", "", "", ""}},
    {"salary_min", {"min_salary", "", "", "", "", ""}},
    {"salary_max", {"max_salary", "", "", "", "", ""}},
    {"salary", {"salary_avg", "med_salary", "salary_year_avg", "", "", ""}},
    {"salary_currency", {"currency", "", "", "", "", ""}},
    {"salary_period", {"pay_period", "salary_rate", "", "", "", ""}},
    {"skills", {"job_skills", "skill", "", "", "", ""}},
    {"description", {"job_description", "", "", "", "", ""}},
}};

}  // namespace

std::string_view to_string(PostingField field) {
  return kFields[static_cast<std::size_t>(field)].name;
}

std::span<const FieldSpec> posting_fields() {
  return kFields;
}

PostingColumns map_posting_columns(const std::vector<std::string>& header,
                                   const std::string& file_name,
                                   const std::vector<ColumnMapping>& mappings) {
  PostingColumns columns = PostingColumns::match(kFields, header, mappings, "postings", file_name);
  for (PostingField required : {PostingField::title, PostingField::posted_date}) {
    if (!columns.has(required)) {
      throw Error(file_name + ": no " + std::string(to_string(required)) +
                  " column, so nothing was imported (found: " + describe_header(header) +
                  "). Rename the column to '" + std::string(to_string(required)) +
                  "' or one of its aliases (see README).");
    }
  }
  return columns;
}

}  // namespace jobsight
