#include <catch2/catch.hpp>
#include <sstream>

#include "cli/render.hpp"
#include "jobsight/error.hpp"

using jobsight::Cell;
using jobsight::Table;
using jobsight::cli::Format;
using jobsight::cli::RenderStyle;

namespace {

Table sample_table() {
  Table table;
  table.columns = {"skill", "n", "median", "premium_pct", "ratio"};
  table.rows.push_back({Cell{std::string("PyTorch")}, Cell{std::int64_t{1234}}, Cell{185000.4},
                        Cell{12.345}, Cell{1.5}});
  table.rows.push_back({Cell{std::string("Excel, advanced")}, Cell{std::int64_t{7}}, Cell{60000.0},
                        Cell{-20.0}, Cell{std::monostate{}}});
  return table;
}

std::string rendered(const Table& table, Format format, const RenderStyle& style) {
  std::ostringstream out;
  jobsight::cli::render(table, format, out, style);
  return out.str();
}

std::string rendered(const Table& table, Format format, std::size_t width = 100) {
  RenderStyle style;
  style.width = width;
  return rendered(table, format, style);
}

// Text with two-byte, three-byte and wide (two-column) characters and a combining mark.
Table unicode_table() {
  Table table;
  table.columns = {"n", "name", "note"};
  table.rows.push_back({Cell{std::int64_t{7}}, Cell{std::string("Zürich Ingénieur")},
                        Cell{std::string("日本語テキスト")}});
  table.rows.push_back(
      {Cell{std::int64_t{12}}, Cell{std::string("ab")}, Cell{std::string("cafe\u0301 au lait")}});
  return table;
}

}  // namespace

TEST_CASE("the table format aligns columns and formats numbers for people", "[render]") {
  CHECK(rendered(sample_table(), Format::table) ==
        "skill                n   median  premium %  ratio\n"
        "---------------  -----  -------  ---------  -----\n"
        "PyTorch          1,234  185,000       12.3   1.50\n"
        "Excel, advanced      7   60,000      -20.0      -\n");
}

TEST_CASE("the table format wraps headers to fit the width", "[render]") {
  CHECK(rendered(sample_table(), Format::table, 47) ==
        "                                 premium\n"
        "skill                n   median        %  ratio\n"
        "---------------  -----  -------  -------  -----\n"
        "PyTorch          1,234  185,000     12.3   1.50\n"
        "Excel, advanced      7   60,000    -20.0      -\n");
  // Narrower than its numbers: the last column goes to a second panel, under the skill again.
  CHECK(rendered(sample_table(), Format::table, 40) ==
        "                                 premium\n"
        "skill                n   median        %\n"
        "---------------  -----  -------  -------\n"
        "PyTorch          1,234  185,000     12.3\n"
        "Excel, advanced      7   60,000    -20.0\n"
        "\n"
        "skill            ratio\n"
        "---------------  -----\n"
        "PyTorch           1.50\n"
        "Excel, advanced      -\n");
}

TEST_CASE("the csv format prints plain numbers at full precision", "[render]") {
  CHECK(rendered(sample_table(), Format::csv) ==
        "skill,n,median,premium_pct,ratio\n"
        "PyTorch,1234,185000.4,12.345,1.5\n"
        "\"Excel, advanced\",7,60000,-20,\n");
}

TEST_CASE("the json format prints numbers as numbers and NULL as null", "[render]") {
  CHECK(rendered(sample_table(), Format::json) ==
        "[\n"
        "  {\n"
        "    \"skill\": \"PyTorch\",\n"
        "    \"n\": 1234,\n"
        "    \"median\": 185000.4,\n"
        "    \"premium_pct\": 12.345,\n"
        "    \"ratio\": 1.5\n"
        "  },\n"
        "  {\n"
        "    \"skill\": \"Excel, advanced\",\n"
        "    \"n\": 7,\n"
        "    \"median\": 60000.0,\n"
        "    \"premium_pct\": -20.0,\n"
        "    \"ratio\": null\n"
        "  }\n"
        "]\n");
}

TEST_CASE("the markdown format prints a pipe table with numeric columns right-aligned",
          "[render]") {
  CHECK(rendered(sample_table(), Format::markdown) ==
        "| skill | n | median | premium_pct | ratio |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        "| PyTorch | 1,234 | 185,000 | 12.3 | 1.50 |\n"
        "| Excel, advanced | 7 | 60,000 | -20.0 | - |\n");
}

TEST_CASE("numbers as stored are plain integers and full reals, whatever the column is called",
          "[render]") {
  RenderStyle style;
  style.numbers_as_stored = true;
  CHECK(rendered(sample_table(), Format::table, style) ==
        "skill               n    median  premium %  ratio\n"
        "---------------  ----  --------  ---------  -----\n"
        "PyTorch          1234  185000.4     12.345    1.5\n"
        "Excel, advanced     7   60000.0      -20.0      -\n");
  CHECK(rendered(sample_table(), Format::markdown, style) ==
        "| skill | n | median | premium_pct | ratio |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        "| PyTorch | 1234 | 185000.4 | 12.345 | 1.5 |\n"
        "| Excel, advanced | 7 | 60000.0 | -20.0 | - |\n");
  CHECK(rendered(sample_table(), Format::csv, style) == rendered(sample_table(), Format::csv));
}

