// Salary observations: header aliases, required columns and normalising one row (SPEC 1.2, 2).
#include <catch2/catch.hpp>

#include "jobsight/error.hpp"
#include "normalise/salary_columns.hpp"
#include "normalise/salary_normaliser.hpp"

using namespace jobsight;

namespace {

// A small hand-made reference: four countries, two title rules, fx for EUR and INR.
ReferenceData reference() {
  ReferenceData data;
  data.add_country("US", "USA", "United States", "Northern America", "USD");
  data.add_country("DE", "DEU", "Germany", "Western Europe", "EUR");
  data.add_country("GB", "GBR", "United Kingdom", "Northern Europe", "GBP");
  data.add_country("IN", "IND", "India", "Southern Asia", "INR");
  data.add_country_alias("UK", "GB");
  data.add_ai_title_phrase("machine learning");
  data.add_ai_title_phrase("ML");
  data.add_ai_title_phrase("AI");
  data.fx().add("EUR", 2021, 1.20);
  data.fx().add("EUR", 2023, 1.10);
  data.fx().add("INR", 2024, 0.012);
  return data;
}

const std::vector<std::string> kHeader = {
    "work_year",    "experience_level", "employment_type", "job_title",
    "salary",       "salary_currency",  "salary_in_usd",   "employee_residence",
    "remote_ratio", "company_location", "company_size"};

struct Row {
  std::string year = "2023", level = "SE", type = "FT", title = "Data Scientist", salary = "80000",
              currency = "EUR", usd = "85847", residence = "ES", remote = "100", location = "DE",
              size = "L";
  std::vector<std::string> fields() const {
    return {year, level, type, title, salary, currency, usd, residence, remote, location, size};
  }
};

struct Fixture {
  ReferenceData data = reference();
  SalaryColumns columns = map_salary_columns(kHeader, "salaries.csv");
  SalaryNormaliser normaliser{data, columns};

  NormalisedObservation ok(const Row& row) {
    NormalisedObservation observation;
    std::optional<RowProblem> problem = normaliser.normalise(row.fields(), observation);
    INFO((problem ? problem->reason : std::string()));
    REQUIRE_FALSE(problem);
    return observation;
  }
  RowProblem rejected(const Row& row) {
    NormalisedObservation observation;
    std::optional<RowProblem> problem = normaliser.normalise(row.fields(), observation);
    REQUIRE(problem);
    return *problem;
  }
};

}  // namespace

TEST_CASE("salary header aliases map to the survey's columns", "[salary_normaliser]") {
  SalaryColumns columns =
      map_salary_columns({"Year", "Seniority", "Title", "Currency", "USD_Salary", "Country",
                          "Residence", "Remote", "Size", "Salary", "notes", "position"},
                         "f.csv");
  CHECK(columns[SalaryField::work_year] == 0);
  CHECK(columns[SalaryField::experience_level] == 1);
  CHECK(columns[SalaryField::job_title] == 2);
  CHECK(columns[SalaryField::salary_currency] == 3);
  CHECK(columns[SalaryField::salary_in_usd] == 4);
  CHECK(columns[SalaryField::company_location] == 5);
  CHECK(columns[SalaryField::employee_residence] == 6);
  CHECK(columns[SalaryField::remote_ratio] == 7);
  CHECK(columns[SalaryField::company_size] == 8);
  CHECK(columns[SalaryField::salary] == 9);
  CHECK_FALSE(columns.has(SalaryField::employment_type));
  CHECK(columns.unknown == std::vector<std::string>{"notes", "position (duplicate of job_title)"});
  CHECK(map_salary_columns({"level", "role", "salary_usd", "location", "year", "job"}, "g.csv", {})
            .unknown == std::vector<std::string>{"job"});
}

