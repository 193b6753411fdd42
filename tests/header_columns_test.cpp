// Matching headers against an import kind's fields, with aliases and --map FIELD=COLUMN.
#include <catch2/catch.hpp>

#include "jobsight/error.hpp"
#include "normalise/header_columns.hpp"
#include "normalise/posting_columns.hpp"
#include "normalise/salary_columns.hpp"

using namespace jobsight;

namespace {

std::vector<ColumnMapping> maps(std::initializer_list<const char*> texts) {
  std::vector<ColumnMapping> out;
  for (const char* text : texts) out.push_back(parse_column_mapping(text));
  return out;
}

const char* kPostingFieldList =
    "(fields: posting_id, posted_date, source, title, company, industry, country, city, "
    "seniority, employment_type, remote, salary_min, salary_max, salary, salary_currency, "
    "salary_period, skills, description)";

}  // namespace

TEST_CASE("a --map value splits at the first '=' and trims both sides", "[column_map]") {
  ColumnMapping mapping = parse_column_mapping(" title = Job Name ");
  CHECK(mapping.field == "title");
  CHECK(mapping.column == "Job Name");
  CHECK(mapping.text == " title = Job Name ");
  ColumnMapping with_equals = parse_column_mapping("salary=Pay (a=b)");
  CHECK(with_equals.field == "salary");
  CHECK(with_equals.column == "Pay (a=b)");
}

TEST_CASE("a --map value without '=' or with an empty side is refused", "[column_map]") {
  const std::string expected =
      ": expected FIELD=COLUMN, a field name, '=' and a column of the file's header (e.g. --map "
      "title=Job Name)";
  CHECK_THROWS_WITH(parse_column_mapping("title"), "--map title" + expected);
  CHECK_THROWS_WITH(parse_column_mapping("=Job Name"), "--map =Job Name" + expected);
  CHECK_THROWS_WITH(parse_column_mapping("title= "), "--map title= " + expected);
  CHECK_THROWS_WITH(parse_column_mapping(""), "--map " + expected);
}

TEST_CASE("a --map field the import kind does not have is refused listing its fields",
          "[column_map]") {
  CHECK_THROWS_WITH(
      check_column_mappings(posting_fields(), maps({"foo=bar"}), "postings"),
      std::string("--map foo=bar: unknown field 'foo' for postings ") + kPostingFieldList);
  CHECK_THROWS_WITH(check_column_mappings(salary_fields(), maps({"posted_date=Added"}), "salaries"),
                    "--map posted_date=Added: unknown field 'posted_date' for salaries (fields: "
                    "work_year, experience_level, employment_type, job_title, salary, "
                    "salary_currency, salary_in_usd, employee_residence, remote_ratio, "
                    "company_location, company_size)");
}

TEST_CASE("a --map field that is an alias is refused with the canonical name as a hint",
          "[column_map]") {
  CHECK_THROWS_WITH(check_column_mappings(posting_fields(), maps({"job_title=Name"}), "postings"),
                    std::string("--map job_title=Name: unknown field 'job_title' for postings; "
                                "did you mean 'title'? ") +
                        kPostingFieldList);
}

TEST_CASE("a field mapped twice is refused naming both mappings", "[column_map]") {
  CHECK_THROWS_WITH(
      check_column_mappings(posting_fields(), maps({"title=A", "TITLE=B"}), "postings"),
      "--map TITLE=B: field 'title' is already mapped by --map title=A");
}

TEST_CASE("field names in --map are matched case-insensitively", "[column_map]") {
  PostingColumns columns =
      map_posting_columns({"Name", "Added"}, "f.csv", maps({"Title=name", "POSTED_DATE=added"}));
  CHECK(columns[PostingField::title] == 0);
  CHECK(columns[PostingField::posted_date] == 1);
  CHECK(columns.unknown.empty());
}

TEST_CASE("a mapped column takes precedence over aliases and is not matched by alias again",
          "[column_map]") {
  // "location" is an alias of city, "date" of posted_date; --map puts them elsewhere.
  PostingColumns columns = map_posting_columns(
      {"title", "date", "Job Name", "location", "country", "Posted On"}, "f.csv",
      maps({"title=job name", "country=Location", "posted_date=posted on"}));
  CHECK(columns[PostingField::title] == 2);
  CHECK(columns[PostingField::country] == 3);
  CHECK(columns[PostingField::posted_date] == 5);
  CHECK_FALSE(columns.has(PostingField::city));
  CHECK(columns.unknown == std::vector<std::string>{"title (not used: --map title=job name)",
                                                    "date (not used: --map posted_date=posted on)",
                                                    "country (not used: --map country=Location)"});
}

TEST_CASE("two fields may be mapped to the same column", "[column_map]") {
  PostingColumns columns = map_posting_columns({"title", "date", "Pay"}, "f.csv",
                                               maps({"salary_min=pay", "salary_max=pay"}));
  CHECK(columns[PostingField::salary_min] == 2);
  CHECK(columns[PostingField::salary_max] == 2);
  CHECK(columns.unknown.empty());
}

TEST_CASE("a mapped column missing from the header is an error naming the file and the header",
          "[column_map]") {
  CHECK_THROWS_WITH(
      map_posting_columns({"a", "b", "c"}, "export.csv", maps({"title=Job Name"})),
      "export.csv: --map title=Job Name: no column 'Job Name' in the header (found: a, b, c)");
  CHECK_THROWS_WITH(map_salary_columns({"year", "", "pay"}, "s.csv", maps({"salary=Salary"})),
                    "s.csv: --map salary=Salary: no column 'Salary' in the header (found: year, "
                    "(empty), pay)");
}

TEST_CASE("mapping a required field satisfies the required-column check", "[column_map]") {
  SalaryColumns columns = map_salary_columns({"Year", "Role", "Pay USD"}, "s.csv",
                                             maps({"job_title=Role", "salary_in_usd=pay usd"}));
  CHECK(columns[SalaryField::work_year] == 0);
  CHECK(columns[SalaryField::job_title] == 1);
  CHECK(columns[SalaryField::salary_in_usd] == 2);
}

TEST_CASE("a header name matches its field by canonical name or alias, trimmed, any case",
          "[column_map]") {
  CHECK(field_from_header(posting_fields(), " Job_Title ") ==
        static_cast<int>(PostingField::title));
  CHECK(field_from_header(salary_fields(), "USD_SALARY") ==
        static_cast<int>(SalaryField::salary_in_usd));
  CHECK(field_from_header(salary_fields(), "") == -1);
  CHECK(field_from_header(salary_fields(), "wage") == -1);
  CHECK(describe_header({}) == "none");
}
