#include "jobsight/posting_columns.hpp"

#include "jobsight/error.hpp"
#include "jobsight/text_words.hpp"

namespace jobsight {
namespace {

struct FieldNames {
  PostingField field;
  std::string_view canonical;
  std::array<std::string_view, 5> aliases;
};

// SPEC 1.1's canonical names and aliases, plus a few common exports' names (last entries).
constexpr std::array<FieldNames, kPostingFieldCount> kFields{{
    {PostingField::posting_id, "posting_id", {"id", "job_id", "external_id", "posting id", ""}},
    {PostingField::posted_date,
     "posted_date",
     {"date", "date_posted", "job_posted_date", "listed_time", "created_at"}},
    {PostingField::source, "source", {"site", "board", "via", "job_via", ""}},
    {PostingField::title, "title", {"job_title", "position", "role", "job title"}},
    {PostingField::company, "company", {"company_name", "employer", "company name", ""}},
    {PostingField::industry, "industry", {"sector", "", "", "", ""}},
    {PostingField::country,
     "country",
     {"job_country", "company_location", "location_country", "", ""}},
    {PostingField::city, "city", {"location", "job_location", "", "", ""}},
    {PostingField::seniority,
     "seniority",
     {"experience_level", "level", "formatted_experience_level", "seniority_level", ""}},
    {PostingField::employment_type,
     "employment_type",
     {"job_type", "job_schedule_type", "work_type", "", ""}},
    {PostingField::remote,
     "remote",
     {"remote_ratio", "job_work_from_home", "remote_allowed", "", ""}},
    {PostingField::salary_min, "salary_min", {"min_salary", "", "", "", ""}},
    {PostingField::salary_max, "salary_max", {"max_salary", "", "", "", ""}},
    {PostingField::salary, "salary", {"salary_avg", "med_salary", "salary_year_avg", "", ""}},
    {PostingField::salary_currency, "salary_currency", {"currency", "", "", "", ""}},
    {PostingField::salary_period, "salary_period", {"pay_period", "salary_rate", "", "", ""}},
    {PostingField::skills, "skills", {"job_skills", "skill", "", "", ""}},
    {PostingField::description, "description", {"job_description", "", "", "", ""}},
}};

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += name.empty() ? "(empty)" : name;
  }
  return out.empty() ? "none" : out;
}

}  // namespace

std::string_view to_string(PostingField field) {
  return kFields[static_cast<std::size_t>(field)].canonical;
}

std::optional<PostingField> posting_field_from_header(std::string_view header) {
  std::string name = to_lower(trim(header));
  if (name.empty()) return std::nullopt;
  for (const FieldNames& names : kFields) {
    if (name == names.canonical) return names.field;
    for (std::string_view alias : names.aliases) {
      if (!alias.empty() && name == alias) return names.field;
    }
  }
  return std::nullopt;
}

PostingColumns map_posting_columns(const std::vector<std::string>& header,
                                   const std::string& file_name) {
  PostingColumns columns;
  columns.index.fill(-1);
  columns.header = header;
  columns.width = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::optional<PostingField> field = posting_field_from_header(header[i]);
    if (!field) {
      columns.unknown.push_back(header[i]);
    } else if (columns.has(*field)) {
      columns.unknown.push_back(header[i] + " (duplicate of " + std::string(to_string(*field)) +
                                ")");
    } else {
      columns.index[static_cast<std::size_t>(*field)] = static_cast<int>(i);
    }
  }
  for (PostingField required : {PostingField::title, PostingField::posted_date}) {
    if (!columns.has(required)) {
      throw Error(file_name + ": no " + std::string(to_string(required)) +
                  " column, so nothing was imported (found: " + joined(header) +
                  "). Rename the column to '" + std::string(to_string(required)) +
                  "' or one of its aliases (see README).");
    }
  }
  return columns;
}

}  // namespace jobsight
