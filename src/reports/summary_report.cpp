#include "reports/summary_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "util/intervals.hpp"
#include "reports/report_intervals.hpp"
#include "reports/table_cells.hpp"
#include "reports/trend_reports.hpp"

namespace jobsight {
namespace {

constexpr std::size_t kSkillsShown = 5;

// A cell as a number, NaN when it has none (the digest tests isnan where a value may be missing).
double number(const Cell& cell) {
  return number_of(cell).value_or(std::nan(""));
}

std::int64_t count_of(const Cell& cell) {
  const auto* i = std::get_if<std::int64_t>(&cell);
  return i != nullptr ? *i : 0;
}

std::string text(const Cell& cell) {
  const auto* s = std::get_if<std::string>(&cell);
  return s != nullptr ? *s : std::string();
}

// The position of column `name`; a report without it is a bug in the report's SQL.
std::size_t column(const Table& table, const std::string& name) {
  std::optional<std::size_t> c = column_index(table, name);
  if (!c) throw std::logic_error("summary: no column " + name);
  return *c;
}

// "$105k" for 104,600.
std::string dollars_k(double value) {
  return fmt::format("${:.0f}k", value / 1000);
}

std::string signed_pct(double value) {
  return fmt::format("{:+.1f}%", value);
}

// "2026-10" -> months since year 0, and back.
int month_index(const std::string& key) {
  return std::stoi(key.substr(0, 4)) * 12 + std::stoi(key.substr(5, 2)) - 1;
}
std::string month_key(int index) {
  return fmt::format("{:04d}-{:02d}", index / 12, index % 12 + 1);
}

// "95% CI " for a confidence of 0.95.
std::string ci_prefix(double confidence) {
  return fmt::format("{:g}% CI ", confidence * 100);
}

std::optional<double> cell_number(const std::vector<Cell>& row, const Table& table,
                                  const std::string& name) {
  double value = number(row[column(table, name)]);
  if (std::isnan(value)) return std::nullopt;
  return value;
}

// The interval of `name` in `row` (its _ci_low/_ci_high columns), written by `write`, or
// "n too small" when it does not exist.
template <typename Write>
std::string interval_text(const Table& table, const std::vector<Cell>& row, const std::string& name,
                          double confidence, Write write) {
  std::optional<double> low = cell_number(row, table, name + "_ci_low");
  std::optional<double> high = cell_number(row, table, name + "_ci_high");
  if (!low || !high) return "n too small";
  return ci_prefix(confidence) + write(*low, *high);
}

std::string dollars_range(double low, double high) {
  return dollars_k(low) + "-" + dollars_k(high);
}
std::string pct_range(double low, double high) {
  return fmt::format("{:.1f}% to {:.1f}%", low, high);
}
std::string signed_pct_range(double low, double high) {
  return signed_pct(low) + " to " + signed_pct(high);
}
std::string pts_range(double low, double high) {
  return fmt::format("{:+.1f} to {:+.1f} pts", low, high);
}

struct Digest {
  Table table;
  void add(const std::string& topic, const std::string& item, const std::string& value,
           const std::string& interval, std::int64_t n) {
    table.rows.push_back({Cell{topic}, Cell{item}, Cell{value}, Cell{interval}, Cell{n}});
  }
};

// What every part needs besides its own filters.
struct Settings {
  std::int64_t min_n = 10;
  double confidence = kDefaultConfidence;
};

ReportFilters with_intervals(ReportFilters filters, const Settings& settings) {
  filters.ci = true;
  filters.confidence = settings.confidence;
  return filters;
}

void add_ai_share(Database& db, ReportFilters filters, const Settings& settings, Digest& digest) {
  if (filters.ai) return;  // AI roles only (or none): the share says nothing
  filters.period = "month";
  filters.min_n.reset();
  Table months = run_trend_report(db, "ai-share", filters);
  if (months.rows.empty()) return;
  int latest = month_index(text(months.rows.back()[0]));
  // The 12 months up to the latest with data, and the 12 before; each labelled by the months
  // it has data for, so that a date filter never makes a window look longer than it is.
  struct Window {
    std::int64_t postings = 0, ai = 0;
    int first = 0, last = 0;
    std::string label() const {
      return first == last ? month_key(first) : month_key(first) + " to " + month_key(last);
    }
  } recent, before;
  for (const auto& row : months.rows) {
    int month = month_index(text(row[0]));
    int age = latest - month;
    Window* window = age < 12 ? &recent : age < 24 ? &before : nullptr;
    if (window == nullptr || count_of(row[1]) == 0) continue;
    if (window->postings == 0) window->first = month;
    window->last = month;
    window->postings += count_of(row[1]);
    window->ai += count_of(row[2]);
  }
  auto share = [](const Window& w) {
    return 100.0 * static_cast<double>(w.ai) / static_cast<double>(w.postings);
  };
  auto share_interval = [&](const Window& w) {
    std::optional<Interval> p = wilson_interval(w.ai, w.postings, settings.confidence);
    return p ? ci_prefix(settings.confidence) + pct_range(100 * p->low, 100 * p->high)
             : std::string("n too small");
  };
  if (recent.postings < settings.min_n) return;
  digest.add("AI share of postings", recent.label(), fmt::format("{:.1f}%", share(recent)),
             share_interval(recent), recent.postings);
  if (before.postings < settings.min_n) return;
  digest.add("AI share of postings", before.label(), fmt::format("{:.1f}%", share(before)),
             share_interval(before), before.postings);
  std::optional<Interval> change = newcombe_difference(recent.ai, recent.postings, before.ai,
                                                       before.postings, settings.confidence);
  // Two whole years of months read as such; anything shorter says which months it compares.
  const bool whole = recent.last - recent.first == 11 && before.last - before.first == 11;
  digest.add(
      "AI share change",
      whole ? std::string("last 12 months vs 12 before") : recent.label() + " vs " + before.label(),
      fmt::format("{:+.1f} pts", share(recent) - share(before)),
      change ? ci_prefix(settings.confidence) + pts_range(100 * change->low, 100 * change->high)
             : std::string("n too small"),
      recent.postings + before.postings);
}

void add_pay_bands(Database& db, const ReportFilters& filters, const Settings& settings,
                   Digest& digest) {
  Table levels = run_trend_report(db, "pay-by-level", with_intervals(filters, settings));
  std::size_t p25 = column(levels, "p25"), median = column(levels, "median"),
              p75 = column(levels, "p75"), n = column(levels, "n");
  for (const auto& row : levels.rows) {
    digest.add("Pay band p25-p75", text(row[0]),
               dollars_k(number(row[p25])) + "-" + dollars_k(number(row[p75])) + ", median " +
                   dollars_k(number(row[median])),
               "median " + interval_text(levels, row, "median", settings.confidence, dollars_range),
               count_of(row[n]));
  }
}

void add_top_paying_skills(Database& db, ReportFilters filters, const Settings& settings,
                           Digest& digest) {
  filters.source.reset();
  Table skills = run_trend_report(db, "pay-by-skill", with_intervals(filters, settings));
  std::size_t median = column(skills, "median"), premium = column(skills, "premium_pct"),
              n = column(skills, "n");
  for (std::size_t r = 0; r < std::min(kSkillsShown, skills.rows.size()); ++r) {
    const auto& row = skills.rows[r];
    digest.add("Top paying skill", text(row[0]),
               "median " + dollars_k(number(row[median])) + ", " +
                   signed_pct(number(row[premium])) + " vs all",
               "premium " +
                   interval_text(skills, row, "premium_pct", settings.confidence, signed_pct_range),
               count_of(row[n]));
  }
}

void add_fastest_growing_skills(Database& db, ReportFilters filters, const Settings& settings,
                                Digest& digest) {
  filters.source.reset();
  filters.min_n.reset();
  filters.period = "year";
  filters.top = 1'000'000;
  Table skills = run_trend_report(db, "top-skills", with_intervals(filters, settings));
  if (skills.rows.empty()) return;
  std::size_t period = column(skills, "period"), change = column(skills, "change_pts"),
              share = column(skills, "share_pct"), postings = column(skills, "postings");
  std::string latest = text(skills.rows.back()[period]);
  std::vector<const std::vector<Cell>*> candidates;
  for (const auto& row : skills.rows) {
    if (text(row[period]) == latest && !std::isnan(number(row[change])) &&
        count_of(row[postings]) >= settings.min_n) {
      candidates.push_back(&row);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [&](const auto* a, const auto* b) {
    return number((*a)[change]) > number((*b)[change]);
  });
  for (std::size_t r = 0; r < std::min(kSkillsShown, candidates.size()); ++r) {
    const auto& row = *candidates[r];
    digest.add("Fastest growing skill", text(row[column(skills, "skill")]),
               fmt::format("{:.1f}% of postings in {} ({:+.1f} pts)", number(row[share]), latest,
                           number(row[change])),
               "change " + interval_text(skills, row, "change_pts", settings.confidence, pts_range),
               count_of(row[postings]));
  }
}

// The junior share from the first year to the last with at least min-n postings each; nothing
// when that is one year (no trend), or when --level already chose the levels.
void add_junior_trend(Database& db, ReportFilters filters, const Settings& settings,
                      Digest& digest) {
  if (filters.level) return;
  filters.source.reset();
  filters.min_n.reset();
  filters.period = "year";
  Table years = run_trend_report(db, "seniority-mix", with_intervals(filters, settings));
  std::size_t junior = column(years, "junior_share_pct"), postings = column(years, "postings");
  std::optional<std::size_t> first, last;
  for (std::size_t r = 0; r < years.rows.size(); ++r) {
    if (count_of(years.rows[r][postings]) < settings.min_n) continue;
    if (!first) first = r;
    last = r;
  }
  if (!first || *first == *last) return;
  const auto& from = years.rows[*first];
  const auto& to = years.rows[*last];
  std::optional<Interval> change = change_interval("seniority-mix", "junior_share_pct", years,
                                                   *first, *last, settings.confidence);
  digest.add("Junior share", text(from[0]) + " to " + text(to[0]) + " (intern + entry)",
             fmt::format("{:.1f}% to {:.1f}% ({:+.1f} pts)", number(from[junior]),
                         number(to[junior]), number(to[junior]) - number(from[junior])),
             change
                 ? "change " + ci_prefix(settings.confidence) + pts_range(change->low, change->high)
                 : std::string("n too small"),
             count_of(from[postings]) + count_of(to[postings]));
}

void add_pay_vs_us(Database& db, const ReportFilters& filters, const Settings& settings,
                   Digest& digest) {
  Table regions = run_trend_report(db, "pay-by-region", with_intervals(filters, settings));
  std::size_t median = column(regions, "median"), vs_us = column(regions, "vs_us_pct"),
              n = column(regions, "n");
  for (const auto& row : regions.rows) {
    double versus = number(row[vs_us]);
    digest.add("Pay by region", text(row[0]),
               "median " + dollars_k(number(row[median])) +
                   (std::isnan(versus) ? std::string() : ", " + signed_pct(versus) + " vs US"),
               std::isnan(versus) ? "median " + interval_text(regions, row, "median",
                                                              settings.confidence, dollars_range)
                                  : "vs US " + interval_text(regions, row, "vs_us_pct",
                                                             settings.confidence, signed_pct_range),
               count_of(row[n]));
  }
}

}  // namespace

Table summary_report(Database& db, const ReportFilters& filters) {
  Digest digest;
  digest.table.columns = {"topic", "item", "value", "interval", "n"};
  Settings settings;
  settings.min_n = filters.min_n.value_or(10);
  settings.confidence = filters.confidence.value_or(kDefaultConfidence);
  add_ai_share(db, filters, settings, digest);
  add_pay_bands(db, filters, settings, digest);
  add_top_paying_skills(db, filters, settings, digest);
  add_fastest_growing_skills(db, filters, settings, digest);
  add_junior_trend(db, filters, settings, digest);
  add_pay_vs_us(db, filters, settings, digest);
  return digest.table;
}

}  // namespace jobsight
