#pragma once
// Turning one CSV row of a postings file into a normalised posting (SPEC 2).

#include <optional>
#include <string>
#include <vector>

#include "normalise/dates.hpp"
#include "normalise/pay.hpp"
#include "normalise/posting_columns.hpp"
#include "normalise/reference_data.hpp"
#include "normalise/remote.hpp"
#include "normalise/row_problem.hpp"
#include "normalise/seniority.hpp"

namespace jobsight {

// A skill a posting asks for: a taxonomy skill (id > 0) or a new one (id 0, name as written).
struct PostingSkill {
  std::int64_t id = 0;
  std::string name;
  bool is_ai = false;      // the skill's category is `ai`
  bool from_text = false;  // found in the title or description, not a skills column (SPEC 2.3)
};

struct NormalisedPosting {
  std::string identity;  // 32 hex digits identifying the posting (SPEC 2.6)
  std::string source;
  std::string external_id;  // "" when the file has none
  Date posted;
  std::string title;
  std::string title_words;  // the title as whole words (title_words in util/text_words.hpp)
  std::string company;
  std::string industry;
  std::string country_text;  // as written
  const CountryInfo* country = nullptr;
  std::string city;
  std::string state;  // state or province as written
  std::string seniority_given;
  std::string experience_given;  // years of experience asked, as written
  SeniorityResult seniority;
  std::string employment_type;
  std::optional<std::string> remote;  // "onsite", "hybrid", "remote"
  std::optional<double> salary_min, salary_max, salary;
  std::string salary_currency;  // as resolved (given, else country's, else USD); "" if unknown
  std::string salary_period;    // as resolved ("year" when missing)
  PayStatus pay_status = PayStatus::none;
  std::optional<double> pay_usd_annual;
  bool pay_outlier = false;
  std::string pay_text;        // the pay as written when it was text
  std::string pay_as_written;  // every pay cell given, as written, for examples in the summary
  bool pay_period_inferred = false;
  bool pay_currency_assumed = false;
  bool no_pay_stated = false;
  PayProblem pay_problem = PayProblem::none;
  std::string pay_problem_detail;
  bool ai_by_title = false;
  bool is_ai = false;
  std::vector<PostingSkill> skills;  // each skill once, in order of first mention
  std::string description;
};

class PostingNormaliser {
 public:
  // `default_source` is used when the row has no source value (the --source option, or "");
  // `dates` are the file's --as-of and --date-order.
  PostingNormaliser(const ReferenceData& reference, const PostingColumns& columns,
                    std::string default_source, DateOptions dates = {});

  // Normalises `fields` into `out`. Returns the problem when the row must be rejected (wrong
  // number of fields, missing or invalid date, missing title); pay problems never reject a row,
  // they set `pay_status` (normalise_pay in normalise/pay.hpp, on the pay cells, the country
  // and the posting's year).
  std::optional<RowProblem> normalise(const std::vector<std::string>& fields,
                                      NormalisedPosting& out) const;

  // The file's date reader, for settling its day-month order before the rows (a pre-scan).
  DateReader& dates() const { return dates_; }

 private:
  void normalise_pay(const std::vector<std::string>& fields, NormalisedPosting& out) const;
  void normalise_skills(const std::vector<std::string>& fields, NormalisedPosting& out) const;

  const ReferenceData& reference_;
  const PostingColumns& columns_;
  std::string default_source_;
  mutable DateReader dates_;  // holds the day-month order the file settles on
};

}  // namespace jobsight