TEST_CASE("a salary file without work_year, job_title or any salary column is refused",
          "[salary_normaliser]") {
  CHECK_THROWS_WITH(map_salary_columns({"title", "salary_in_usd"}, "a.csv"),
                    "a.csv: no work_year or date column, so nothing was imported (found: title, "
                    "salary_in_usd). Name it with --map, e.g. --map work_year=COLUMN, or give a "
                    "value for the whole file with --set work_year=YYYY.");
  CHECK_THROWS_WITH(map_salary_columns({"work_year", "salary"}, "b.csv"),
                    Catch::StartsWith("b.csv: no job_title column, so nothing was imported "
                                      "(found: work_year, salary)"));
  CHECK_THROWS_WITH(map_salary_columns({"work_year", "job_title", "salary_currency"}, "c.csv"),
                    "c.csv: no salary_in_usd or salary column, so nothing was imported (found: "
                    "work_year, job_title, salary_currency). Name it with --map, e.g. --map "
                    "salary_in_usd=COLUMN.");
  CHECK_NOTHROW(map_salary_columns({"work_year", "job_title", "salary"}, "d.csv"));
  CHECK_NOTHROW(map_salary_columns({"work_year", "job_title", "salary_in_usd"}, "e.csv"));
}

TEST_CASE("a survey row is stored as given and dated January 1 of its work year",
          "[salary_normaliser]") {
  Fixture f;
  NormalisedObservation o = f.ok(Row{});
  CHECK(o.work_year == 2023);
  CHECK(o.observed == Date{2023, 1, 1});
  CHECK(o.observed.month_key() == "2023-01");
  CHECK(o.observed.quarter_key() == "2023-Q1");
  CHECK(o.observed.year_key() == "2023");
  CHECK(o.job_title == "Data Scientist");
  CHECK(o.experience_given == "SE");
  CHECK(o.employment_type == "FT");
  CHECK(o.salary == 80000.0);
  CHECK(o.salary_currency == "EUR");
  CHECK(o.salary_in_usd == 85847.0);
  CHECK(o.pay_status == PayStatus::converted);
  CHECK(o.pay_usd_annual == 85847.0);
  CHECK_FALSE(o.pay_outlier);
  CHECK(o.employee_residence == "ES");
  CHECK(o.remote_ratio == 100);
  CHECK(o.country_text == "DE");
  REQUIRE(o.country != nullptr);
  CHECK(o.country->alpha2 == "DE");
  CHECK(o.country->region == "Western Europe");
  CHECK(o.company_size == "L");
  CHECK_FALSE(o.is_ai);
}

TEST_CASE("each experience code maps to its level", "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.title = "Staff Data Scientist";  // the title would say lead: the given level wins
  for (auto [code, level] :
       {std::pair{"EN", Seniority::entry}, std::pair{"MI", Seniority::mid},
        std::pair{"SE", Seniority::senior}, std::pair{"EX", Seniority::executive},
        std::pair{"en", Seniority::entry}}) {
    row.level = code;
    NormalisedObservation o = f.ok(row);
    INFO(code);
    CHECK(o.seniority.level == level);
    CHECK_FALSE(o.seniority.inferred);
  }
}

TEST_CASE("an absent or unknown experience code is inferred from the title",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.level = "";
  row.title = "Principal ML Engineer";
  NormalisedObservation lead = f.ok(row);
  CHECK(lead.seniority.level == Seniority::lead);
  CHECK(lead.seniority.inferred);
  CHECK(lead.experience_given.empty());
  row.level = "XX";
  row.title = "Data Analyst";
  NormalisedObservation mid = f.ok(row);
  CHECK(mid.seniority.level == Seniority::mid);
  CHECK(mid.seniority.inferred);
  CHECK(mid.experience_given == "XX");
}

TEST_CASE("salary_in_usd is used as is, even when the local salary is unconvertible",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.salary = "30400000";
  row.currency = "CLP";  // no rates in the reference
  row.usd = "40038";
  NormalisedObservation o = f.ok(row);
  CHECK(o.pay_status == PayStatus::converted);
  CHECK(o.pay_usd_annual == 40038.0);
  CHECK(o.salary == 30400000.0);
  CHECK(o.salary_currency == "CLP");
}

