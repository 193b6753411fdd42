#include "reports/summary_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "reports/trend_reports.hpp"

namespace jobsight {
namespace {

constexpr std::size_t kSkillsShown = 5;

double number(const Cell& cell) {
  if (const auto* i = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&cell)) return *d;
  return std::nan("");
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
  auto it = std::find(table.columns.begin(), table.columns.end(), name);
  if (it == table.columns.end()) throw std::logic_error("summary: no column " + name);
  return static_cast<std::size_t>(it - table.columns.begin());
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

struct Digest {
  Table table;
  void add(const std::string& topic, const std::string& item, const std::string& value,
           std::int64_t n) {
    table.rows.push_back({Cell{topic}, Cell{item}, Cell{value}, Cell{n}});
  }
};

void add_ai_share(Database& db, ReportFilters filters, Digest& digest) {
  filters.period = "month";
  Table months = run_trend_report(db, "ai-share", filters);
  if (months.rows.empty()) return;
  int latest = month_index(text(months.rows.back()[0]));
  struct Window {
    std::int64_t postings = 0, ai = 0;
  } recent, before;
  for (const auto& row : months.rows) {
    int age = latest - month_index(text(row[0]));
    Window* window = age < 12 ? &recent : age < 24 ? &before : nullptr;
    if (window == nullptr) continue;
    window->postings += count_of(row[1]);
    window->ai += count_of(row[2]);
  }
  auto share = [](const Window& w) {
    return 100.0 * static_cast<double>(w.ai) / static_cast<double>(w.postings);
  };
  digest.add("AI share of postings", month_key(latest - 11) + " to " + month_key(latest),
             fmt::format("{:.1f}%", share(recent)), recent.postings);
  if (before.postings == 0) return;
  digest.add("AI share of postings", month_key(latest - 23) + " to " + month_key(latest - 12),
             fmt::format("{:.1f}%", share(before)), before.postings);
  digest.add("AI share change", "last 12 months vs 12 before",
             fmt::format("{:+.1f} pts", share(recent) - share(before)),
             recent.postings + before.postings);
}

void add_pay_bands(Database& db, const ReportFilters& filters, Digest& digest) {
  Table levels = run_trend_report(db, "pay-by-level", filters);
  std::size_t p25 = column(levels, "p25"), median = column(levels, "median"),
              p75 = column(levels, "p75"), n = column(levels, "n");
  for (const auto& row : levels.rows) {
    digest.add("Pay band p25-p75", text(row[0]),
               dollars_k(number(row[p25])) + "-" + dollars_k(number(row[p75])) + ", median " +
                   dollars_k(number(row[median])),
               count_of(row[n]));
  }
}

void add_top_paying_skills(Database& db, ReportFilters filters, Digest& digest) {
  filters.source.reset();
  Table skills = run_trend_report(db, "pay-by-skill", filters);
  std::size_t median = column(skills, "median"), premium = column(skills, "premium_pct"),
              n = column(skills, "n");
  for (std::size_t r = 0; r < std::min(kSkillsShown, skills.rows.size()); ++r) {
    const auto& row = skills.rows[r];
    digest.add("Top paying skill", text(row[0]),
               "median " + dollars_k(number(row[median])) + ", " +
                   signed_pct(number(row[premium])) + " vs all",
               count_of(row[n]));
  }
}

void add_fastest_growing_skills(Database& db, ReportFilters filters, Digest& digest) {
  int min_n = filters.min_n.value_or(10);
  filters.source.reset();
  filters.min_n.reset();
  filters.period = "year";
  filters.top = 1'000'000;
  Table skills = run_trend_report(db, "top-skills", filters);
  if (skills.rows.empty()) return;
  std::size_t period = column(skills, "period"), change = column(skills, "change_pts"),
              share = column(skills, "share_pct"), postings = column(skills, "postings");
  std::string latest = text(skills.rows.back()[period]);
  std::vector<const std::vector<Cell>*> candidates;
  for (const auto& row : skills.rows) {
    if (text(row[period]) == latest && !std::isnan(number(row[change])) &&
        count_of(row[postings]) >= min_n) {
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
               count_of(row[postings]));
  }
}

void add_junior_trend(Database& db, ReportFilters filters, Digest& digest) {
  filters.source.reset();
  filters.min_n.reset();
  filters.period = "year";
  Table years = run_trend_report(db, "seniority-mix", filters);
  if (years.rows.empty()) return;
  std::size_t junior = column(years, "junior_share_pct"), postings = column(years, "postings");
  const auto& first = years.rows.front();
  const auto& last = years.rows.back();
  digest.add("Junior share", text(first[0]) + " to " + text(last[0]) + " (intern + entry)",
             fmt::format("{:.1f}% to {:.1f}%", number(first[junior]), number(last[junior])),
             count_of(first[postings]) + (years.rows.size() > 1 ? count_of(last[postings]) : 0));
}

void add_pay_vs_us(Database& db, const ReportFilters& filters, Digest& digest) {
  Table regions = run_trend_report(db, "pay-by-region", filters);
  std::size_t median = column(regions, "median"), vs_us = column(regions, "vs_us_pct"),
              n = column(regions, "n");
  for (const auto& row : regions.rows) {
    double versus = number(row[vs_us]);
    digest.add("Pay by region", text(row[0]),
               "median " + dollars_k(number(row[median])) +
                   (std::isnan(versus) ? std::string() : ", " + signed_pct(versus) + " vs US"),
               count_of(row[n]));
  }
}

}  // namespace

Table summary_report(Database& db, const ReportFilters& filters) {
  Digest digest;
  digest.table.columns = {"topic", "item", "value", "n"};
  add_ai_share(db, filters, digest);
  add_pay_bands(db, filters, digest);
  add_top_paying_skills(db, filters, digest);
  add_fastest_growing_skills(db, filters, digest);
  add_junior_trend(db, filters, digest);
  add_pay_vs_us(db, filters, digest);
  return digest.table;
}

}  // namespace jobsight
