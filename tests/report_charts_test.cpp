// Each report's chart for fixed hand-made tables, compared byte for byte with the golden files in
// tests/golden/charts/ (SVG and terminal text). After a deliberate change of the drawing, rerun
// with JOBSIGHT_UPDATE_GOLDEN=1 to rewrite them, and review the new files (open the SVGs).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "charts/report_charts.hpp"
#include "charts/scale.hpp"
#include "jobsight/charts.hpp"
#include "support/test_support.hpp"
#include "support/xml_check.hpp"

namespace {

using jobsight::Cell;
using jobsight::Table;

Cell num(double value) {
  return Cell{value};
}
Cell count(std::int64_t value) {
  return Cell{value};
}
Cell text(const char* value) {
  return Cell{std::string(value)};
}
const Cell null{};

// Compares `actual` with golden file `name`, or writes it with JOBSIGHT_UPDATE_GOLDEN=1.
void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = jobsight::test::source_path("tests/golden/charts/" + name);
  const char* update = std::getenv("JOBSIGHT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
  }
  INFO("golden file " << path << " (JOBSIGHT_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(jobsight::test::read_file(path) == actual);
}

Table ai_share_table() {
  return {{"period", "postings", "ai_postings", "ai_share_pct", "ai_share_pct_ci_low",
           "ai_share_pct_ci_high", "note"},
          {{text("2022"), count(866), count(107), num(12.36), num(10.3), num(14.7), null},
           {text("2023"), count(969), count(160), num(16.51), num(14.3), num(19.0), null},
           {text("2024"), count(8), count(2), num(25.0), num(7.1), num(59.1), null},
           {text("2025"), count(1155), count(295), num(25.54), num(23.1), num(28.1), null}}};
}

Table seniority_mix_table() {
  return {{"period", "postings", "intern", "entry", "mid", "senior", "lead", "executive",
           "junior_share_pct", "senior_share_pct", "senior_per_junior"},
          {{text("2022"), count(100), count(5), count(20), count(35), count(25), count(10),
            count(5), num(25), num(40), num(1.6)},
           {text("2023"), count(200), count(6), count(30), count(74), count(60), count(20),
            count(10), num(18), num(45), num(2.5)},
           {text("2024"), count(5), count(0), count(1), count(2), count(1), count(1), count(0),
            num(20), num(40), num(2)}}};
}

Table pay_by_level_table() {
  return {{"level", "n", "p25", "median", "median_ci_low", "median_ci_high", "p75", "note"},
          {{text("entry"), count(554), num(43810), num(64300), num(60950), num(67474), num(82300),
            null},
           {text("senior"), count(983), num(78370), num(116417), num(110743), num(120500),
            num(150900), null},
           {text("lead <& \"principal\">"), count(7), num(99232), num(150919), null, null,
            num(203000), text("n too small")}}};
}

Table pay_by_region_table() {
  return {{"region", "n", "median", "vs_us_pct", "vs_us_pct_ci_low", "vs_us_pct_ci_high"},
          {{text("Northern America"), count(1931), num(118000), num(-2.48), num(-7.26), num(2.54)},
           {text("Latin America and the Caribbean"), count(62), num(25000), num(-79.6), num(-83.2),
            num(-71.5)},
           {text("Zürich & 北京"), count(4), num(130000), num(8.0), null, null}}};
}

Table top_skills_table() {
  return {
      {"period", "rank", "skill", "category", "postings", "share_pct", "change_pts"},
      {{text("2025"), count(1), text("Python"), text("language"), count(500), num(48.1), null},
       {text("2026"), count(2), text("SQL"), text("language"), count(369), num(37.2), num(-1.1)},
       {text("2026"), count(1), text("Python"), text("language"), count(502), num(50.7), num(2.7)},
       {text("2026"), count(3), text("Rust"), text("language"), count(6), num(0.6), num(0.1)}}};
}

Table ai_premium_table() {
  return {{"level", "ai_n", "ai_median", "ai_median_ci_low", "ai_median_ci_high", "other_n",
           "other_median", "other_median_ci_low", "other_median_ci_high", "premium_pct"},
          {{text("intern"), count(2), null, null, null, count(11), num(48000), num(45400),
            num(57950), null},
           {text("entry"), count(13), num(108500), num(94000), num(126500), count(46), num(79225),
            num(72800), num(84200), num(36.95)},
           {text("all"), count(115), num(149240), num(144000), num(159000), count(311), num(122200),
            num(116500), num(128500), num(22.13)}}};
}

Table ai_growth_table() {
  return {{"industry", "year", "through_month", "ai_postings_prev", "ai_postings", "ai_growth_pct",
           "other_postings_prev", "other_postings", "other_growth_pct"},
          {{text("Technology"), count(2026), count(10), count(76), count(111), num(46.05),
            count(186), count(179), num(-3.76)},
           {text("Education"), count(2026), count(10), count(8), count(6), num(-25.0), count(43),
            count(38), num(-11.6)}}};
}

}  // namespace