TEST_CASE("without salary_in_usd the salary is converted at the rate of the nearest year",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.usd = "";
  row.salary = "100000";
  row.currency = "eur";
  row.year = "2023";  // rate of 2023 itself
  CHECK(f.ok(row).pay_usd_annual == Approx(110000.0));
  CHECK(f.ok(row).salary_currency == "EUR");
  row.year = "2025";  // nearest is 2023
  CHECK(f.ok(row).pay_usd_annual == Approx(110000.0));
  row.year = "2020";  // nearest is 2021
  CHECK(f.ok(row).pay_usd_annual == Approx(120000.0));
  row.year = "2022";  // 2021 and 2023 are as near: the earlier year
  CHECK(f.ok(row).pay_usd_annual == Approx(120000.0));
  CHECK(f.ok(row).pay_status == PayStatus::converted);
  CHECK_FALSE(f.ok(row).salary_in_usd);
}

TEST_CASE("a salary file without a salary_in_usd column converts every salary",
          "[salary_normaliser]") {
  ReferenceData data = reference();
  SalaryColumns columns =
      map_salary_columns({"work_year", "job_title", "salary", "salary_currency"}, "local.csv");
  SalaryNormaliser normaliser(data, columns);
  NormalisedObservation o;
  REQUIRE_FALSE(normaliser.normalise({"2024", "AI Engineer", "2500000", "INR"}, o));
  CHECK(o.pay_status == PayStatus::converted);
  CHECK(o.pay_usd_annual == Approx(30000.0));
  CHECK(o.is_ai);
}

TEST_CASE("a salary without currency is in the company country's currency, else USD",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.usd = "";
  row.currency = "";
  row.salary = "100000";
  row.year = "2021";
  row.location = "DE";
  NormalisedObservation de = f.ok(row);
  CHECK(de.salary_currency == "EUR");
  CHECK(de.pay_usd_annual == Approx(120000.0));
  row.location = "Atlantis";
  NormalisedObservation unknown = f.ok(row);
  CHECK(unknown.salary_currency == "USD");
  CHECK(unknown.pay_usd_annual == 100000.0);
}

TEST_CASE("a currency without rates keeps the observation but not its pay", "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.usd = "";
  row.currency = "XYZ";
  NormalisedObservation o = f.ok(row);
  CHECK(o.pay_status == PayStatus::unknown_currency);
  CHECK_FALSE(o.pay_usd_annual);
  CHECK(o.salary == 80000.0);
  CHECK(o.salary_currency == "XYZ");
  row.currency = "dollars";  // not a code at all
  CHECK(f.ok(row).pay_status == PayStatus::unknown_currency);
  CHECK(f.ok(row).salary_currency == "dollars");
}

TEST_CASE("an invalid amount keeps the observation with pay_status invalid_amount",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.usd = "n/a";
  row.salary = "-5";
  NormalisedObservation o = f.ok(row);
  CHECK(o.pay_status == PayStatus::invalid_amount);
  CHECK_FALSE(o.pay_usd_annual);
  CHECK_FALSE(o.salary_in_usd);
  CHECK_FALSE(o.salary);
  row.salary = "";
  CHECK(f.ok(row).pay_status == PayStatus::invalid_amount);
  row.usd = "0";
  CHECK(f.ok(row).pay_status == PayStatus::invalid_amount);
  row.usd = "";
  row.salary = "lots";
  CHECK(f.ok(row).pay_status == PayStatus::invalid_amount);
  // An unusable salary_in_usd falls back to a valid salary: 80,000 EUR at 2023's 1.10.
  row.usd = "n/a";
  row.salary = "80000";
  CHECK(f.ok(row).pay_status == PayStatus::converted);
  CHECK(f.ok(row).pay_usd_annual == Approx(88000.0));
}

TEST_CASE("an observation without any amount has no pay", "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.usd = "";
  row.salary = " ";
  NormalisedObservation o = f.ok(row);
  CHECK(o.pay_status == PayStatus::none);
  CHECK_FALSE(o.pay_usd_annual);
}

