// Matching headers against an import kind's fields, with aliases and --map FIELD=COLUMN.
#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>

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
    "(fields: posting_id, posted_date, source, title, company, industry, country, city, state, "
    "seniority, experience, employment_type, remote, salary_min, salary_max, salary, "
    "salary_currency, salary_period, skills, description)";

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
                    "company_location, company_size, date, experience)");
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

TEST_CASE("header names fold spaces, '_', '-', '.' and camelCase into one spelling",
          "[column_map]") {
  for (const char* name : {"Job Description", "job-description", "jobDescription",
                           "job_description", "JOB_DESCRIPTION", " Job.Description ",
                           "JobDescription", "job__description", "_job description_"}) {
    INFO(name);
    CHECK(fold_header_name(name) == "job_description");
  }
  // A run of capitals is one word; its last capital starts the next word before lower case.
  CHECK(fold_header_name("salaryInUSD") == "salary_in_usd");
  CHECK(fold_header_name("USDSalary") == "usd_salary");
  CHECK(fold_header_name("JobID") == "job_id");
  CHECK(fold_header_name("jobURL") == "job_url");
  CHECK(fold_header_name("ID") == "id");
  CHECK(fold_header_name("top10Skills") == "top10_skills");
  CHECK(fold_header_name("address2") == "address2");
  // Other bytes are kept; a name of separators folds to nothing.
  CHECK(fold_header_name("Pay (USD)") == "pay_(usd)");
  CHECK(fold_header_name("Gehalt/Jahr") == "gehalt/jahr");
  CHECK(fold_header_name("Städte") == "städte");
  CHECK(fold_header_name(" - _ ") == "");
  CHECK(fold_header_name("") == "");
}

TEST_CASE("a header name matches its field folded, by canonical name, alias or fallback",
          "[column_map]") {
  auto posting = [](const char* name) { return field_from_header(posting_fields(), name); };
  auto salary = [](const char* name) { return field_from_header(salary_fields(), name); };
  CHECK(posting("jobDescription") == static_cast<int>(PostingField::description));
  CHECK(posting("Job-Description") == static_cast<int>(PostingField::description));
  CHECK(posting("Posted Date") == static_cast<int>(PostingField::posted_date));
  CHECK(posting("datePosted") == static_cast<int>(PostingField::posted_date));
  CHECK(posting("Job URL") == static_cast<int>(PostingField::posting_id));
  CHECK(posting("jobState") == static_cast<int>(PostingField::state));
  CHECK(posting("Years Experience") == static_cast<int>(PostingField::experience));
  CHECK(salary("salaryInUSD") == static_cast<int>(SalaryField::salary_in_usd));
  CHECK(salary("Salary In USD") == static_cast<int>(SalaryField::salary_in_usd));
  CHECK(salary("Timestamp") == static_cast<int>(SalaryField::date));
  CHECK(salary("experience") == static_cast<int>(SalaryField::experience));
  CHECK(salary("Work Year") == static_cast<int>(SalaryField::work_year));
  CHECK(posting("jobdescription") == -1);
}

TEST_CASE("SPEC 1.1's postings aliases are accepted", "[column_map]") {
  const std::vector<std::pair<PostingField, std::vector<const char*>>> spec = {
      {PostingField::posting_id,
       {"id", "job_id", "external_id", "posting_id", "url", "job_url", "job_link", "link"}},
      {PostingField::posted_date,
       {"date", "date_posted", "posting_date", "post_date", "job_posted_date", "listed_time",
        "created_at", "published", "publication_date"}},
      {PostingField::source, {"site", "board", "via", "job_via"}},
      {PostingField::title, {"job_title", "position", "role"}},
      {PostingField::company, {"company_name", "employer"}},
      {PostingField::industry, {"sector"}},
      {PostingField::country, {"job_country", "company_location", "location_country"}},
      {PostingField::city, {"location", "job_location"}},
      {PostingField::state, {"state", "province", "job_state"}},
      {PostingField::seniority,
       {"experience_level", "level", "formatted_experience_level", "seniority_level",
        "career_level"}},
      {PostingField::experience,
       {"experience", "years_experience", "experience_years", "min_experience"}},
      {PostingField::employment_type, {"job_type", "job_schedule_type", "work_type"}},
      {PostingField::remote, {"remote_ratio", "job_work_from_home", "remote_allowed"}},
      {PostingField::salary_min, {"min_salary"}},
      {PostingField::salary_max, {"max_salary"}},
      {PostingField::salary,
       {"salary_avg", "med_salary", "salary_year_avg", "salary_estimate", "salary_range", "pay",
        "compensation", "wage"}},
      {PostingField::salary_currency, {"currency"}},
      {PostingField::salary_period, {"pay_period", "salary_rate"}},
      {PostingField::skills, {"job_skills", "skill"}},
      {PostingField::description, {"job_description"}},
  };
  for (const auto& [field, names] : spec) {
    for (const char* name : names) {
      INFO(name);
      CHECK(field_from_header(posting_fields(), name) == static_cast<int>(field));
    }
  }
}

