// Ordinary rows (see rows.hpp).
#include "rows.hpp"

#include <algorithm>

#include "csv_text.hpp"

namespace jobsight_generate {
namespace {

// Rounds a pay figure the way postings state it: under 100 to the half unit (hourly rates),
// otherwise to three significant digits.
double nice_round(double x) {
  if (x < 100.0) {
    const double halves = static_cast<double>(static_cast<std::int64_t>(x * 2.0 + 0.5));
    return halves / 2.0;
  }
  double step = 1.0;
  while (x >= step * 1000.0) step *= 10.0;
  return static_cast<double>(static_cast<std::int64_t>(x / step + 0.5)) * step;
}

// The step nice_round() rounds x to (0.5 under 100), so a range's ends can be kept apart.
double nice_step(double x) {
  if (x < 100.0) return 0.5;
  double step = 1.0;
  while (x >= step * 1000.0) step *= 10.0;
  return step;
}

// "a" or "an" before a title, by how it is read out ("an ML Engineer", "a UX Designer").
std::string_view article(std::string_view title) {
  auto starts = [title](std::string_view p) { return title.substr(0, p.size()) == p; };
  if (starts("UX") || starts("Uni")) return "a";
  if (starts("ML") || starts("NLP") || starts("LLM") || starts("SRE")) return "an";
  const char c = title.empty() ? 'x' : title[0];
  return (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U') ? "an" : "a";
}

// Whether a base title can take a roman level ("Software Engineer II"): engineer, developer,
// scientist and analyst titles.
bool roman_ok(std::string_view base) {
  auto ends = [base](std::string_view s) {
    return base.size() >= s.size() && base.substr(base.size() - s.size()) == s;
  };
  return ends("Engineer") || ends("Developer") || ends("Scientist") || ends("Analyst");
}

}  // namespace

void write_fields(std::string& out, const Fields& fields, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    if (k > 0) out.push_back(',');
    append_csv_field(out, fields[k]);
  }
  out.push_back('\n');
}

Generator::Generator(std::uint64_t seed, std::uint64_t rows) : rng_(seed) {
  // Dates: 2022-01-01 .. 2026-10-31, volume growing ~35% over the period, with weekly and
  // seasonal patterns.
  first_day_ = days_from_civil(2022, 1, 1);
  const std::int64_t last_day = days_from_civil(2026, 10, 31);
  const auto n_days = static_cast<std::size_t>(last_day - first_day_ + 1);
  constexpr std::array<double, 12> kMonthFactor{1.05, 1.05, 1.05, 1.00, 1.00, 0.98,
                                                0.95, 0.95, 1.03, 1.02, 0.97, 0.85};
  day_cumulative_.resize(n_days);
  double total = 0.0;
  for (std::size_t k = 0; k < n_days; ++k) {
    const std::int64_t z = first_day_ + static_cast<std::int64_t>(k);
    const Civil c = civil_from_days(z);
    const std::int64_t weekday = (z + 4) % 7;  // 0 = Sunday
    const double week_factor = (weekday == 0 || weekday == 6) ? 0.35 : 1.0;
    const double growth = 1.0 + 0.35 * static_cast<double>(k) / static_cast<double>(n_days - 1);
    total += growth * week_factor * kMonthFactor[static_cast<std::size_t>(c.month - 1)];
    day_cumulative_[k] = total;
  }

  for (const auto& country : kCountries) country_weights_.push_back(country.weight);
  for (const auto& industry : kIndustries) industry_weights_.push_back(industry.weight);
  industry_weight_total_ = 0.0;
  for (const double w : industry_weights_) industry_weight_total_ += w;

  // job_id numbers: a bijection of the row index modulo 10^width, so ids never repeat.
  if (rows <= 10'000'000ULL) {
    id_modulus_ = 10'000'000ULL;
    id_multiplier_ = 7'654'321ULL;
    id_width_ = 7;
  } else {
    id_modulus_ = 1'000'000'000'000ULL;
    id_multiplier_ = 1'000'003ULL;
    id_width_ = 12;
  }
  id_offset_ = splitmix64(seed) % id_modulus_;
}

double Generator::ai_share(double f, std::size_t industry) const {
  const double pos = clamp01(f, 0.0, 4.999);
  const auto node = static_cast<std::size_t>(pos);
  const double frac = pos - static_cast<double>(node);
  const double base = kAiShareNodes[node] + (kAiShareNodes[node + 1] - kAiShareNodes[node]) * frac;
  // Industry multipliers, normalised so the overall share follows kAiShareNodes.
  double mean = 0.0;
  for (std::size_t k = 0; k < kIndustries.size(); ++k) {
    mean += industry_weights_[k] * (kIndustries[k].ai_level + kIndustries[k].ai_slope * f);
  }
  mean /= industry_weight_total_;
  const Industry& ind = kIndustries[industry];
  return clamp01(base * (ind.ai_level + ind.ai_slope * f) / mean, 0.0, 0.9);
}

Level Generator::pick_level(double f) {
  // Junior (intern + entry) about 28% in 2022 falling to 16% in 2026; senior + lead + executive
  // rising from about 38% to 49%.
  const double junior = clamp01(0.2953 - 0.0306 * f, 0.10, 0.40);
  const double senior_plus = clamp01(0.37 + 0.026 * f, 0.30, 0.55);
  const std::array<double, kLevelCount> w{
      0.2 * junior,       0.8 * junior,       1.0 - junior - senior_plus,
      0.68 * senior_plus, 0.24 * senior_plus, 0.08 * senior_plus};
  return static_cast<Level>(rng_.pick(w.data(), w.size()));
}

const Role& Generator::pick_role(bool ai, Level level, std::size_t industry) {
  const std::vector<Role>& roles = level == Level::executive ? kExecRoles : kRoles;
  const std::string_view industry_name = kIndustries[industry].name;
  for (std::size_t k = 0; k < roles.size(); ++k) {
    const Role& r = roles[k];
    double w = r.ai == ai ? r.weight * trend(r.trend) : 0.0;
    if (r.title == "Financial Analyst") w *= industry_name == "Finance" ? 4.0 : 0.4;
    if (r.title == "Salesforce Developer" && industry_name == "Retail") w *= 2.0;
    scratch_[k] = w;
  }
  return roles[rng_.pick(scratch_.data(), roles.size())];
}

void Generator::build_title(std::string& out, Level level, const Role& role, bool must_carry,
                            int year) {
  const std::string_view base = role.title;
  out.clear();
  if (level == Level::executive) {
    out.append(base);
    return;
  }
  if (level == Level::mid) {
    out.append(base);
    if (roman_ok(base) && rng_.chance(0.15)) out.append(" II");
    return;
  }
  const bool carry = must_carry || rng_.chance(0.6);
  if (!carry) {
    out.append(base);
    return;
  }
  const double u = rng_.uniform();
  const bool roman = roman_ok(base);
  auto prefix = [&out, base](std::string_view p) {
    out.append(p);
    out.append(base);
  };
  auto suffix = [&out, base](std::string_view s) {
    out.append(base);
    out.append(s);
  };
  switch (level) {
    case Level::intern:
      if (u < 0.45) {
        suffix(" Intern");
      } else if (u < 0.60) {
        prefix("Intern - ");
      } else if (u < 0.75) {
        suffix(" Internship");
      } else if (u < 0.95) {
        suffix(" Intern (Summer ");
        append_int(out, year);
        out.push_back(')');
      } else {
        prefix("Apprentice ");
      }
      break;
    case Level::entry:
      if (u < 0.30) {
        prefix("Junior ");
      } else if (u < 0.42) {
        prefix("Jr. ");
      } else if (u < 0.47) {
        prefix("Jr ");
      } else if (u < 0.65) {
        if (roman) {
          suffix(" I");
        } else {
          prefix("Junior ");
        }
      } else if (u < 0.82) {
        prefix("Graduate ");
      } else if (u < 0.93) {
        prefix("Entry Level ");
      } else {
        suffix(" (New Grad)");
      }
      break;
    case Level::senior:
      if (u < 0.60) {
        prefix("Senior ");
      } else if (u < 0.80) {
        prefix("Sr. ");
      } else if (u < 0.85 || !roman) {
        prefix("Sr ");
      } else {
        suffix(" III");
      }
      break;
    case Level::lead:
      if (u < 0.35) {
        prefix("Lead ");
      } else if (u < 0.60) {
        prefix("Principal ");
      } else if (u < 0.85) {
        prefix("Staff ");
      } else if (u < 0.90 || !roman) {
        suffix(" Lead");
      } else {
        suffix(" IV");
      }
      break;
    case Level::mid:
    case Level::executive:
      break;
  }
}

void Generator::build_skills(std::string& out, const Role& role, double f, double& premium,
                             Sk& first_skill) {
  constexpr std::array<double, 6> kCountWeights{12, 20, 24, 20, 14, 10};  // 3..8 skills
  const std::size_t wanted = 3 + rng_.pick(kCountWeights.data(), kCountWeights.size());
  std::array<Sk, 8> picked{};
  std::size_t n = 0;
  chosen_.fill(false);

  auto draw_from = [&](const Pool& pool, bool ai_only) {
    for (std::size_t k = 0; k < pool.size(); ++k) {
      const PoolItem& item = pool[k];
      const SkillInfo& info = kSkillTable[static_cast<std::size_t>(item.skill)];
      const bool usable = !chosen_[static_cast<std::size_t>(item.skill)] && (!ai_only || info.ai);
      scratch_[k] = usable ? item.weight * trend(info.trend) : 0.0;
    }
    double total = 0.0;
    for (std::size_t k = 0; k < pool.size(); ++k) total += scratch_[k];
    if (total <= 0.0) return;
    const Sk s = pool[rng_.pick(scratch_.data(), pool.size())].skill;
    chosen_[static_cast<std::size_t>(s)] = true;
    picked[n++] = s;
  };

  if (role.ai) {
    draw_from(*role.pool, true);  // an AI role always asks for at least one AI skill
  } else if (role.ai_extra != nullptr &&
             rng_.chance(role.skill_ai_base + role.skill_ai_slope * f)) {
    draw_from(*role.ai_extra, false);
    if (rng_.chance(0.3)) draw_from(*role.ai_extra, false);
  }
  const std::size_t available = role.pool->size();
  const std::size_t target = std::min<std::size_t>(wanted, n + available);
  for (std::size_t guard = 0; n < target && guard < 16; ++guard) draw_from(*role.pool, false);

  // AI skills drawn first come first in the list only some of the time.
  if (n > 1 && rng_.chance(0.6)) std::swap(picked[0], picked[1 + rng_.below(n - 1)]);

  premium = 1.0;
  for (std::size_t k = 0; k < n; ++k)
    premium *= kSkillTable[static_cast<std::size_t>(picked[k])].premium;
  first_skill = picked[0];

  // Separator style: `;` most, `,`, `|`, or a Python / JSON style list.
  const double style_u = rng_.uniform();
  const int style = style_u < 0.50   ? 0
                    : style_u < 0.55 ? 1
                    : style_u < 0.72 ? 2
                    : style_u < 0.82 ? 3
                    : style_u < 0.95 ? 4
                                     : 5;
  out.clear();
  if (style == 4) out.push_back('[');
  if (style == 5) out.push_back('[');
  for (std::size_t k = 0; k < n; ++k) {
    const SkillInfo& info = kSkillTable[static_cast<std::size_t>(picked[k])];
    std::string_view spelling = info.name;
    if (!info.variants[0].empty() && rng_.chance(0.3)) {
      spelling =
          (!info.variants[1].empty() && rng_.chance(0.5)) ? info.variants[1] : info.variants[0];
    }
    if (k > 0) {
      switch (style) {
        case 0:
          out.push_back(';');
          break;
        case 1:
          out.append("; ");
          break;
        case 2:
          out.append(", ");
          break;
        case 3:
          out.push_back('|');
          break;
        default:
          out.append(", ");
          break;
      }
    }
    if (style == 4) out.push_back('\'');
    if (style == 5) out.push_back('"');
    out.append(spelling);
    if (style == 4) out.push_back('\'');
    if (style == 5) out.push_back('"');
  }
  if (style >= 4) out.push_back(']');
}

void Generator::build_description(std::string& out, const Role& role, std::string_view title,
                                  std::string_view company, std::string_view industry,
                                  std::string_view city, Sk first_skill, double f) {
  out.clear();
  auto duty = [this, &role, f]() -> std::string_view {
    switch (role.family) {
      case 0:
        return kDutiesEngineering[rng_.below(kDutiesEngineering.size())];
      case 1:
        return kDutiesData[rng_.below(kDutiesData.size())];
      case 2:
        return kDutiesBusiness[rng_.below(kDutiesBusiness.size())];
      default:
        if (f > 1.0 && rng_.chance(0.3 + 0.12 * f)) {
          return kDutiesAiGenerative[rng_.below(kDutiesAiGenerative.size())];
        }
        return kDutiesAiClassic[rng_.below(kDutiesAiClassic.size())];
    }
  };
  // Draw everything first, in a fixed order, then assemble.
  const auto& teams = kTeams[static_cast<std::size_t>(std::min(role.family, 3))];
  const std::string_view team = teams[rng_.below(teams.size())];
  const std::string_view a = article(title);
  const std::string_view d1 = duty();
  const std::string_view d2 = duty();
  const std::string_view d3 = duty();
  const std::string_view motto = kMottos[rng_.below(kMottos.size())];
  const std::string_view benefit = kBenefits[rng_.below(kBenefits.size())];
  const std::string_view where = (city.empty() || city == "Remote") ? "a remote-first setup" : city;
  constexpr std::array<double, 7> kTemplateWeights{25, 22, 6, 8, 6, 29, 4};
  switch (rng_.pick(kTemplateWeights.data(), kTemplateWeights.size())) {
    case 0:
      out.append(company)
          .append(" is looking for ")
          .append(a)
          .append(" ")
          .append(title)
          .append(" to join our ");
      out.append(team).append(" team in ").append(where).append(". You will ").append(d1);
      out.append(" and ").append(d2).append(".");
      break;
    case 1:
      out.append("As ").append(a).append(" ").append(title).append(" at ").append(company).append(
          ", you will ");
      out.append(d1).append(", ").append(d2).append(" and ").append(d3).append(".");
      break;
    case 2:  // multi-line
      out.append("We are hiring ")
          .append(a)
          .append(" ")
          .append(title)
          .append(". You will ")
          .append(d1);
      out.append(".\nWhat we offer: ").append(benefit).append(".");
      break;
    case 3:  // quotes
      out.append("Join ").append(company).append("! Our ").append(team).append(" team needs ");
      out.append(a).append(" ");
      out.append(title).append(" to ").append(d1).append(". Our motto is \"");
      out.append(motto).append("\".");
      break;
    case 4:  // multi-line list
      out.append("Responsibilities:\n- ").append(d1).append("\n- ").append(d2);
      out.append("\n- ").append(d3);
      break;
    case 5:
      out.append(company).append(" (").append(industry).append(") is growing. The ");
      out.append(title).append(" will ").append(d1).append("; experience with ");
      out.append(kSkillTable[static_cast<std::size_t>(first_skill)].name).append(" is a plus.");
      break;
    default:
      break;  // no description
  }
}

void Generator::make_row(std::uint64_t index, Fields& out, RowInfo& info) {
  // Date.
  const double total = day_cumulative_.back();
  const double target = rng_.uniform() * total;
  const auto it = std::upper_bound(day_cumulative_.begin(), day_cumulative_.end(), target);
  const auto day_index = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
      it - day_cumulative_.begin(), static_cast<std::ptrdiff_t>(day_cumulative_.size() - 1)));
  const std::int64_t z = first_day_ + static_cast<std::int64_t>(day_index);
  const Civil date = civil_from_days(z);
  const double f = static_cast<double>(day_index) / 365.25;  // years since 2022-01-01
  for (std::size_t k = 0; k < kTrendCount; ++k) {
    trends_[k] = trend_factor(static_cast<Trend>(k), f);
  }

  const std::size_t source = rng_.pick(kSourceWeights.data(), kSourceWeights.size());
  const std::size_t industry = rng_.pick(industry_weights_.data(), industry_weights_.size());
  const Industry& ind = kIndustries[industry];
  const std::string_view company = ind.companies[rng_.below(ind.companies.size())];

  // Place.
  const Country* country = nullptr;
  const UnknownPlace* unknown = nullptr;
  const City* city = nullptr;
  if (rng_.chance(kUnknownCountryShare)) {
    unknown = &kUnknownPlaces[rng_.below(kUnknownPlaces.size())];
  } else {
    country = &kCountries[rng_.pick(country_weights_.data(), country_weights_.size())];
    for (std::size_t k = 0; k < country->cities.size(); ++k)
      scratch_[k] = country->cities[k].weight;
    city = &country->cities[rng_.pick(scratch_.data(), country->cities.size())];
  }

  const bool ai = rng_.chance(ai_share(f, industry));
  const Level level = pick_level(f);
  const Role& role = pick_role(ai, level, industry);

  // Seniority column: LinkedIn words or EN/MI/SE/EX codes depending on the source; only terms
  // whose meaning SPEC 2.1 fixes. Empty for about 40% of rows.
  std::string_view seniority;
  {
    bool codes = false;
    double given = 0.0;
    switch (source) {
      case 0:
        given = 0.95;
        break;
      case 1:
        given = 0.85;
        codes = rng_.chance(0.5);
        break;
      case 2:
        given = 0.95;
        codes = true;
        break;
      default:
        given = 0.75;
        codes = true;
        break;
    }
    const bool give = rng_.chance(given);
    const bool alt = rng_.chance(0.3);
    if (give) {
      switch (level) {
        case Level::intern:
          seniority = codes ? "" : "Internship";
          break;
        case Level::entry:
          seniority = codes ? "EN" : (alt ? "Associate" : "Entry level");
          break;
        case Level::mid:
          seniority = codes ? "MI" : "";
          break;
        case Level::senior:
          seniority = codes ? "SE" : "Mid-Senior level";
          break;
        case Level::lead:
          seniority = "";
          break;
        case Level::executive:
          seniority = codes ? "EX" : (alt ? "Executive" : "Director");
          break;
      }
    }
  }
  const int intern_year = date.month <= 6 ? date.year : date.year + 1;
  build_title(out[kTitle], level, role, seniority.empty(), intern_year);

  // Employment type.
  std::string_view employment;
  {
    const double u = rng_.uniform();
    if (level == Level::intern) {
      employment = u < 0.85 ? "Internship" : u < 0.95 ? "Part-time" : "Full-time";
    } else if (level == Level::executive) {
      employment = u < 0.97 ? "Full-time" : "Contract";
    } else {
      employment = u < 0.88 ? "Full-time" : u < 0.96 ? "Contract" : "Part-time";
    }
  }

  // Remote: remote share falls from ~28% to ~15%, hybrid rises from ~22% to ~37%.
  std::string_view remote;
  {
    const double p_remote = clamp01(0.28 - 0.03 * f, 0.1, 0.4);
    const double p_hybrid = clamp01(0.22 + 0.035 * f, 0.1, 0.45);
    const double u = rng_.uniform();
    int mode = u < p_remote ? 2 : u < p_remote + p_hybrid ? 1 : 0;  // 0 onsite 1 hybrid 2 remote
    if (unknown != nullptr) mode = 2;
    const bool empty = rng_.chance(0.08);
    const double form = rng_.uniform();
    static constexpr std::array<std::string_view, 3> kLower{"onsite", "hybrid", "remote"};
    static constexpr std::array<std::string_view, 3> kCapital{"Onsite", "Hybrid", "Remote"};
    static constexpr std::array<std::string_view, 3> kRatio{"0", "50", "100"};
    const auto m = static_cast<std::size_t>(mode);
    if (empty) {
      remote = "";
    } else if (source == 0) {
      remote = kCapital[m];
    } else if (source == 1) {
      remote = (form < 0.5 && mode != 1) ? (mode == 2 ? "true" : "false") : kLower[m];
    } else if (source == 2) {
      remote = form < 0.8 ? kRatio[m] : kLower[m];
    } else {
      remote = kLower[m];
    }
  }

  // Skills.
  double premium = 1.0;
  Sk first_skill = kPython;
  build_skills(out[kSkills], role, f, premium, first_skill);

  // Pay: an annual USD figure, then the local currency and the stated period.
  const auto lv = static_cast<std::size_t>(level);
  double role_factor = role.pay;
  if (level == Level::intern) role_factor = 1.0 - (1.0 - role.pay) * 0.5;
  const double place_factor = unknown != nullptr ? 0.75 : country->pay * city->pay;
  const double time_factor = 0.90 + 0.022 * f;  // ~2.4% a year nominal growth to 2026
  const double noise = 1.0 + 0.10 * clamp01(rng_.normal(), -2.5, 2.5);
  double annual_usd = kUsAiPay[lv] * role_factor * place_factor * time_factor * premium * noise;
  if (annual_usd < 6500.0) annual_usd = 6500.0;  // keep clear of the 5,000 USD outlier floor
  const std::string_view currency = unknown != nullptr ? unknown->currency : country->currency;
  const double per_usd = unknown != nullptr ? (currency == "EUR" ? 0.924 : 1.0) : country->per_usd;
  const double annual_local = annual_usd * per_usd;

  std::string_view period;
  {
    const double u = rng_.uniform();
    if (level == Level::intern) {
      period = u < 0.55 ? "hour" : u < 0.70 ? "month" : "year";
    } else if (employment == "Contract") {
      period = u < 0.50 ? "hour" : u < 0.65 ? "day" : u < 0.70 ? "week" : "year";
    } else if (employment == "Part-time") {
      period = u < 0.70 ? "hour" : "year";
    } else if (country != nullptr && country->monthly_pay) {
      period = u < 0.50 ? "month" : u < 0.98 ? "year" : "hour";
    } else {
      period = u < 0.93 ? "year" : u < 0.96 ? "month" : u < 0.99 ? "hour" : "week";
    }
  }
  double divisor = 1.0;
  if (period == "hour")
    divisor = 2080.0;
  else if (period == "day")
    divisor = 260.0;
  else if (period == "week")
    divisor = 52.0;
  else if (period == "month")
    divisor = 12.0;
  const double amount = annual_local / divisor;
  const double width = 0.08 + 0.14 * rng_.uniform();
  double lo = nice_round(amount * (1.0 - width));
  double hi = nice_round(amount * (1.0 + width));
  if (hi <= lo) hi = lo + nice_step(lo);
  const double single = nice_round(amount);

  const double pay_u = rng_.uniform();
  const int pay_kind = pay_u < 0.55 ? 2 : pay_u < 0.65 ? 1 : 0;  // 2 range, 1 single, 0 none
  const bool currency_empty = unknown == nullptr && rng_.chance(0.15);
  const bool period_empty = period == "year" && rng_.chance(0.10);
  for (const Field k : {kSalaryMin, kSalaryMax, kSalary, kCurrency, kPayPeriod}) out[k].clear();
  if (pay_kind == 2) {
    append_amount(out[kSalaryMin], lo);
    append_amount(out[kSalaryMax], hi);
  } else if (pay_kind == 1) {
    append_amount(out[kSalary], single);
  }
  if (pay_kind != 0) {
    if (!currency_empty) out[kCurrency].assign(currency);
    if (!period_empty) out[kPayPeriod].assign(period);
  }
  info.pay_period_amount = single;
  info.period = period;
  info.currency = currency;

  // Identity.
  info.id.assign(kIdPrefixes[source]);
  append_padded(info.id, (index % id_modulus_ * id_multiplier_ + id_offset_) % id_modulus_,
                id_width_);
  info.has_id = !rng_.chance(kNoIdShare[source]);
  out[kJobId].assign(info.has_id ? std::string_view(info.id) : std::string_view());

  // Date text: mostly YYYY-MM-DD; some sources give a time, an ISO timestamp or epoch time.
  std::string& d = out[kDatePosted];
  d.clear();
  {
    const double u = rng_.uniform();
    const auto secs = static_cast<int>(rng_.below(86400));
    const int office_secs = 9 * 3600 + static_cast<int>(rng_.below(9 * 3600));
    const std::int64_t epoch = z * 86400 + secs;
    if (source == 0 && u < 0.15) {
      append_int(d, epoch * 1000 + static_cast<std::int64_t>(rng_.below(1000)));
    } else if (source == 1 && u < 0.30) {
      append_date(d, date);
      d.push_back(' ');
      append_time(d, secs);
    } else if (source == 2 && u < 0.10) {
      append_int(d, epoch);
    } else if (source == 3 && u < 0.40) {
      // Office hours with offsets within -05:00..+05:30, so the UTC date is the same day.
      static constexpr std::array<std::string_view, 6> kOffsets{"Z",      "+01:00", "+02:00",
                                                                "-05:00", "+05:30", "-04:00"};
      append_date(d, date);
      d.push_back('T');
      append_time(d, office_secs);
      d.append(kOffsets[rng_.below(kOffsets.size())]);
    } else {
      append_date(d, date);
    }
  }

  out[kSource].assign(kSources[source]);
  out[kCompany].assign(company);
  out[kIndustry].assign(ind.name);
  out[kSeniority].assign(seniority);
  out[kEmploymentType].assign(employment);
  out[kRemote].assign(remote);

  // Country text: name, ISO alpha-2, alpha-3 or a common alias.
  std::string_view city_text;
  if (unknown != nullptr) {
    out[kCountry].assign(unknown->text);
    city_text = rng_.chance(0.5) ? "Remote" : "";
  } else {
    const double u = rng_.uniform();
    std::string_view text = country->name;
    if (u < 0.60)
      text = country->name;
    else if (u < 0.80)
      text = country->alpha2;
    else if (u < 0.90)
      text = country->alpha3;
    else if (!country->alias.empty())
      text = country->alias;
    out[kCountry].assign(text);
    city_text = city->name;
  }
  out[kCity].assign(city_text);

  build_description(out[kDescription], role, out[kTitle], company, ind.name, city_text, first_skill,
                    f);
}

}  // namespace jobsight_generate
