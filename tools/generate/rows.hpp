// Ordinary rows: one generated posting at a time, as text fields in header order.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data_tables.hpp"
#include "random.hpp"

namespace jobsight_generate {

// The columns of a posting, in header order; kFieldCount is their number.
// clang-format off
enum Field : std::size_t {
  kJobId, kDatePosted, kSource, kTitle, kCompany, kIndustry, kCountry, kCity, kSeniority,
  kEmploymentType, kRemote, kSalaryMin, kSalaryMax, kSalary, kCurrency, kPayPeriod, kSkills,
  kDescription, kFieldCount
};
// clang-format on

// The header line of the output, with its LF.
inline constexpr std::string_view kHeader =
    "job_id,date_posted,source,title,company,industry,country,city,seniority,employment_type,"
    "remote,salary_min,salary_max,salary,currency,pay_period,skills,description\n";

// The text of one posting's fields, indexed by Field (unquoted; write_fields quotes).
using Fields = std::array<std::string, kFieldCount>;

// What a row knows beyond its text, for turning it into a bad row (bad_rows.hpp).
struct RowInfo {
  bool has_id = false;
  std::string id;                // the job_id, even when the row leaves it out
  double pay_period_amount = 0;  // the posting's pay, in local currency per stated period
  std::string_view period;       // stated period ("year" when the row leaves it empty)
  std::string_view currency;     // the local currency
};

// Appends fields[0 .. count) as one CSV record (RFC 4180 quoting, LF line end).
void write_fields(std::string& out, const Fields& fields, std::size_t count);

// Generates ordinary rows from one seed. Each make_row() call draws from a single random
// stream, so rows depend on the seed and on every earlier row: make rows in index order,
// 0, 1, 2, ..., and keep the order of the draws inside when changing anything.
class Generator {
 public:
  // A generator for `seed` that will make `rows` rows (the count only sets the job_id width:
  // 7 digits up to 10,000,000 rows, 12 above).
  Generator(std::uint64_t seed, std::uint64_t rows);

  // Fills `out` with row `index` (each field overwritten) and `info` with what it knows about it.
  void make_row(std::uint64_t index, Fields& out, RowInfo& info);

 private:
  // Chance that a posting in `industry` (index into kIndustries) at year f has an AI title.
  double ai_share(double f, std::size_t industry) const;
  // Draws the seniority level, its mix shifting toward senior over the years.
  Level pick_level(double f);
  // Draws an AI or non-AI role of the level (kExecRoles for executive), weighted by trend and
  // industry; uses the trends of the current row.
  const Role& pick_role(bool ai, Level level, std::size_t industry);
  // Writes the title of `role` at `level` into `out`; must_carry: the title has to show a
  // non-mid level (the seniority column is empty); `year` is used by summer internships.
  void build_title(std::string& out, Level level, const Role& role, bool must_carry, int year);
  // Writes the skills field into `out` (3 to 8 skills, in one of six list styles); returns the
  // product of their pay premiums in `premium` and the first listed skill in `first_skill`.
  void build_skills(std::string& out, const Role& role, double f, double& premium, Sk& first_skill);
  // Writes the description into `out` (one of several templates, or empty) from the row's
  // title, company, industry and city texts and its first skill.
  void build_description(std::string& out, const Role& role, std::string_view title,
                         std::string_view company, std::string_view industry, std::string_view city,
                         Sk first_skill, double f);

  // trend_factor() of every Trend at the current row's date.
  double trend(Trend t) const { return trends_[static_cast<std::size_t>(t)]; }

  Rng rng_;
  std::array<double, kTrendCount> trends_{};
  std::int64_t first_day_ = 0;
  std::vector<double> day_cumulative_;
  std::vector<double> country_weights_;
  std::vector<double> industry_weights_;
  double industry_weight_total_ = 0.0;
  std::uint64_t id_modulus_ = 0;
  std::uint64_t id_multiplier_ = 0;
  std::uint64_t id_offset_ = 0;
  int id_width_ = 7;
  std::array<double, 64> scratch_{};  // weights for weighted picks
  std::array<bool, kSkillCount> chosen_{};
};

}  // namespace jobsight_generate
