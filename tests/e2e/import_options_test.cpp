// The import options for what a file leaves out (SPEC 1.1, 1.3): a semicolon file with German
// column names, European numbers, day-month dates and a relative date, imported with --map,
// --set and --as-of; the summary lines that say how it was read; options kept with the run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/cli_runner.hpp"
#include "support/test_support.hpp"

using jobsight::test::cli;
using jobsight::test::error_line;
using jobsight::test::sql;
using jobsight::test::TempDir;

namespace {

const char* kGerman =
    "Titel;Datum;Gehalt;Ort\n"
    "Data Scientist;03/04/2026;\xE2\x82\xAC"
    "60.000;Berlin\n"
    "ML Engineer;25/04/2026;55.000 - 65.000 \xE2\x82\xAC;M\xC3\xBCnchen\n"
    "Analyst;2 days ago;Not disclosed;Hamburg\n";

// The summary's first line without its timing.
std::string first_line_without_time(const std::string& out) {
  std::string line = out.substr(0, out.find('\n'));
  return line.substr(0, line.rfind(" ("));
}

std::string after_first_line(const std::string& out) {
  return out.substr(out.find('\n') + 1);
}

}  // namespace

TEST_CASE("a semicolon file is read with --map, --set and --as-of, and says how",
          "[e2e][import_options]") {
  TempDir dir;
  std::string db = dir.file("de.db");
  std::string file = dir.write("de.csv", kGerman);
  std::vector<std::string> maps = {"--map", "title=Titel",   "--map", "posted_date=Datum",
                                   "--map", "salary=Gehalt", "--map", "city=Ort"};

  // Without --as-of the relative date is rejected with the option that would read it.
  std::vector<std::string> args = {"--db", db, "import", "postings", file};
  args.insert(args.end(), maps.begin(), maps.end());
  auto first = cli(args);
  CHECK(first.exit_code == 0);
  CHECK(first_line_without_time(first.out) ==
        file + ": 3 rows read, 2 imported, 0 duplicates, 1 rejected, 0 pay not converted");
  CHECK(after_first_line(first.out) ==
        "  delimiter: ;\n"
        "  rejected " +
            file +
            ":4: column posted_date: '2 days ago' is a relative date: give "
            "--as-of YYYY-MM-DD\n");
  // 25/04/2026 shows the file's order is day-month, so 03/04/2026 is April 3.
  CHECK(sql(db, "SELECT title, posted_date, pay_text FROM postings ORDER BY posting_id") ==
        "Data Scientist|2026-04-03|\xE2\x82\xAC"
        "60.000\n"
        "ML Engineer|2026-04-25|55.000 - 65.000 \xE2\x82\xAC\n");
  // €60.000 is sixty thousand euros, and so is the midpoint of 55.000 - 65.000 €.
  std::string rate = sql(db,
                         "SELECT usd_per_unit FROM fx_rates WHERE currency = 'EUR' AND "
                         "year = 2026");
  CHECK(sql(db, "SELECT DISTINCT salary_currency, pay_usd_annual = 60000 * " + rate +
                    " FROM postings") == "EUR|1\n");
  CHECK(sql(db, "SELECT pay_currency_assumed FROM postings") == "0\n0\n");

  // Redone with --set country=DE and --as-of: all three rows, the options kept with the run.
  CHECK(cli({"--db", db, "imports", "delete", "1"}).exit_code == 0);
  args.insert(args.end(), {"--set", "country=DE", "--as-of", "2026-04-15"});
  auto second = cli(args);
  CHECK(second.exit_code == 0);
  CHECK(first_line_without_time(second.out) ==
        file + ": 3 rows read, 3 imported, 0 duplicates, 0 rejected, 0 pay not converted");
  CHECK(sql(db,
            "SELECT posted_date, country_code, region, pay_status FROM postings WHERE title "
            "= 'Analyst'") == "2026-04-13|DE|Western Europe|none\n");
  CHECK(sql(db, "SELECT options FROM import_runs") ==
        "--map title=Titel --map posted_date=Datum --map salary=Gehalt --map city=Ort --set "
        "country=DE --as-of 2026-04-15\n");
}