TEST_CASE("pay below 1,000 or above 2,000,000 USD a year is kept but flagged",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  for (auto [usd, outlier] :
       {std::pair{"999", true}, std::pair{"1000", false}, std::pair{"2000000", false},
        std::pair{"2000001", true}, std::pair{"120000", false}}) {
    row.usd = usd;
    NormalisedObservation o = f.ok(row);
    INFO(usd);
    CHECK(o.pay_status == PayStatus::converted);
    CHECK(o.pay_outlier == outlier);
  }
  row.usd = "";  // converted pay is checked too: 1,000 INR are 12 USD
  row.salary = "1000";
  row.currency = "INR";
  CHECK(f.ok(row).pay_outlier);
}

TEST_CASE("the company location is an ISO code or a name, and unknown text is kept without region",
          "[salary_normaliser]") {
  Fixture f;
  Row row;
  for (auto [text, code] : {std::pair{"US", "US"}, std::pair{"usa", "US"},
                            std::pair{"Germany", "DE"}, std::pair{"UK", "GB"}}) {
    row.location = text;
    NormalisedObservation o = f.ok(row);
    INFO(text);
    REQUIRE(o.country != nullptr);
    CHECK(o.country->alpha2 == code);
    CHECK(o.country_text == text);
  }
  row.location = "Remote - EMEA";
  NormalisedObservation unknown = f.ok(row);
  CHECK(unknown.country == nullptr);
  CHECK(unknown.country_text == "Remote - EMEA");
  row.location = "";
  CHECK(f.ok(row).country == nullptr);
}

TEST_CASE("an observation is an AI role by its title alone", "[salary_normaliser]") {
  Fixture f;
  Row row;
  for (auto [title, ai] :
       {std::pair{"Machine Learning Engineer", true}, std::pair{"ML Ops Lead", true},
        std::pair{"AI Scientist", true}, std::pair{"Data Scientist", false},
        std::pair{"Email Marketing Manager", false}}) {
    row.title = title;
    INFO(title);
    CHECK(f.ok(row).is_ai == ai);
  }
}

TEST_CASE(
    "rows with an empty or invalid work year, an empty title or the wrong width are "
    "rejected",
    "[salary_normaliser]") {
  Fixture f;
  Row row;
  row.year = " ";
  RowProblem empty = f.rejected(row);
  CHECK(empty.column == "work_year");
  CHECK(empty.reason == "work_year is empty");
  for (const char* year : {"20x3", "23", "2023.0", "1899", "2101", "-2023", "02023"}) {
    row.year = year;
    RowProblem invalid = f.rejected(row);
    INFO(year);
    CHECK(invalid.column == "work_year");
    CHECK(invalid.reason == "invalid work_year '" + std::string(year) +
                                "' (expected a year from 1900 to 2100, e.g. 2024)");
  }
  row = Row{};
  row.title = "  ";
  CHECK(f.rejected(row).column == "job_title");
  CHECK(f.rejected(row).reason == "job_title is empty");

  NormalisedObservation o;
  std::optional<RowProblem> short_row = f.normaliser.normalise({"2023", "SE"}, o);
  REQUIRE(short_row);
  CHECK(short_row->column.empty());
  CHECK(short_row->reason == "row has 2 fields, the header has 11");
}

TEST_CASE("work years and remote ratios parse strictly", "[salary_normaliser]") {
  CHECK(parse_work_year(" 2024 ") == 2024);
  CHECK(parse_work_year("1900") == 1900);
  CHECK(parse_work_year("2100") == 2100);
  CHECK_FALSE(parse_work_year("2024-01-01"));
  CHECK(parse_remote_ratio("0") == 0);
  CHECK(parse_remote_ratio(" 50 ") == 50);
  CHECK(parse_remote_ratio("100") == 100);
  CHECK(parse_remote_ratio("Remote") == 100);
  CHECK(parse_remote_ratio("hybrid") == 50);
  CHECK(parse_remote_ratio("on-site") == 0);
  CHECK_FALSE(parse_remote_ratio("150"));
  CHECK_FALSE(parse_remote_ratio("1000"));
  CHECK_FALSE(parse_remote_ratio(""));
  CHECK_FALSE(parse_remote_ratio("sometimes"));
}
