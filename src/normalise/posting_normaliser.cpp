#include "normalise/posting_normaliser.hpp"

#include <algorithm>

#include "normalise/skills_field.hpp"
#include "util/sha256.hpp"
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

// A URL without its query string, fragment and trailing "/".
std::string canonical_url(std::string_view url) {
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

}  // namespace

PostingNormaliser::PostingNormaliser(const ReferenceData& reference, const PostingColumns& columns,
                                     std::string default_source, DateOptions dates)
    : reference_(reference),
      columns_(columns),
      default_source_(std::move(default_source)),
      dates_(dates) {}

std::optional<RowProblem> PostingNormaliser::normalise(const std::vector<std::string>& fields,
                                                       NormalisedPosting& out) const {
  if (std::optional<RowProblem> problem = columns_.check_width(fields)) return problem;
  auto get = [&](PostingField field) { return columns_.get(fields, field); };

  out = NormalisedPosting{};
  out.title = get(PostingField::title);
  if (out.title.empty()) return RowProblem{"title", "title is empty"};
  std::string_view date_text = get(PostingField::posted_date);
  if (date_text.empty()) return RowProblem{"posted_date", "posted_date is empty"};
  DateResult date = dates_.read(date_text);
  if (!date.date) return RowProblem{"posted_date", std::move(date.problem)};
  out.posted = *date.date;

  std::string_view source = get(PostingField::source);
  out.source = source.empty() ? default_source_ : std::string(source);
  out.external_id = get(PostingField::posting_id);
  out.company = get(PostingField::company);
  out.industry = get(PostingField::industry);
  out.country_text = get(PostingField::country);
  out.country = out.country_text.empty() ? nullptr : reference_.find_country(out.country_text);
  out.city = get(PostingField::city);
  out.state = get(PostingField::state);
  if (out.country_text.empty()) {
    // No country: a state or province, or a location ending in ", ST", implies one (SPEC 2.5).
    if (!out.state.empty()) out.country = reference_.country_of_state(out.state);
    if (out.country == nullptr && !out.city.empty()) {
      out.country = reference_.country_of_location(out.city);
    }
  }
  out.seniority_given = get(PostingField::seniority);
  out.experience_given = get(PostingField::experience);
  // The title is split into words once, for the seniority and the AI title rules.
  const std::vector<std::string> title_words = lower_words(out.title);
  out.title_words = join_words(title_words);
  out.seniority = classify_seniority(out.seniority_given, title_words,
                                     parse_experience_years(out.experience_given));
  out.employment_type = get(PostingField::employment_type);
  out.remote = normalise_remote(get(PostingField::remote));
  out.description = get(PostingField::description);

  // Identity (SPEC 2.6): the source's own id, else what the row says, so that two different
  // postings without an id are not merged. A URL standing in for the id is compared without its
  // query string, fragment and trailing "/" (tracking parameters differ for one ad).
  if (columns_.matched_by[static_cast<std::size_t>(PostingField::posting_id)] ==
      MatchedBy::fallback) {
    out.external_id = canonical_url(out.external_id);
  }
  std::string iso = out.posted.iso();
  out.identity =
      out.external_id.empty()
          ? identity_of({"row", out.source, out.title, out.company, iso, out.country_text, out.city,
                         out.state, get(PostingField::salary_min), get(PostingField::salary_max),
                         get(PostingField::salary), get(PostingField::salary_currency),
                         get(PostingField::salary_period), out.employment_type, out.description})
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
  auto get = [&](PostingField field) { return columns_.get(fields, field); };
  PayText text;
  text.salary_min = get(PostingField::salary_min);
  text.salary_max = get(PostingField::salary_max);
  text.salary = get(PostingField::salary);
  text.period = get(PostingField::salary_period);
  text.currency = get(PostingField::salary_currency);
  Pay pay = jobsight::normalise_pay(text, out.country, out.posted.year, reference_.fx());
  out.salary_min = pay.salary_min;
  out.salary_max = pay.salary_max;
  out.salary_period = std::move(pay.period);
  store_pay(std::move(pay), text, out);
}

void PostingNormaliser::normalise_skills(const std::vector<std::string>& fields,
                                         NormalisedPosting& out) const {
  std::string_view text = columns_.get(fields, PostingField::skills);
  if (text.empty()) {
    // No skills column, or an empty cell: the taxonomy's skills named in the title and the
    // description (SPEC 2.3); text never adds new skills.
    for (std::string_view part : {std::string_view(out.title), std::string_view(out.description)}) {
      for (const SkillInfo* info : reference_.skills_in_text(part)) {
        bool repeated = std::any_of(out.skills.begin(), out.skills.end(),
                                    [&](const PostingSkill& s) { return s.id == info->id; });
        if (!repeated) out.skills.push_back(PostingSkill{info->id, info->name, info->is_ai, true});
      }
    }
    return;
  }
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
