#include <catch2/catch.hpp>

#include "jobsight/error.hpp"
#include "normalise/posting_columns.hpp"
#include "normalise/posting_normaliser.hpp"

using namespace jobsight;

namespace {

// A small hand-made reference: three countries, four skills, two title rules, fx for EUR/GBP.
ReferenceData reference() {
  ReferenceData data;
  data.add_country("US", "USA", "United States", "Northern America", "USD");
  data.add_country("DE", "DEU", "Germany", "Western Europe", "EUR");
  data.add_country("GB", "GBR", "United Kingdom", "Northern Europe", "GBP");
  data.add_country("NG", "NGA", "Nigeria", "Sub-Saharan Africa", "NGN");
  data.add_country_alias("UK", "GB");
  data.add_skill(1, "Python", false);
  data.add_skill(2, "PyTorch", true);
  data.add_skill(3, "Kubernetes", false);
  data.add_skill(4, "Machine Learning", true);
  data.add_skill_alias("k8s", 3);
  data.add_skill_alias("ML", 4);
  data.add_ai_title_phrase("machine learning");
  data.add_ai_title_phrase("AI");
  data.fx().add("EUR", 2022, 1.05);
  data.fx().add("EUR", 2024, 1.08);
  data.fx().add("GBP", 2024, 1.25);
  return data;
}

const std::vector<std::string> kHeader = {
    "job_id",     "date",   "title",    "company",    "country", "seniority", "salary_min",
    "salary_max", "salary", "currency", "pay_period", "skills",  "remote"};

struct Row {
  std::string id = "1", date = "2024-03-15", title = "Data Engineer", company = "Acme",
              country = "US", seniority, min, max, salary, currency, period, skills, remote;
  std::vector<std::string> fields() const {
    return {id,  date,   title,    company, country, seniority, min,
            max, salary, currency, period,  skills,  remote};
  }
};

struct Fixture {
  ReferenceData data = reference();
  PostingColumns columns = map_posting_columns(kHeader, "test.csv");
  PostingNormaliser normaliser{data, columns, "unit-test"};

  NormalisedPosting ok(const Row& row) {
    NormalisedPosting posting;
    std::optional<RowProblem> problem = normaliser.normalise(row.fields(), posting);
    INFO((problem ? problem->reason : std::string()));
    REQUIRE_FALSE(problem);
    return posting;
  }
  RowProblem rejected(const Row& row) {
    NormalisedPosting posting;
    std::optional<RowProblem> problem = normaliser.normalise(row.fields(), posting);
    REQUIRE(problem);
    return *problem;
  }
};

}  // namespace

TEST_CASE("header aliases map to canonical columns and unknown ones are listed", "[normaliser]") {
  PostingColumns columns = map_posting_columns(
      {" Job_Title ", "DATE_POSTED", "company_location", "salary_year_avg", "mystery", "title"},
      "f.csv");
  // SPEC 1.1: a column with the field's own name beats an alias wherever it stands.
  CHECK(columns[PostingField::title] == 5);
  CHECK(columns[PostingField::posted_date] == 1);
  CHECK(columns[PostingField::country] == 2);
  CHECK(columns[PostingField::salary] == 3);
  CHECK(columns.unknown == std::vector<std::string>{"Job_Title (duplicate of title)", "mystery"});
  CHECK_FALSE(columns.has(PostingField::skills));
}

TEST_CASE("a header without title or date is refused naming the columns found", "[normaliser]") {
  CHECK_THROWS_WITH(map_posting_columns({"id", "date", "pay"}, "f.csv"),
                    "f.csv: no title column, so nothing was imported (found: id, date, pay). "
                    "Name it with --map, e.g. --map title=COLUMN.");
  CHECK_THROWS_WITH(map_posting_columns({"title", "when"}, "g.csv"),
                    Catch::StartsWith("g.csv: no posted_date column"));
}

TEST_CASE("rows without a valid date or a title, or with the wrong width, are rejected",
          "[normaliser]") {
  Fixture f;
  Row row;
  row.title = "  ";
  CHECK(f.rejected(row).column == "title");
  row = Row{};
  row.date = "";
  CHECK(f.rejected(row).reason == "posted_date is empty");
  row.date = "2025-02-30";
  CHECK(f.rejected(row).reason == "invalid date '2025-02-30': February 2025 has 28 days");
  NormalisedPosting posting;
  auto problem = f.normaliser.normalise({"1", "2024-01-01", "x"}, posting);
  REQUIRE(problem);
  CHECK(problem->reason == "row has 3 fields, the header has 13");
}