TEST_CASE("every field name, alias and fallback is written folded and belongs to one field",
          "[column_map]") {
  for (std::span<const FieldSpec> fields : {posting_fields(), salary_fields()}) {
    std::vector<std::string_view> seen;
    for (const FieldSpec& spec : fields) {
      std::vector<std::string_view> names = {spec.name};
      names.insert(names.end(), spec.aliases.begin(), spec.aliases.end());
      names.insert(names.end(), spec.fallbacks.begin(), spec.fallbacks.end());
      for (std::string_view name : names) {
        INFO(spec.name << ": " << name);
        CHECK(fold_header_name(name) == name);
        CHECK(std::find(seen.begin(), seen.end(), name) == seen.end());
        seen.push_back(name);
      }
    }
  }
  CHECK(posting_fields().size() == kPostingFieldCount);
  CHECK(salary_fields().size() == kSalaryFieldCount);
  CHECK(to_string(PostingField::description) == "description");
  CHECK(to_string(SalaryField::experience) == "experience");
}

TEST_CASE("a column with the field's own name wins over aliases wherever it stands",
          "[column_map]") {
  PostingColumns columns =
      map_posting_columns({"role", "Position", "Posted", "TITLE", "date"}, "f.csv");
  CHECK(columns[PostingField::title] == 3);
  CHECK(columns.matched_by[static_cast<std::size_t>(PostingField::title)] == MatchedBy::name);
  CHECK(columns[PostingField::posted_date] == 2);  // between aliases the first wins
  CHECK(columns.matched_by[static_cast<std::size_t>(PostingField::posted_date)] ==
        MatchedBy::alias);
  CHECK(columns.unknown == std::vector<std::string>{"role (duplicate of title)",
                                                    "Position (duplicate of title)",
                                                    "date (duplicate of posted_date)"});
  CHECK(columns.unmatched.empty());
  REQUIRE(columns.notes.size() == 2);
  CHECK(columns.notes[0].text() ==
        "posted_date: took 'Posted', ignored 'date' (the first alias wins)");
  CHECK(columns.notes[1].field == "title");
  CHECK(columns.notes[1].taken == "TITLE");
  CHECK(columns.notes[1].ignored == std::vector<std::string>{"role", "Position"});
  CHECK(columns.notes[1].text() ==
        "title: took 'TITLE', ignored 'role', 'Position' (the field's own name beats an alias)");
}

TEST_CASE("between columns with the field's own name the first wins", "[column_map]") {
  PostingColumns columns =
      map_posting_columns({"Job Title", "title", " Title ", "posted_date"}, "f.csv");
  CHECK(columns[PostingField::title] == 1);
  CHECK(columns.unknown ==
        std::vector<std::string>{"Job Title (duplicate of title)", "Title (duplicate of title)"});
  REQUIRE(columns.notes.size() == 1);
  CHECK(columns.notes[0].text() ==
        "title: took 'title', ignored 'Job Title', 'Title' (the first column named title wins)");
}

TEST_CASE("an id column beats a URL column, which is read only when there is none",
          "[column_map]") {
  PostingColumns both = map_posting_columns({"Job URL", "title", "date", "jobId"}, "f.csv");
  CHECK(both[PostingField::posting_id] == 3);
  REQUIRE(both.notes.size() == 1);
  CHECK(both.notes[0].text() ==
        "posting_id: took 'jobId', ignored 'Job URL' (an alias beats a fallback)");
  PostingColumns url_only = map_posting_columns({"title", "date", "link", "url"}, "f.csv");
  CHECK(url_only[PostingField::posting_id] == 2);
  CHECK(url_only.matched_by[static_cast<std::size_t>(PostingField::posting_id)] ==
        MatchedBy::fallback);
  CHECK(url_only.notes[0].text() ==
        "posting_id: took 'link', ignored 'url' (the first fallback wins)");
  PostingColumns own = map_posting_columns({"url", "title", "date", "Posting ID"}, "f.csv");
  CHECK(own[PostingField::posting_id] == 3);
  CHECK(own.notes[0].why == "the field's own name beats a fallback");
}

