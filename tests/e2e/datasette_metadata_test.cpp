// `jobsight datasette-metadata` (issue 11): the JSON datasette reads beside a database, its shape,
// and every canned query run by the sqlite3 shell with its parameters bound as datasette binds
// them (text, blank for a parameter left empty): blank gives the report_* view's rows, values
// give the rows of the same report on the command line.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::read_file;
using jobsight::test::run_shell;
using jobsight::test::same_rows;
using jobsight::test::sample_db;
using jobsight::test::shell_quote;
using jobsight::test::TempDir;
using Json = nlohmann::json;

namespace {

Json metadata_of(const std::string& db) {
  auto result = cli({"--db", db, "datasette-metadata"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return Json::parse(result.out);
}

// Runs `sql` with the sqlite3 shell on `db`, each parameter bound as text; CSV with a header.
std::string run_canned(const std::string& db, const std::string& sql,
                       const std::map<std::string, std::string>& values) {
  TempDir dir;
  std::string script = ".headers on\n.mode csv\n.parameter init\n";
  for (const auto& [name, value] : values) {
    std::string quoted = "'";
    for (char c : value) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    script += ".parameter set :" + name + " \"" + quoted + "'\"\n";
  }
  script += sql + ";\n";
  auto result = run_shell("sqlite3 -bail " + shell_quote(db), dir.write("script.sql", script));
  INFO(script << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(result.err.empty());
  return result.out;
}

}  // namespace

TEST_CASE("datasette-metadata describes the tables, views and columns with their units",
          "[e2e][datasette]") {
  Json metadata = metadata_of(sample_db());
  CHECK(metadata["title"].is_string());
  REQUIRE(metadata["databases"].size() == 1);
  // datasette names a database after its file without the extension.
  REQUIRE(metadata["databases"].contains("sample"));
  const Json& db = metadata["databases"]["sample"];
  CHECK(db["description"].is_string());
  const Json& tables = db["tables"];
  for (const char* table : {"postings", "salary_observations", "skills", "import_runs",
                            "import_rejects", "posting_skills", "fx_rates", "countries"}) {
    INFO(table);
    REQUIRE(tables.contains(table));
    CHECK_FALSE(tables[table]["description"].get<std::string>().empty());
  }
  CHECK_THAT(tables["postings"]["columns"]["pay_usd_annual"].get<std::string>(),
             Catch::Contains("USD per year"));
  CHECK_THAT(tables["salary_observations"]["columns"]["remote_ratio"].get<std::string>(),
             Catch::Contains("(%)"));
  CHECK_THAT(tables["report_ai_share"]["description"].get<std::string>(),
             Catch::Contains("jobsight report ai-share"));
  CHECK_THAT(tables["report_ai_share"]["columns"]["ai_share_pct"].get<std::string>(),
             Catch::Contains("(%)"));
  CHECK_THAT(tables["report_ai_share"]["columns"]["postings"].get<std::string>(),
             Catch::Contains("(count)"));
  CHECK_THAT(tables["report_pay_by_level"]["columns"]["median"].get<std::string>(),
             Catch::Contains("USD per year"));
  // Every object datasette will list is there: the file's tables and views.
  std::string objects =
      jobsight::test::sql(sample_db(),
                          "SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') "
                          "AND name NOT LIKE 'sqlite_%'");
  CHECK(std::to_string(tables.size()) + "\n" == objects);
}

TEST_CASE("datasette-metadata has every report but summary as a canned query with its params",
          "[e2e][datasette]") {
  Json metadata = metadata_of(sample_db());
  const Json& queries = metadata["databases"]["sample"]["queries"];
  std::set<std::string> names;
  for (const auto& [name, query] : queries.items()) names.insert(name);
  CHECK(names == std::set<std::string>{"ai-growth", "ai-premium", "ai-share", "pay-by-level",
                                       "pay-by-region", "pay-by-skill", "seniority-mix",
                                       "top-skills"});
  for (const auto& [name, query] : queries.items()) {
    INFO(name);
    CHECK(query["title"].is_string());
    CHECK(query["description"].is_string());
    std::string sql = query["sql"];
    std::vector<std::string> params = query["params"];
    CHECK_FALSE(params.empty());
    // The params are exactly the :names in the SQL (outside its string literals).
    std::set<std::string> in_sql;
    std::string outside_strings = std::regex_replace(sql, std::regex("'[^']*'"), "''");
    std::regex parameter(":([A-Za-z_][A-Za-z0-9_]*)");
    for (auto it = std::sregex_iterator(outside_strings.begin(), outside_strings.end(), parameter);
         it != std::sregex_iterator(); ++it) {
      in_sql.insert((*it)[1]);
    }
    CHECK(in_sql == std::set<std::string>(params.begin(), params.end()));
    for (const std::string& p : params) {
      CHECK_THAT(query["description"].get<std::string>(), Catch::Contains(p + ":"));
    }
  }
  // Options a report refuses are not offered (ai-share refuses --ai).
  std::vector<std::string> ai_share = queries["ai-share"]["params"];
  CHECK(std::find(ai_share.begin(), ai_share.end(), "ai") == ai_share.end());
  CHECK(std::find(ai_share.begin(), ai_share.end(), "country") != ai_share.end());
}

TEST_CASE("each canned query with blank parameters gives its view's rows", "[e2e][datasette]") {
  Json metadata = metadata_of(sample_db());
  for (const auto& [name, query] : metadata["databases"]["sample"]["queries"].items()) {
    INFO(name);
    std::map<std::string, std::string> blank;
    for (const std::string p : query["params"]) blank[p] = "";
    std::string view = "report_" + std::regex_replace(name, std::regex("-"), "_");
    std::string expected = run_canned(sample_db(), "SELECT * FROM " + view, {});
    std::string actual = run_canned(sample_db(), query["sql"], blank);
    CHECK(actual.size() > 40);
    CHECK(same_rows(actual, expected));
  }
}

TEST_CASE("each canned query with parameters gives the command line's rows", "[e2e][datasette]") {
  Json metadata = metadata_of(sample_db());
  const Json& queries = metadata["databases"]["sample"]["queries"];
  struct Case {
    std::string report;
    std::map<std::string, std::string> values;
    std::vector<std::string> options;
  };
  std::vector<Case> cases = {
      {"ai-share",
       {{"country", "US"}, {"period", "year"}},
       {"--country", "US", "--period", "year"}},
      {"ai-share",
       {{"from", "2025-03-01"}, {"to", "2025-08-31"}, {"levels", "senior,Lead"}},
       {"--from", "2025-03-01", "--to", "2025-08-31", "--level", "senior,lead"}},
      {"seniority-mix",
       {{"period", "quarter"}, {"title", "Data Engineer"}, {"ai", "0"}},
       {"--period", "quarter", "--title", "data engineer", "--no-ai"}},
      {"pay-by-level",
       {{"from", "2025-01-01"}, {"to", "2025-12-31"}, {"min_n", "5"}, {"source", "postings"}},
       {"--year", "2025", "--min-n", "5", "--source", "postings"}},
      {"pay-by-region", {{"by", "country"}, {"min_n", "20"}}, {"--by", "country", "--min-n", "20"}},
      {"pay-by-skill",
       {{"region", "western europe"}, {"min_n", "15"}},
       {"--region", "Western Europe", "--min-n", "15"}},
      {"top-skills",
       {{"period", "year"}, {"top", "3"}, {"remote", "remote"}},
       {"--period", "year", "--top", "3", "--remote", "remote"}},
      {"ai-growth", {{"year", "2025"}, {"by", "country"}}, {"--year", "2025", "--by", "country"}},
      {"ai-premium",
       {{"country", "US"}, {"industry", "technology"}},
       {"--country", "US", "--industry", "Technology"}},
  };
  for (const Case& c : cases) {
    INFO(c.report << " " << Json(c.values).dump());
    const Json& query = queries[c.report];
    std::map<std::string, std::string> values;
    for (const std::string p : query["params"]) values[p] = "";
    for (const auto& [name, value] : c.values) {
      REQUIRE(values.count(name) == 1);
      values[name] = value;
    }
    std::vector<std::string> args = {"--db", sample_db(), "report", c.report, "--format", "csv"};
    args.insert(args.end(), c.options.begin(), c.options.end());
    auto expected = cli(args);
    REQUIRE(expected.exit_code == 0);
    std::string actual = run_canned(sample_db(), query["sql"], values);
    INFO(actual << "\n" << expected.out);
    CHECK(actual.size() > 60);
    // The rows, not the header: the command line names pay-by-region's first column after --by.
    auto rows = [](const std::string& csv) { return csv.substr(csv.find('\n') + 1); };
    CHECK(same_rows(rows(actual), rows(expected.out)));
  }
}

TEST_CASE("datasette-metadata --out writes the same JSON to a file", "[e2e][datasette]") {
  TempDir dir;
  std::string out = dir.file("metadata.json");
  auto written = cli({"--db", sample_db(), "datasette-metadata", "--out", out});
  REQUIRE(written.exit_code == 0);
  CHECK(written.out.empty());
  CHECK(Json::parse(read_file(out)) == metadata_of(sample_db()));
  auto missing = cli({"--db", dir.file("none.db"), "datasette-metadata"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("no such database"));
}