TEST_CASE("pay is the midpoint of a range, else the figure given, made annual and USD",
          "[normaliser]") {
  Fixture f;
  Row row;
  row.min = "100000";
  row.max = "120000";
  CHECK(f.ok(row).pay_usd_annual == Approx(110000).epsilon(0));
  row = Row{};
  row.min = "90000";
  CHECK(*f.ok(row).pay_usd_annual == 90000);
  row = Row{};
  row.max = "95000";
  CHECK(*f.ok(row).pay_usd_annual == 95000);
  row = Row{};
  row.salary = "70000";
  CHECK(*f.ok(row).pay_usd_annual == 70000);
  row = Row{};
  NormalisedPosting none = f.ok(row);
  CHECK(none.pay_status == PayStatus::none);
  CHECK_FALSE(none.pay_usd_annual);
}

TEST_CASE("each pay period is annualised with SPEC's factors", "[normaliser]") {
  Fixture f;
  Row row;
  row.salary = "50";
  row.period = "hour";
  CHECK(*f.ok(row).pay_usd_annual == 104000);  // 50 x 2080
  row.period = "day";
  CHECK(*f.ok(row).pay_usd_annual == 13000);  // 50 x 260
  row.salary = "2000";
  row.period = "week";
  CHECK(*f.ok(row).pay_usd_annual == 104000);  // 2000 x 52
  row.period = "month";
  CHECK(*f.ok(row).pay_usd_annual == 24000);  // 2000 x 12
  row.salary = "150000";
  row.period = "year";
  CHECK(*f.ok(row).pay_usd_annual == 150000);
  row.period = "";
  CHECK(*f.ok(row).pay_usd_annual == 150000);
  row.period = "fortnight";
  NormalisedPosting unknown = f.ok(row);
  CHECK(unknown.pay_status == PayStatus::unknown_period);
  CHECK_FALSE(unknown.pay_usd_annual);
  CHECK(unknown.salary_period == "fortnight");
}

TEST_CASE("currencies convert at the posting year's rate, else the nearest year's",
          "[normaliser]") {
  Fixture f;
  Row row;
  row.salary = "100000";
  row.currency = "EUR";
  CHECK(*f.ok(row).pay_usd_annual == Approx(108000.0));  // 2024 rate
  row.date = "2022-06-01";
  CHECK(*f.ok(row).pay_usd_annual == Approx(105000.0));  // 2022 rate
  row.date = "2023-06-01";  // 2022 and 2024 are equally near: the earlier year
  CHECK(*f.ok(row).pay_usd_annual == Approx(105000.0));
  row.date = "2026-01-10";  // after the table: nearest is 2024
  CHECK(*f.ok(row).pay_usd_annual == Approx(108000.0));
  row.date = "2020-01-10";  // before the table: nearest is 2022
  CHECK(*f.ok(row).pay_usd_annual == Approx(105000.0));
}

TEST_CASE("a missing currency is the country's, else USD, and an unknown one keeps no pay",
          "[normaliser]") {
  Fixture f;
  Row row;
  row.salary = "100000";
  row.country = "UK";
  CHECK(*f.ok(row).pay_usd_annual == Approx(125000.0));
  CHECK(f.ok(row).salary_currency == "GBP");
  row.country = "Atlantis";
  CHECK(*f.ok(row).pay_usd_annual == 100000);
  CHECK(f.ok(row).salary_currency == "USD");
  row.country = "US";
  row.currency = "XYZ";
  NormalisedPosting unknown = f.ok(row);
  CHECK(unknown.pay_status == PayStatus::unknown_currency);
  CHECK_FALSE(unknown.pay_usd_annual);
  row.currency = "";
  row.country = "Nigeria";  // NGN has no fx rate
  CHECK(f.ok(row).pay_status == PayStatus::unknown_currency);
}