TEST_CASE("set values are checked before anything is written, and a forced delimiter is used",
          "[e2e][import_options]") {
  TempDir dir;
  std::string db = dir.file("set.db");
  std::string file = dir.write("plain.csv", "title,date,salary\nAnalyst,2026-01-05,50000\n");
  auto bad_currency =
      cli({"--db", db, "import", "postings", file, "--set", "salary_currency=dollars"});
  CHECK(bad_currency.exit_code == 1);
  CHECK(bad_currency.err ==
        error_line(file + ": --set salary_currency=dollars: 'dollars' is not a currency code or "
                          "symbol"));
  auto unknown = cli({"--db", db, "import", "postings", file, "--set", "colour=blue"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::StartsWith("jobsight: --set colour=blue: unknown field 'colour' "
                                            "for postings (fields: posting_id, posted_date,"));
  CHECK_FALSE(std::filesystem::exists(db));

  // Pounds for the whole file: the currency is no longer assumed.
  auto pounds = cli({"--db", db, "import", "postings", file, "--set", "salary_currency=GBP"});
  CHECK(pounds.exit_code == 0);
  CHECK(sql(db, "SELECT salary_currency, pay_currency_assumed FROM postings") == "GBP|0\n");

  // A file split on the wrong delimiter has no title column.
  auto forced = cli({"--db", db, "import", "postings", file, "--delimiter", ";"});
  CHECK(forced.exit_code == 1);
  CHECK_THAT(forced.err, Catch::Contains("no title or posted_date column"));
}

TEST_CASE("the pay line counts outcomes with an example, and names the fix for assumed dollars",
          "[e2e][import_options]") {
  TempDir dir;
  std::string db = dir.file("pay.db");
  std::string file = dir.write("pay.csv",
                               "title,date,salary\n"
                               "Barista,2026-01-05,16\n"            // $16 an hour, inferred
                               "Analyst,2026-01-06,$85K-$95K\n"     // "$", no country: assumed
                               "Engineer,2026-01-07,120000\n"       // USD assumed
                               "Clerk,2026-01-08,five figures\n"    // unparsable
                               "Intern,2026-01-09,Competitive\n");  // no pay stated
  auto result = cli({"--db", db, "import", "postings", file});
  CHECK(result.exit_code == 0);
  CHECK(after_first_line(result.out) ==
        "  pay: 3 converted, 1 no pay stated; 1 period inferred, 3 currency assumed, 1 "
        "unparsable\n"
        "    period inferred, e.g. 16\n"
        "    currency assumed, e.g. 16\n"
        "    unparsable, e.g. five figures\n"
        "    US dollars were assumed where no currency or country said which (a bare $ "
        "included); give --set salary_currency=CODE or --set country=CODE if that is "
        "wrong\n");
  CHECK(sql(db,
            "SELECT title, salary_period, pay_period_inferred, pay_usd_annual, pay_status "
            "FROM postings ORDER BY posting_id") ==
        "Barista|hour|1|33280.0|converted\n"
        "Analyst|year|0|90000.0|converted\n"
        "Engineer|year|0|120000.0|converted\n"
        "Clerk||0||invalid_amount\n"
        "Intern||0||none\n");
}

TEST_CASE("mistakes users make get a message that says what to do", "[e2e][import_options]") {
  TempDir dir;
  std::string db = dir.file("m.db");
  std::string german = dir.write("de.csv", "Titel;Unternehmen;Ort\nA;B;C\n");
  auto one_column = cli({"--db", db, "import", "postings", german});
  CHECK(one_column.exit_code == 1);
  CHECK_THAT(one_column.err,
             Catch::EndsWith("The header is one column: if the file's fields are separated by "
                             "';', give --delimiter ';'.\n"));
  std::string plain = dir.write("plain.csv", "title,date\nAnalyst,3 days ago\n");
  auto as_of = cli({"--db", db, "import", "postings", plain, "--as-of", "2026-02-30"});
  CHECK(as_of.exit_code == 1);
  CHECK(as_of.err == error_line("--as-of '2026-02-30' is not a date: February 2026 has 28 days"));
  auto id = cli({"--db", db, "imports", "delete", "abc"});
  CHECK(id.exit_code == 1);
  CHECK(id.err == error_line("imports delete: 'abc' is not an import id (a whole number from 1; "
                             "'jobsight imports' lists them)"));
}
