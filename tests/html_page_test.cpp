// The HTML page around the charts: self-contained, escaped, well-formed.
#include <catch2/catch.hpp>

#include "jobsight/charts.hpp"
#include "support/xml_check.hpp"

TEST_CASE("an HTML page is self-contained, escaped and well-formed", "[html_page]") {
  jobsight::HtmlPage page;
  page.title = "Pay <&> report";
  page.facts = {{"filters", "--title 'R&D <lead>'"}};
  jobsight::HtmlSection first;
  first.id = "pay";
  first.heading = "pay";
  first.lead = "What \"pay\" is.";
  first.svg = jobsight::report_chart_svg(
      "ai-share", jobsight::Table{{"period", "postings", "ai_share_pct"},
                                  {{std::string("2025"), std::int64_t{10}, 12.5}}});
  first.table = {{"skill", "n"}, {{"C++ & <Rust>", "1,234"}}, {false, true}};
  first.command = "jobsight report pay-by-skill";
  jobsight::HtmlSection second;
  second.id = "empty";
  second.heading = "empty";
  second.table = {{"a"}, {}, {false}};
  second.empty_text = "No rows.";
  page.sections = {first, second};
  const std::string html = jobsight::html_page(page);
  INFO(html);
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(jobsight::test::xml_problem(html).empty());
  CHECK(html.find("<title>Pay &lt;&amp;&gt; report</title>") != std::string::npos);
  CHECK(html.find("--title &#39;R&amp;D &lt;lead&gt;&#39;") != std::string::npos);
  CHECK(html.find("<td>C++ &amp; &lt;Rust&gt;</td><td class=\"num\">1,234</td>") !=
        std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("<p class=\"empty\">No rows.</p>") != std::string::npos);
  CHECK(html.find("<a href=\"#empty\">empty</a>") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(http") == std::string::npos);
}