TEST_CASE("an unparseable amount keeps the posting but not its pay", "[normaliser]") {
  Fixture f;
  Row row;
  row.min = "lots";
  row.max = "120000";
  NormalisedPosting posting = f.ok(row);
  CHECK(posting.pay_status == PayStatus::invalid_amount);
  CHECK_FALSE(posting.pay_usd_annual);
}

TEST_CASE("pay below 1,000 or above 2,000,000 a year is kept but flagged", "[normaliser]") {
  Fixture f;
  Row row;
  row.period = "year";
  row.salary = "999";
  CHECK(f.ok(row).pay_outlier);
  row.salary = "1000";
  CHECK_FALSE(f.ok(row).pay_outlier);
  row.salary = "2000000";
  CHECK_FALSE(f.ok(row).pay_outlier);
  row.salary = "2000001";
  NormalisedPosting high = f.ok(row);
  CHECK(high.pay_outlier);
  CHECK(*high.pay_usd_annual == 2000001);
}

TEST_CASE("skills map through aliases, each once, unknown ones kept as written", "[normaliser]") {
  Fixture f;
  Row row;
  row.skills = "python; K8s;Kubernetes; ml ;  Rust  ;rust";
  NormalisedPosting posting = f.ok(row);
  REQUIRE(posting.skills.size() == 4);
  CHECK(posting.skills[0].name == "Python");
  CHECK(posting.skills[1].name == "Kubernetes");
  CHECK(posting.skills[1].id == 3);
  CHECK(posting.skills[2].name == "Machine Learning");
  CHECK(posting.skills[3].name == "Rust");
  CHECK(posting.skills[3].id == 0);
}

TEST_CASE("a posting is an AI role by its title or by one AI skill", "[normaliser]") {
  Fixture f;
  Row row;
  row.title = "Machine Learning Engineer";
  NormalisedPosting by_title = f.ok(row);
  CHECK(by_title.is_ai);
  CHECK(by_title.ai_by_title);
  row.title = "Head of AI";
  CHECK(f.ok(row).is_ai);
  row.title = "Email Marketing Lead";  // "ai" inside a word does not count
  CHECK_FALSE(f.ok(row).is_ai);
  row.title = "Data Scientist";
  row.skills = "Python;pytorch";
  NormalisedPosting by_skill = f.ok(row);
  CHECK(by_skill.is_ai);
  CHECK_FALSE(by_skill.ai_by_title);
  row.skills = "Python;Kubernetes";
  CHECK_FALSE(f.ok(row).is_ai);
}

TEST_CASE("countries are found by name, alpha-2, alpha-3 and alias, others kept verbatim",
          "[normaliser]") {
  Fixture f;
  Row row;
  for (const char* text : {"Germany", "germany", "DE", "de", "DEU", " Germany "}) {
    row.country = text;
    NormalisedPosting posting = f.ok(row);
    REQUIRE(posting.country != nullptr);
    CHECK(posting.country->alpha2 == "DE");
    CHECK(posting.country->region == "Western Europe");
  }
  row.country = "UK";
  CHECK(f.ok(row).country->alpha2 == "GB");
  row.country = "Remote - EMEA";
  NormalisedPosting unknown = f.ok(row);
  CHECK(unknown.country == nullptr);
  CHECK(unknown.country_text == "Remote - EMEA");
}

TEST_CASE("seniority comes from the source when known, else from the title", "[normaliser]") {
  Fixture f;
  Row row;
  row.title = "Senior Data Engineer";
  row.seniority = "Entry level";
  NormalisedPosting given = f.ok(row);
  CHECK(given.seniority.level == Seniority::entry);
  CHECK_FALSE(given.seniority.inferred);
  row.seniority = "";
  NormalisedPosting inferred = f.ok(row);
  CHECK(inferred.seniority.level == Seniority::senior);
  CHECK(inferred.seniority.inferred);
}

TEST_CASE("identity is (source, id), else a hash of the posting's key fields", "[normaliser]") {
  Fixture f;
  Row row;
  std::string by_id = f.ok(row).identity;
  CHECK(by_id.size() == 32);
  row.title = "Another title";
  CHECK(f.ok(row).identity == by_id);  // same source and id: the same posting
  row.id = "";
  std::string by_fields = f.ok(row).identity;
  CHECK(by_fields != by_id);
  row.remote = "remote";  // not part of the key
  CHECK(f.ok(row).identity == by_fields);
  row.company = "Other";
  CHECK(f.ok(row).identity != by_fields);
}

