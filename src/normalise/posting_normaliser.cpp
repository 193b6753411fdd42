#include "normalise/posting_normaliser.hpp"

#include <algorithm>

#include "normalise/money.hpp"
#include "util/sha256.hpp"
#include "normalise/skills_field.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

constexpr char kSeparator = '\x1f';

std::string identity_of(std::initializer_list<std::string_view> parts) {
  std::string key;
  for (std::string_view part : parts) {
    key.append(part);
    key.push_back(kSeparator);
  }
  return sha256_hex(key).substr(0, 32);
}

}  // namespace

std::optional<std::string> normalise_remote(std::string_view text) {
  std::string value = to_lower(trim(text));
  if (value.empty()) return std::nullopt;
  if (value == "onsite" || value == "on-site" || value == "on site" || value == "office" ||
      value == "in-office" || value == "false" || value == "no" || value == "0") {
    return "onsite";
  }
  if (value == "hybrid") return "hybrid";
  if (value == "remote" || value == "fully remote" || value == "true" || value == "yes" ||
      value == "100") {
    return "remote";
  }
  int ratio = 0;
  bool digits =
      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && value.size() <= 3) {
    ratio = std::stoi(value);
    if (ratio > 0 && ratio < 100) return "hybrid";
  }
  return std::nullopt;
}

PostingNormaliser::PostingNormaliser(const ReferenceData& reference, const PostingColumns& columns,
                                     std::string default_source)
    : reference_(reference), columns_(columns), default_source_(std::move(default_source)) {}

namespace {

std::string_view field_of(const std::vector<std::string>& fields, const PostingColumns& columns,
                          PostingField field) {
  int index = columns[field];
  if (index < 0 || static_cast<std::size_t>(index) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(index)]);
}

}  // namespace

std::optional<RowProblem> PostingNormaliser::normalise(const std::vector<std::string>& fields,
                                                       NormalisedPosting& out) const {
  if (fields.size() != columns_.width) {
    return RowProblem{"", "row has " + std::to_string(fields.size()) + " fields, the header has " +
                              std::to_string(columns_.width)};
  }
  auto get = [&](PostingField field) { return field_of(fields, columns_, field); };

  out = NormalisedPosting{};
  out.title = get(PostingField::title);
  if (out.title.empty()) return RowProblem{"title", "title is empty"};
  std::string_view date_text = get(PostingField::posted_date);
  if (date_text.empty()) return RowProblem{"posted_date", "posted_date is empty"};
  std::optional<Date> date = parse_date(date_text);
  if (!date) {
    std::string why = date_range_problem(date_text);
    return RowProblem{
        "posted_date",
        "invalid date '" + excerpt(date_text) + "'" +
            (why.empty() ? " (expected YYYY-MM-DD, an ISO 8601 date-time or epoch seconds)"
                         : ": " + why)};
  }
  out.posted = *date;

  std::string_view source = get(PostingField::source);
  out.source = source.empty() ? default_source_ : std::string(source);
  out.external_id = get(PostingField::posting_id);
  out.company = get(PostingField::company);
  out.industry = get(PostingField::industry);
  out.country_text = get(PostingField::country);
  out.country = out.country_text.empty() ? nullptr : reference_.find_country(out.country_text);
  out.city = get(PostingField::city);
  out.seniority_given = get(PostingField::seniority);
  // The title is split into words once, for the seniority and the AI title rules.
  const std::vector<std::string> title_words = lower_words(out.title);
  out.seniority = classify_seniority(out.seniority_given, title_words);
  out.employment_type = get(PostingField::employment_type);
  out.remote = normalise_remote(get(PostingField::remote));
  out.description = get(PostingField::description);

  std::string iso = out.posted.iso();
  out.identity = out.external_id.empty() ? identity_of({"row", out.source, out.title, out.company,
                                                        iso, out.country_text, out.city})
                                         : identity_of({"id", out.source, out.external_id});

  normalise_pay(fields, out);
  normalise_skills(fields, out);
  out.ai_by_title = reference_.title_words_are_ai(title_words);
  out.is_ai = out.ai_by_title || std::any_of(out.skills.begin(), out.skills.end(),
                                             [](const PostingSkill& s) { return s.is_ai; });
  return std::nullopt;
}

void PostingNormaliser::normalise_pay(const std::vector<std::string>& fields,
                                      NormalisedPosting& out) const {
  auto get = [&](PostingField field) { return field_of(fields, columns_, field); };
  bool invalid = false;
  auto amount = [&](PostingField field) -> std::optional<double> {
    std::string_view text = get(field);
    if (text.empty()) return std::nullopt;
    std::optional<double> value = parse_amount(text);
    if (!value) invalid = true;
    return value;
  };
  out.salary_min = amount(PostingField::salary_min);
  out.salary_max = amount(PostingField::salary_max);
  out.salary = amount(PostingField::salary);

  std::string_view period_text = get(PostingField::salary_period);
  std::string_view currency_text = get(PostingField::salary_currency);
  out.salary_period = period_text;
  out.salary_currency = currency_text;

  std::optional<double> figure;
  if (out.salary_min && out.salary_max) {
    figure = (*out.salary_min + *out.salary_max) / 2;
  } else if (out.salary_min || out.salary_max) {
    figure = out.salary_min ? out.salary_min : out.salary_max;
  } else {
    figure = out.salary;
  }
  if (invalid) {
    out.pay_status = PayStatus::invalid_amount;
    return;
  }
  if (!figure) {
    out.pay_status = PayStatus::none;
    return;
  }

  std::optional<PayPeriod> period = period_text.empty() ? std::optional<PayPeriod>(PayPeriod::year)
                                                        : parse_pay_period(period_text);
  if (!period) {
    out.pay_status = PayStatus::unknown_period;
    return;
  }
  out.salary_period = to_string(*period);

  std::optional<std::string> currency;
  if (!currency_text.empty()) {
    currency = normalise_currency(currency_text);
  } else if (out.country != nullptr && !out.country->currency.empty()) {
    currency = out.country->currency;
  } else {
    currency = "USD";
  }
  std::optional<double> rate =
      currency ? reference_.fx().usd_per_unit(*currency, out.posted.year) : std::nullopt;
  if (!rate) {
    out.pay_status = PayStatus::unknown_currency;
    return;
  }
  out.salary_currency = *currency;
  out.pay_usd_annual = *figure * periods_per_year(*period) * *rate;
  out.pay_status = PayStatus::converted;
  out.pay_outlier = is_pay_outlier(*out.pay_usd_annual);
}

void PostingNormaliser::normalise_skills(const std::vector<std::string>& fields,
                                         NormalisedPosting& out) const {
  std::string_view text = field_of(fields, columns_, PostingField::skills);
  if (text.empty()) return;
  std::vector<std::string> seen_new;
  for (std::string& item : split_skills(text)) {
    const SkillInfo* info = reference_.find_skill(item);
    if (info != nullptr) {
      bool repeated = std::any_of(out.skills.begin(), out.skills.end(),
                                  [&](const PostingSkill& s) { return s.id == info->id; });
      if (!repeated) out.skills.push_back(PostingSkill{info->id, info->name, info->is_ai});
      continue;
    }
    std::string key = to_lower(item);
    if (std::find(seen_new.begin(), seen_new.end(), key) != seen_new.end()) continue;
    seen_new.push_back(std::move(key));
    out.skills.push_back(PostingSkill{0, std::move(item), false});
  }
}

}  // namespace jobsight