TEST_CASE("each report's chart matches its golden SVG and is well-formed", "[charts]") {
  const std::vector<std::pair<std::string, Table>> cases = {
      {"ai-share", ai_share_table()},         {"seniority-mix", seniority_mix_table()},
      {"pay-by-level", pay_by_level_table()}, {"pay-by-region", pay_by_region_table()},
      {"top-skills", top_skills_table()},     {"ai-premium", ai_premium_table()},
      {"ai-growth", ai_growth_table()}};
  for (const auto& [report, table] : cases) {
    SECTION(report) {
      const std::string svg = jobsight::report_chart_svg(report, table);
      INFO(svg);
      CHECK(jobsight::test::xml_problem(svg).empty());
      CHECK(svg.find("<title id=") != std::string::npos);
      CHECK(svg.find("<desc id=") != std::string::npos);
      check_golden(report + ".svg", svg);
      check_golden(report + ".txt", jobsight::report_chart_text(report, table, 72, false));
    }
  }
}

TEST_CASE("a pay chart escapes its labels, fades a small group and says why", "[charts]") {
  const std::string svg = jobsight::report_chart_svg("pay-by-level", pay_by_level_table());
  CHECK(svg.find("lead &lt;&amp; &quot;principal&quot;&gt;") != std::string::npos);
  CHECK(svg.find("<g opacity=\"0.35\">") != std::string::npos);
  CHECK(svg.find("n below 10") != std::string::npos);
  CHECK(svg.find("lead <&") == std::string::npos);
}

TEST_CASE("the minimum n decides which groups are small", "[charts]") {
  auto chart = jobsight::charts::report_chart("ai-share", ai_share_table(), 900);
  REQUIRE(chart);
  CHECK(chart->small == std::vector<bool>{true, false, true, false});
  CHECK(chart->small_label == "n below 900");
  CHECK(chart->series[0].n.front() == 866);
}

TEST_CASE("top-skills charts the latest period in rank order", "[charts]") {
  auto chart = jobsight::charts::report_chart("top-skills", top_skills_table(), 10);
  REQUIRE(chart);
  CHECK(chart->categories == std::vector<std::string>{"Python", "SQL", "Rust"});
  CHECK(chart->title == "Top skills in 2026");
}

TEST_CASE("summary, an empty table and a table without the report's columns have no chart",
          "[charts]") {
  CHECK(jobsight::report_chart_svg("summary", Table{{"topic", "item", "value", "n"},
                                                    {{text("a"), text("b"), text("c"), count(1)}}})
            .empty());
  CHECK(jobsight::report_chart_svg("ai-share", Table{{"period", "ai_share_pct"}, {}}).empty());
  CHECK(jobsight::report_chart_svg("ai-share", Table{{"x"}, {{count(1)}}}).empty());
  CHECK(jobsight::report_chart_text("no-such-report", ai_share_table(), 80, false).empty());
}

TEST_CASE("terminal charts fit the width and colour only when asked", "[charts]") {
  for (std::size_t width : {40, 60, 80, 120}) {
    for (const std::string report : {"pay-by-region", "pay-by-level", "ai-premium"}) {
      const Table table = report == "pay-by-region"  ? pay_by_region_table()
                          : report == "pay-by-level" ? pay_by_level_table()
                                                     : ai_premium_table();
      const std::string text = jobsight::report_chart_text(report, table, width, false);
      std::size_t start = 0;
      while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end - start);
        INFO(report << " at " << width << ": " << line);
        CHECK(jobsight::charts::char_count(line) <= width);
        start = end + 1;
      }
      CHECK(text.find('\x1b') == std::string::npos);
    }
  }
  CHECK(jobsight::report_chart_text("ai-premium", ai_premium_table(), 80, true).find("\x1b[34m") !=
        std::string::npos);
}

TEST_CASE("a line of more points than fit their n labels gives the range of n in its note",
          "[charts]") {
  Table table{{"period", "postings", "ai_share_pct"}, {}};
  for (int month = 1; month <= 20; ++month) {
    table.rows.push_back({Cell{"2025-" + std::to_string(100 + month).substr(1)}, count(40 + month),
                          num(10.0 + month)});
  }
  auto chart = jobsight::charts::report_chart("ai-share", table, 10);
  REQUIRE(chart);
  // n is the statistic's symbol: lower case even at the start.
  CHECK(chart->note == "n per point 41 to 60 postings (each in its tooltip).");
  const std::string svg = jobsight::report_chart_svg("ai-share", table);
  CHECK(svg.find("n=41") == std::string::npos);
  CHECK(svg.find("<title>2025-01: 11%, n = 41</title>") != std::string::npos);
}

TEST_CASE("a pay bar whose percentiles are all the largest value still draws one cell",
          "[charts]") {
  Table table{{"level", "n", "p25", "median", "p75"},
              {{text("entry"), count(20), num(50000), num(60000), num(70000)},
               {text("lead"), count(20), num(90000), num(90000), num(90000)}}};
  const std::string text = jobsight::report_chart_text("pay-by-level", table, 40, false);
  INFO(text);
  CHECK(text.find("lead") != std::string::npos);
  CHECK(text.find("█ $90k n=20") != std::string::npos);
}