TEST_CASE("with no country, a state or a city ending in a state code implies it (SPEC 2.5)",
          "[normaliser]") {
  ReferenceData data = reference();
  data.add_country("CA", "CAN", "Canada", "Northern America", "CAD");
  data.add_country("AU", "AUS", "Australia", "Australia and New Zealand", "AUD");
  data.add_country("GE", "GEO", "Georgia", "Western Asia", "GEL");
  // As reference_store loads them: lower ranks last, so the US wins a shared code.
  data.add_state("WA", "Western Australia", "AU");
  data.add_state("NT", "Northern Territory", "AU");
  data.add_state("ON", "Ontario", "CA");
  data.add_state("NT", "Northwest Territories", "CA");
  data.add_state("TX", "Texas", "US");
  data.add_state("GA", "Georgia", "US");
  data.add_state("WA", "Washington", "US");
  PostingColumns columns =
      map_posting_columns({"title", "date", "country", "state", "location"}, "states.csv");
  PostingNormaliser normaliser{data, columns, "unit-test"};
  auto country_of = [&](const std::string& country, const std::string& state,
                        const std::string& city) {
    NormalisedPosting posting;
    REQUIRE_FALSE(normaliser.normalise({"Analyst", "2024-03-15", country, state, city}, posting));
    return posting.country == nullptr ? std::string("-") : posting.country->alpha2;
  };
  CHECK(country_of("", "Texas", "") == "US");
  CHECK(country_of("", "Georgia", "") == "US");       // a state column: the US state
  CHECK(country_of("Georgia", "", "") == "GE");       // a country column: the country
  CHECK(country_of("Georgia", "Texas", "") == "GE");  // the country column always wins
  CHECK(country_of("", "", "Austin, TX") == "US");
  CHECK(country_of("", "", "Toronto, ON") == "CA");
  CHECK(country_of("", "", "Seattle, WA") == "US");  // WA is Washington before W. Australia
  CHECK(country_of("", "NT", "") == "CA");           // NT: Canada before Australia
  CHECK(country_of("", "Western Australia", "") == "AU");
  CHECK(country_of("", "", "Austin, Tx") == "-");  // codes are written in capitals
  CHECK(country_of("", "", "Remote") == "-");
  CHECK(country_of("", "Atlantis", "Paris, France") == "-");
}

TEST_CASE("with an empty skills cell, skills come from the title and description (SPEC 2.3)",
          "[normaliser]") {
  ReferenceData data = reference();
  data.add_skill(5, "Go", false);
  data.set_text_skill_patterns({{"python", 1, false},
                                {"pytorch", 2, false},
                                {"machine learning", 4, false},
                                {"golang", 5, true},
                                {"go developer", 5, true}});
  PostingColumns columns =
      map_posting_columns({"title", "date", "skills", "description"}, "text.csv");
  PostingNormaliser normaliser{data, columns, "unit-test"};
  auto normalise = [&](const std::string& title, const std::string& skills,
                       const std::string& description) {
    NormalisedPosting posting;
    REQUIRE_FALSE(normaliser.normalise({title, "2024-03-15", skills, description}, posting));
    return posting;
  };
  NormalisedPosting text = normalise("Go Developer", "",
                                     "Build services in Golang and Python; some machine learning "
                                     "with PyTorch, go-to-market support.");
  std::vector<std::string> names;
  for (const PostingSkill& skill : text.skills) {
    names.push_back(skill.name);
    CHECK(skill.from_text);
  }
  CHECK(names == std::vector<std::string>{"Go", "Python", "Machine Learning", "PyTorch"});
  CHECK(text.is_ai);  // by its text skills (PyTorch, Machine Learning), not its title
  CHECK_FALSE(text.ai_by_title);

  // A skills cell is read instead of the text, and text never adds a new skill.
  NormalisedPosting listed =
      normalise("Go Developer", "Python; Quantum Weaving", "Machine learning with PyTorch.");
  REQUIRE(listed.skills.size() == 2);
  CHECK(listed.skills[0].name == "Python");
  CHECK_FALSE(listed.skills[0].from_text);
  CHECK(listed.skills[1].name == "Quantum Weaving");
  CHECK_FALSE(listed.is_ai);
}
