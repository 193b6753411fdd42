#include "normalise/posting_columns.hpp"

#include "jobsight/error.hpp"

namespace jobsight {
namespace {

// SPEC 1.1's names, then names common exports use, each written folded (fold_header_name).
// A name belongs to one field only (header_columns_test checks).
constexpr std::string_view kPostingId[] = {"id",         "job_id", "external_id", "job_posting_id",
                                           "listing_id", "job_key"};
// A URL names one ad, but it is read only when there is no id column.
constexpr std::string_view kPostingIdUrls[] = {"url",  "job_url",     "job_link",
                                               "link", "posting_url", "job_posting_url"};
constexpr std::string_view kPostedDate[] = {
    "date",         "date_posted",     "posting_date", "post_date",        "job_posted_date",
    "listed_time",  "created_at",      "published",    "publication_date", "posted",
    "posted_at",    "posted_on",       "published_at", "date_published",   "publish_date",
    "listing_date", "job_posting_date"};
constexpr std::string_view kSource[] = {"site", "board", "via", "job_via", "job_board", "job_site"};
constexpr std::string_view kTitle[] = {"job_title",    "position",       "role",     "job_name",
                                       "job_position", "position_title", "job_role", "designation"};
constexpr std::string_view kCompany[] = {"company_name", "employer",     "employer_name",
                                         "organization", "organisation", "hiring_company"};
constexpr std::string_view kIndustry[] = {"sector", "industries", "company_industry",
                                          "job_industry"};
constexpr std::string_view kCountry[] = {"job_country", "company_location", "location_country",
                                         "country_code"};
constexpr std::string_view kCity[] = {"location", "job_location", "job_city", "town"};
constexpr std::string_view kState[] = {"province", "job_state", "state_province", "state_code"};
constexpr std::string_view kSeniority[] = {
    "experience_level", "level",        "formatted_experience_level",
    "seniority_level",  "career_level", "job_level"};
constexpr std::string_view kExperience[] = {
    "years_experience",    "experience_years",    "min_experience", "years_of_experience",
    "required_experience", "experience_required", "work_experience"};
constexpr std::string_view kEmploymentType[] = {"job_type", "job_schedule_type", "work_type",
                                                "contract_type", "schedule_type"};
constexpr std::string_view kRemote[] = {"remote_ratio",   "job_work_from_home", "remote_allowed",
                                        "work_from_home", "is_remote",          "remote_work",
                                        "workplace_type", "work_setting",       "work_model"};
constexpr std::string_view kSalaryMin[] = {"min_salary", "minimum_salary", "salary_from",
                                           "salary_low", "salary_lower",   "pay_min",
                                           "min_pay",    "min_amount"};
constexpr std::string_view kSalaryMax[] = {"max_salary",  "maximum_salary", "salary_to",
                                           "salary_high", "salary_upper",   "pay_max",
                                           "max_pay",     "max_amount"};
constexpr std::string_view kSalary[] = {"salary_avg",      "med_salary",    "salary_year_avg",
                                        "salary_estimate", "salary_range",  "pay",
                                        "compensation",    "wage",          "avg_salary",
                                        "median_salary",   "annual_salary", "pay_range",
                                        "salary_text"};
constexpr std::string_view kSalaryCurrency[] = {"currency", "pay_currency", "currency_code"};
// "interval" is JobSpy's name (beside its min_amount and max_amount).
constexpr std::string_view kSalaryPeriod[] = {
    "pay_period",      "salary_rate",     "pay_frequency", "salary_unit",
    "salary_interval", "interval",        "period",        "salary_frequency",
    "pay_interval",    "pay_rate_period", "frequency"};
constexpr std::string_view kSkills[] = {"job_skills", "skill", "required_skills", "key_skills",
                                        "skill_set"};
constexpr std::string_view kDescription[] = {"job_description", "description_text", "job_desc",
                                             "job_details", "job_summary"};

// In PostingField order.
constexpr std::array<FieldSpec, kPostingFieldCount> kFields{{
    {"posting_id", kPostingId, kPostingIdUrls},
    {"posted_date", kPostedDate},
    {"source", kSource},
    {"title", kTitle},
    {"company", kCompany},
    {"industry", kIndustry},
    {"country", kCountry},
    {"city", kCity},
    {"state", kState},
    {"seniority", kSeniority},
    {"experience", kExperience},
    {"employment_type", kEmploymentType},
    {"remote", kRemote},
    {"salary_min", kSalaryMin},
    {"salary_max", kSalaryMax},
    {"salary", kSalary},
    {"salary_currency", kSalaryCurrency},
    {"salary_period", kSalaryPeriod},
    {"skills", kSkills},
    {"description", kDescription},
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
                                   const std::vector<ColumnMapping>& mappings,
                                   const std::vector<FieldValue>& values) {
  HeaderMatch found = match_header(kFields, header, mappings, "postings", file_name);
  const std::vector<RequiredField> required = {
      {{static_cast<int>(PostingField::title)}, ""},
      {{static_cast<int>(PostingField::posted_date)}, "posted_date=YYYY-MM-DD"},
  };
  std::string refusal = missing_columns_message(
      kFields, found, header, required_without_set(kFields, required, values), file_name);
  if (!refusal.empty()) throw Error(refusal);
  PostingColumns columns = PostingColumns::from(std::move(found), header);
  columns.set_values(kFields, values);
  return columns;
}

}  // namespace jobsight