TEST_CASE("cut to width: text cells end in an ellipsis, at whole characters, in display columns",
          "[render]") {
  RenderStyle style;
  style.width = 28;
  style.cut_first = {"note"};
  // `note` gives way first, down to 6 columns: a wide character counts 2, a combining mark 0.
  CHECK(rendered(unicode_table(), Format::table, style) ==
        " n  name              note\n"
        "--  ----------------  -----\n"
        " 7  Zürich Ingénieur  日本…\n"
        "12  ab                cafe\u0301…\n");
  // Then the other text columns; numbers are never cut, headers keep whole words.
  style.width = 20;
  CHECK(rendered(unicode_table(), Format::table, style) ==
        " n  name        note\n"
        "--  ----------  ----\n"
        " 7  Zürich In…  日…\n"
        "12  ab          caf…\n");
  // Wide enough: nothing is cut. Markdown never is.
  style.width = 40;
  CHECK(rendered(unicode_table(), Format::table, style) ==
        " n  name              note\n"
        "--  ----------------  --------------\n"
        " 7  Zürich Ingénieur  日本語テキスト\n"
        "12  ab                cafe\u0301 au lait\n");
  style.width = 10;
  CHECK(rendered(unicode_table(), Format::markdown, style) ==
        rendered(unicode_table(), Format::markdown));
}

TEST_CASE("an empty table says so in the table format", "[render]") {
  Table table;
  table.columns = {"period", "postings"};
  CHECK(rendered(table, Format::table) == "period  postings\n------  --------\n(no rows)\n");
  CHECK(rendered(table, Format::json) == "[]\n");
}

TEST_CASE("formats are parsed by name and unknown ones are refused", "[render]") {
  CHECK(jobsight::cli::parse_format("markdown") == Format::markdown);
  CHECK_THROWS_WITH(jobsight::cli::parse_format("xml"),
                    "--format 'xml' is not one of table, csv, json, markdown");
  CHECK(jobsight::cli::with_thousands(0) == "0");
  CHECK(jobsight::cli::with_thousands(999) == "999");
  CHECK(jobsight::cli::with_thousands(1000) == "1,000");
  CHECK(jobsight::cli::with_thousands(-1234567) == "-1,234,567");
}

TEST_CASE("the table format keeps line numbers plain and line breaks in text off the layout",
          "[render]") {
  Table table;
  table.columns = {"line", "raw_record"};
  table.rows.push_back({Cell{std::int64_t{1100}}, Cell{std::string("a,\"b\r\nc\",d\ne")}});
  CHECK(rendered(table, Format::table) ==
        "line  raw record\n"
        "----  -----------\n"
        "1100  a,\"b c\",d e\n");
  CHECK(rendered(table, Format::csv) == "line,raw_record\n1100,\"a,\"\"b\r\nc\"\",d\ne\"\n");
}

TEST_CASE("text is measured in display cells: accents and wide characters stay aligned",
          "[render]") {
  Table table;
  table.columns = {"city", "n"};
  for (const char* city : {"Curaçao", "Zürich", "北京", "A → B"}) {
    table.rows.push_back({Cell{std::string(city)}, Cell{std::int64_t{7}}});
  }
  CHECK(rendered(table, Format::table) ==
        "city     n\n"
        "-------  -\n"
        "Curaçao  7\n"
        "Zürich   7\n"
        "北京     7\n"
        "A → B    7\n");
}

TEST_CASE("numbers that do not fit side by side are printed in panels repeating the names",
          "[render]") {
  Table table;
  table.columns = {"period", "postings", "intern", "entry", "senior", "executive"};
  table.rows.push_back({Cell{std::string("2024")}, Cell{std::int64_t{1004}}, Cell{std::int64_t{45}},
                        Cell{std::int64_t{187}}, Cell{std::int64_t{287}}, Cell{std::int64_t{46}}});
  CHECK(rendered(table, Format::table, 36) ==
        "period  postings  intern  entry\n"
        "------  --------  ------  -----\n"
        "2024       1,004      45    187\n"
        "\n"
        "period  senior  executive\n"
        "------  ------  ---------\n"
        "2024       287         46\n");
  // Markdown is never split.
  CHECK(rendered(table, Format::markdown, 36) == rendered(table, Format::markdown, 500));
}

TEST_CASE("wrap_text wraps long text onto more lines and keeps the numbers on the first",
          "[render]") {
  Table table;
  table.columns = {"region", "n"};
  table.rows.push_back(
      {Cell{std::string("Latin America and the Caribbean")}, Cell{std::int64_t{62}}});
  table.rows.push_back({Cell{std::string("北京 人工智能 Research")}, Cell{std::int64_t{1931}}});
  RenderStyle style;
  style.width = 20;
  style.wrap_text = true;
  std::string out = rendered(table, Format::table, style);
  CHECK(out ==
        "region             n\n"
        "-------------  -----\n"
        "Latin America     62\n"
        "and the\n"
        "Caribbean\n"
        "北京 人工智能  1,931\n"
        "Research\n");
  // Without wrap_text the same cells are cut.
  style.wrap_text = false;
  CHECK(rendered(table, Format::table, style) ==
        "region             n\n"
        "-------------  -----\n"
        "Latin Americ…     62\n"
        "北京 人工智…   1,931\n");
}
