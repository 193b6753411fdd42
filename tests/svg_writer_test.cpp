// The SVG writer and the axes under the charts: escaping, coordinates, ticks, value labels.
#include <catch2/catch.hpp>

#include "charts/scale.hpp"
#include "charts/svg_writer.hpp"
#include "support/xml_check.hpp"

using namespace jobsight::charts;

TEST_CASE("xml_escape escapes markup and quotes and replaces control characters", "[svg_writer]") {
  CHECK(xml_escape("R&D <b>\"x\" 'y'") == "R&amp;D &lt;b&gt;&quot;x&quot; &#39;y&#39;");
  CHECK(xml_escape("tab\tand\nline") == "tab\tand\nline");
  CHECK(xml_escape(std::string("a\x01"
                               "b\x1b",
                               4)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(xml_escape("Zürich 北京") == "Zürich 北京");
}

TEST_CASE("coordinates have one decimal and never read -0.0", "[svg_writer]") {
  CHECK(coordinate(12.345) == "12.3");
  CHECK(coordinate(-0.01) == "0.0");
  CHECK(coordinate(7) == "7.0");
  CHECK(coordinate(-3.25) == "-3.3");
  CHECK(coordinate(std::numeric_limits<double>::infinity()) == "0.0");
}

TEST_CASE("an SVG document has its title and description and escapes every text", "[svg_writer]") {
  SvgWriter svg(100, 50, "x", "Pay & <bonus>", "A \"test\" chart");
  svg.rect(0, 0, -5, 10, "fill=\"#000000\"");
  svg.begin_group("class=\"bar\"", "R&D: $100k");
  svg.text(1, 2, "<script>alert(1)</script>", "");
  svg.end_group();
  const std::string text = svg.finish();
  CHECK(text.find("<title id=\"x-title\">Pay &amp; &lt;bonus&gt;</title>") != std::string::npos);
  CHECK(text.find("<desc id=\"x-desc\">A &quot;test&quot; chart</desc>") != std::string::npos);
  CHECK(text.find("width=\"0.0\" height=\"10.0\"") != std::string::npos);
  CHECK(text.find("<title>R&amp;D: $100k</title>") != std::string::npos);
  CHECK(text.find("<script>") == std::string::npos);
  CHECK(jobsight::test::xml_problem(text).empty());
}

TEST_CASE("ticks are round numbers that cover the range", "[svg_writer]") {
  CHECK(nice_ticks(0, 28.9) == std::vector<double>{0, 10, 20, 30});
  CHECK(nice_ticks(0, 28.9, 8) == std::vector<double>{0, 5, 10, 15, 20, 25, 30});
  CHECK(nice_ticks(0, 236000) == std::vector<double>{0, 50000, 100000, 150000, 200000, 250000});
  CHECK(nice_ticks(-84.9, 2.5) == std::vector<double>{-100, -80, -60, -40, -20, 0, 20});
  const std::vector<double> around_zero = nice_ticks(0, 0);
  REQUIRE(around_zero.size() == 6);
  CHECK(around_zero.front() == 0);
  CHECK(around_zero.back() == Approx(1));
  CHECK(nice_ticks(5, 1).front() <= 1);
}

TEST_CASE("values read as short labels in their unit", "[svg_writer]") {
  CHECK(value_text(138016, ValueUnit::usd) == "$138k");
  CHECK(value_text(9500, ValueUnit::usd) == "$9.5k");
  CHECK(value_text(1250000, ValueUnit::usd) == "$1.2M");
  CHECK(value_text(-5000, ValueUnit::usd) == "-$5k");
  CHECK(value_text(25.0, ValueUnit::percent) == "25%");
  CHECK(value_text(12.36, ValueUnit::percent) == "12.4%");
  CHECK(value_text(-41.06, ValueUnit::percent) == "-41.1%");
  CHECK(value_text(2.5, ValueUnit::points) == "+2.5 pts");
  CHECK(value_text(1234567, ValueUnit::count) == "1,234,567");
}

TEST_CASE("labels are cut to display cells, never inside a character", "[svg_writer]") {
  CHECK(cut_label("Latin America and the Caribbean", 10) == "Latin Ame…");
  CHECK(cut_label("Zürich", 6) == "Zürich");
  CHECK(cut_label("北京北京北京", 3) == "北…");    // 北 takes two cells, … one
  CHECK(cut_label("北京北京北京", 6) == "北京…");  // 京 would make seven
  CHECK(char_count("北京") == 4);
  CHECK(cut_label("ab cd", 4) == "ab…");
  CHECK(char_count("Zürich") == 6);
}