TEST_CASE("a mapped column beats the field's own name, and is matched folded", "[column_map]") {
  PostingColumns columns = map_posting_columns({"title", "Role-Name", "date", "role"}, "f.csv",
                                               maps({"title=role name"}));
  CHECK(columns[PostingField::title] == 1);
  CHECK(columns.matched_by[static_cast<std::size_t>(PostingField::title)] == MatchedBy::mapped);
  CHECK(columns.unknown == std::vector<std::string>{"title (not used: --map title=role name)",
                                                    "role (not used: --map title=role name)"});
  REQUIRE(columns.notes.size() == 1);
  CHECK(columns.notes[0].text() ==
        "title: took 'Role-Name', ignored 'title', 'role' (--map title=role name)");
  PostingColumns camel = map_posting_columns({"roleName", "Added"}, "f.csv",
                                             maps({"postedDate=added", "Title=ROLE_NAME"}));
  CHECK(camel[PostingField::title] == 0);
  CHECK(camel[PostingField::posted_date] == 1);
  CHECK(camel.notes.empty());
  CHECK(camel.unmatched.empty());
}

TEST_CASE("columns no field uses are listed in unknown and unmatched, trimmed, in header order",
          "[column_map]") {
  PostingColumns columns = map_posting_columns({" notes ", "title", "", "date", "Rating"}, "f.csv");
  CHECK(columns.unknown == std::vector<std::string>{"notes", "", "Rating"});
  CHECK(columns.unmatched == columns.unknown);
  CHECK(columns.notes.empty());
}

TEST_CASE("a postings header without title or date names every missing field and the fix",
          "[column_map]") {
  CHECK_THROWS_WITH(
      map_posting_columns({"Role Name", "Pay", "Added"}, "postings.csv"),
      "postings.csv: no title or posted_date column, so nothing was imported "
      "(found: Role Name, Pay, Added). Name them with --map, e.g. --map "
      "title='Role Name' --map posted_date=COLUMN, or give a value for the whole file with --set "
      "posted_date=YYYY-MM-DD.");
  CHECK_THROWS_WITH(
      map_posting_columns({"Job's Title", "Date Of Publishing"}, "p.csv"),
      "p.csv: no title or posted_date column, so nothing was imported (found: "
      "Job's Title, Date Of Publishing). Name them with --map, e.g. --map "
      "title='Job'\\''s Title' --map posted_date='Date Of Publishing', or give a value "
      "for the whole file with --set posted_date=YYYY-MM-DD.");
  // No column name says which it is.
  CHECK_THROWS_WITH(map_posting_columns({"title", "When"}, "g.csv"),
                    "g.csv: no posted_date column, so nothing was imported (found: title, When). "
                    "Name it with --map, e.g. --map posted_date=COLUMN, or give a value for the "
                    "whole file with --set posted_date=YYYY-MM-DD.");
  CHECK_THROWS_WITH(map_posting_columns({"company", "date"}, "h.csv"),
                    "h.csv: no title column, so nothing was imported (found: company, date). "
                    "Name it with --map, e.g. --map title=COLUMN.");
}

TEST_CASE("a salary header without year, title or pay names every missing field and the fix",
          "[column_map]") {
  CHECK_THROWS_WITH(map_salary_columns({"Yr", "Role", "Pay (USD)"}, "s.csv"),
                    "s.csv: no work_year, date, salary_in_usd or salary column, so nothing was "
                    "imported (found: Yr, Role, Pay (USD)). Name them with --map, e.g. --map "
                    "work_year=COLUMN --map salary_in_usd='Pay (USD)', or give a value for the "
                    "whole file with --set "
                    "work_year=YYYY.");
  CHECK_THROWS_WITH(map_salary_columns({"Survey Year", "salary"}, "t.csv"),
                    "t.csv: no job_title column, so nothing was imported (found: Survey Year, "
                    "salary). Name it with --map, e.g. --map job_title=COLUMN.");
  // A date column stands for work_year.
  SalaryColumns dated = map_salary_columns({"Timestamp", "Job Title", "Salary"}, "u.csv");
  CHECK(dated[SalaryField::date] == 0);
  CHECK_FALSE(dated.has(SalaryField::work_year));
}
