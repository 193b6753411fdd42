// Fuzzes the single-field parsers: dates, amounts, pay periods, currencies, skills lists,
// years of experience and seniority. None may crash; what they accept must be well formed.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "normalise/dates.hpp"
#include "normalise/money.hpp"
#include "normalise/seniority.hpp"
#include "normalise/skills_field.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (std::optional<jobsight::Date> date = jobsight::parse_date(text)) {
    if (date->year < 1900 || date->year > 2100 || date->month < 1 || date->month > 12 ||
        date->day < 1 || date->day > 31) {
      std::abort();
    }
    std::optional<jobsight::Date> again = jobsight::parse_date(date->iso());
    if (!again || !(*again == *date)) std::abort();
  }
  if (std::optional<double> amount = jobsight::parse_amount(text)) {
    if (!std::isfinite(*amount) || *amount <= 0) std::abort();
  }
  (void)jobsight::parse_pay_period(text);
  if (std::optional<std::string> currency = jobsight::normalise_currency(text)) {
    if (currency->size() != 3) std::abort();
  }
  for (const std::string& skill : jobsight::split_skills(text)) {
    if (skill.empty()) std::abort();
  }
  const std::optional<int> years = jobsight::parse_experience_years(text);
  if (years && (*years < 0 || *years > 50)) std::abort();
  (void)jobsight::classify_seniority(text, text, years);
  return 0;
}
