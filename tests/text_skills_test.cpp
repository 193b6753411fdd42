#include "normalise/text_skills.hpp"

#include <SQLiteCpp/Statement.h>

#include <catch2/catch.hpp>

#include "jobsight/database.hpp"
#include "normalise/reference_data.hpp"
#include "storage/reference_store.hpp"
#include "storage/sqlite_connection.hpp"

using jobsight::Database;
using jobsight::ReferenceData;
using jobsight::TextSkillMatcher;
using jobsight::TextSkillPattern;
using Names = std::vector<std::string>;

namespace {

// The real taxonomy, as migrated into a fresh database.
const ReferenceData& reference() {
  static const ReferenceData data = [] {
    Database db = Database::open_in_memory();
    return jobsight::load_reference_data(db);
  }();
  return data;
}

Names skills_in(std::string_view text, const ReferenceData& data = reference()) {
  Names names;
  for (const jobsight::SkillInfo* skill : data.skills_in_text(text)) names.push_back(skill->name);
  return names;
}

struct Case {
  const char* text;
  Names skills;  // in order of first mention; a multi-skill form's own skills come first
};

// Sentences as postings write them, with the skills text must find in them.
const std::vector<Case> kCases = {
    // Spellings that need context, in their everyday senses: nothing.
    {"Lead our R&D team on new products", {}},
    {"Five years of experience in R&D for medical devices", {}},
    {"Own the go-to-market plan for new regions", {}},
    {"Work with go-to-market teams across EMEA", {}},
    {"You will excel at building relationships", {}},
    {"A chance to excel in a fast-paced environment", {}},
    {"Employees get access to a gym and free lunches", {}},
    {"A swift response to every customer request", {}},
    {"Ideas that spark interest in our brand", {}},
    {"Make sure every release ships on time", {}},
    {"Present to C-level executives", {}},
    {"Work with C-suite leaders", {}},
    {"Candidates with a C grade or above may apply", {}},
    {"Paid bi-weekly, with flexibility to work from home", {}},
    {"Must hold an active TS/SCI clearance", {}},
    {"Spring 2025 internship: the rest of the team will react quickly", {}},
    {"Express interest by applying; Acme LLC dba Widgets is hiring", {}},
    {"Our GTM strategy keeps us in compliance with applicable laws", {}},
    {"Head chef at the helm of a busy kitchen", {}},
    {"Operate the assembly line and shell moulding machines", {}},
    {"Networking events and a summer bash every year", {}},
    {"Contact Julia in HR about this position", {}},
    {"Remove rust from machinery and keep the airflow clear; a hive of activity", {}},
    {"Il candidato risponde ai sensi del D.Lgs. 198/2006", {}},
    {"Dispense 5 ml doses; featured on CNN", {}},
    {"Report RAG status weekly; design GaN power devices", {}},
    {"A safe workplace, in a word: sketch ideas with the illustrator", {}},
    {"The tip of the iceberg: bedrock values for a typical workday", {}},
    {"SEM imaging of samples and DBT therapy sessions", {}},
    {"Acme SAS, Paris: a node in the network, a postman on the route", {}},
    {"Our AI-powered platform serves millions", {}},
    {"Go, Rust or Swift: we do not mind", {}},
    // Whole words: no skill inside a longer word, none glued to a letter or a digit.
    {"Pythonic code on MySQL and NoSQL stores", {"MySQL", "NoSQL"}},
    {"JavaScript, not Java", {"JavaScript", "Java"}},
    {"Visit careers.example.net; we also use ADO.NET", {}},
    {"ÉPython and Pythonñ are not Python", {"Python"}},
    // Symbols in spellings.
    {"Modern C++17 and C#/.NET", {"C++", "C#", ".NET"}},
    {"Node.js, Vue.js and CI/CD pipelines", {"Node.js", "Vue.js", "CI/CD"}},
    {"ASP.NET Core and A/B testing", {"ASP.NET", "A/B Testing"}},
    {"C++ and C# but not plain C", {"C++", "C#"}},
    {"Fluent in C++", {"C++"}},
    // Separators that are not spaces or ASCII.
    {"•Python •SQL", {"Python", "SQL"}},
    {"熟悉Python和SQL", {"Python", "SQL"}},
    {"SQL—Python; über-SQL", {"SQL", "Python"}},
    {"Machine\nlearning and\u00a0deep   learning", {"Machine Learning", "Deep Learning"}},
    {"PYTHON AND AWS", {"Python", "AWS"}},
    {"Python-based ETL", {"Python", "ETL"}},
    // Longest match first.
    {"Apache Spark Streaming and Spark SQL", {"Apache Spark", "SQL"}},
    {"Google Cloud Platform and Google Analytics", {"GCP", "Google Analytics"}},
    {"Experience with React Native and Next.js", {"React Native", "Next.js"}},
    {"AWS Lambda functions", {"AWS Lambda"}},
    {"Big data engineering", {"Big Data"}},
    // The context forms.
    {"Strong R programming skills and experience with R/Python", {"R", "Python"}},
    {"Statistical analysis in R and Python", {"Statistics", "R", "Python"}},
    {"Build dashboards in RStudio", {"R"}},
    {"Python, R and SQL", {"R", "Python", "SQL"}},
    {"Senior Golang engineer", {"Go"}},
    {"Go developer with Kubernetes", {"Go", "Kubernetes"}},
    {"Backend services written in Go, deployed with Docker", {"Go", "Docker"}},
    {"GO DEVELOPER (GOLANG)", {"Go"}},
    {"Python, Go and Rust", {"Go", "Python"}},
    {"Golang and Rust programming", {"Go", "Rust"}},
    {"Advanced MS Excel and Excel spreadsheets", {"Excel"}},
    {"Proficiency in Excel (VLOOKUP, pivot tables)", {"Excel", "Pivot Tables"}},
    {"Microsoft Excel, Word and PowerPoint", {"Excel", "Microsoft Word", "PowerPoint"}},
    {"Apache Spark and PySpark on Databricks", {"Apache Spark", "Databricks"}},
    {"Experience with Spark SQL", {"Apache Spark", "SQL"}},
    {"iOS Swift developer, SwiftUI a plus", {"Swift", "iOS", "SwiftUI"}},
    {"Objective-C and Swift", {"Swift", "Objective-C"}},
    {"C/C++ firmware for embedded systems", {"C", "C++"}},
    {"Embedded C programming on ARM", {"C"}},
    {"Skilled in C, Java and Go.", {"C", "Java"}},
    {"React developer: React/Redux, Node/Express", {"React", "Redux", "Node.js", "Express.js"}},
    {"Java Spring Boot microservices", {"Spring", "Java", "Spring Boot", "Microservices"}},
    {"RESTful web services and REST APIs", {"REST APIs"}},
    {"AI/ML engineer building LLM applications",
     {"Machine Learning", "Artificial Intelligence", "LLMs"}},
    {"ML engineers; 10 ml of solution", {"Machine Learning"}},
    {"Hands-on with Amazon Bedrock and RAG pipelines", {"Amazon Bedrock", "RAG"}},
    {"Fine-tune transformer models with Hugging Face Transformers",
     {"Transformers", "Hugging Face"}},
    {"Tableau or Power BI; BI developer", {"Tableau", "Power BI", "Business Intelligence"}},
    {"SEO/SEM campaigns", {"SEM", "SEO"}},
    {"SQL Server DBA", {"Database Administration", "SQL Server"}},
    {"SAS programming and R/SAS", {"SAS", "R"}},
    {"Figma, Sketch and Adobe XD", {"Sketch", "Figma", "Adobe XD"}},
    {"Photoshop, Illustrator, InDesign",
     {"Adobe Illustrator", "Adobe Photoshop", "Adobe InDesign"}},
    {"Chef/Puppet and Helm charts", {"Chef", "Puppet", "Helm"}},
    {"Regulatory compliance and compliance audits", {"Compliance"}},
    {"SAFe Agile and Scrum", {"SAFe", "Agile", "Scrum"}},
    {"Workday HCM; documents in Word and Excel", {"Workday", "Excel", "Microsoft Word"}},
    {"Bootstrap 5, Flask/Django and Express.js", {"Bootstrap", "Flask", "Django", "Express.js"}},
    {"Airflow DAGs, dbt models and Hive SQL", {"Apache Airflow", "dbt", "Apache Hive", "SQL"}},
    {"Writing Bash scripts on Linux", {"Bash", "Linux"}},
    {"Networking fundamentals and TCP/IP", {"Networking", "TCP/IP"}},
    {"Cypress.io tests and Maven/Gradle builds", {"Cypress", "Maven", "Gradle"}},
    {"QLoRA and LoRA adapters", {"LoRA"}},
};

}  // namespace

TEST_CASE("skills in sentences, traps included, with the real taxonomy", "[text_skills]") {
  for (const Case& c : kCases) {
    INFO(c.text);
    CHECK(skills_in(c.text) == c.skills);
  }
}

TEST_CASE("every text form finds its skills by itself", "[text_skills]") {
  Database db = Database::open_in_memory();
  SQLite::Statement forms(jobsight::sqlite_of(db),
                          "SELECT f.form, s.name FROM skill_text_forms AS f "
                          "JOIN skills AS s ON s.skill_id = f.skill_id");
  int checked = 0;
  while (forms.executeStep()) {
    std::string form = forms.getColumn(0).getString();
    std::string skill = forms.getColumn(1).getString();
    INFO(form << " -> " << skill);
    Names found = skills_in(form);
    CHECK(std::find(found.begin(), found.end(), skill) != found.end());
    ++checked;
  }
  CHECK(checked > 500);
}

TEST_CASE("a spelling that needs context finds nothing alone; every other spelling finds its skill",
          "[text_skills]") {
  Database db = Database::open_in_memory();
  SQLite::Statement spellings(jobsight::sqlite_of(db),
                              "SELECT a.alias, s.name, a.needs_context FROM skill_aliases AS a "
                              "JOIN skills AS s ON s.skill_id = a.skill_id");
  int needing_context = 0;
  while (spellings.executeStep()) {
    std::string alias = spellings.getColumn(0).getString();
    std::string skill = spellings.getColumn(1).getString();
    INFO(alias << " -> " << skill);
    Names found = skills_in(alias);
    if (spellings.getColumn(2).getInt() != 0) {
      CHECK(found.empty());
      ++needing_context;
    } else {
      REQUIRE_FALSE(found.empty());
      CHECK(found.front() == skill);
    }
  }
  CHECK(needing_context == 67);
}

TEST_CASE("the taxonomy data for text hangs together", "[text_skills]") {
  Database db = Database::open_in_memory();
  auto count = [&](const char* sql) { return jobsight::sqlite_of(db).execAndGet(sql).getInt64(); };
  // A skill's name needs context exactly when its self-alias does.
  CHECK(count("SELECT count(*) FROM skills AS s JOIN skill_aliases AS a "
              "ON a.skill_id = s.skill_id AND a.alias = s.name "
              "WHERE a.needs_context <> s.needs_context") == 0);
  // Every text form is there for a skill with a spelling that needs context.
  CHECK(count("SELECT count(DISTINCT form) FROM skill_text_forms AS f WHERE NOT EXISTS "
              "(SELECT 1 FROM skill_text_forms AS g JOIN skill_aliases AS a "
              "ON a.skill_id = g.skill_id WHERE g.form = f.form AND a.needs_context = 1)") == 0);
  // No text form is itself a spelling that needs context.
  CHECK(count("SELECT count(*) FROM skill_text_forms AS f JOIN skill_aliases AS a "
              "ON a.alias = f.form WHERE a.needs_context = 1") == 0);
}

TEST_CASE("text never finds a skill first seen in an import", "[text_skills]") {
  Database db = Database::open_in_memory();
  jobsight::sqlite_of(db).exec(
      "INSERT INTO skills (name, category, from_taxonomy) VALUES ('Widgetry', 'other', 0)");
  ReferenceData data = jobsight::load_reference_data(db);
  CHECK(data.find_skill("widgetry") != nullptr);
  CHECK(skills_in("Widgetry and Python", data) == Names{"Python"});
}

TEST_CASE("reference data finds nothing in text before its patterns are set", "[text_skills]") {
  ReferenceData data;
  data.add_skill(1, "Python", false);
  CHECK(data.skills_in_text("Python").empty());
  data.set_text_skill_patterns({{"Python", 1, false}, {"Cobol", 99, false}});
  CHECK(skills_in("python and cobol", data) == Names{"Python"});
}

TEST_CASE("the matcher: leftmost-longest, non-overlapping, each skill once", "[text_skills]") {
  TextSkillMatcher matcher({{"data", 1, false},
                            {"data science", 2, false},
                            {"science fiction", 3, false},
                            {"Science", 4, false},
                            {"DATA", 5, false}});
  CHECK(matcher.pattern_count() == 4);  // "data" and "DATA" are one pattern, skills 1 and 5
  CHECK(matcher.skill_ids_in("data science fiction") == std::vector<std::int64_t>{2});
  CHECK(matcher.skill_ids_in("science fiction data") == std::vector<std::int64_t>{3, 1, 5});
  CHECK(matcher.skill_ids_in("science, data, science") == std::vector<std::int64_t>{4, 1, 5});
  CHECK(TextSkillMatcher().skill_ids_in("data").empty());
  CHECK(TextSkillMatcher({{"  ", 1, false}}).pattern_count() == 0);
}

TEST_CASE("the matcher: whitespace runs read as one space, non-ASCII letters keep their case",
          "[text_skills]") {
  TextSkillMatcher matcher({{"machine  learning", 1, false}, {"Café", 2, false}});
  CHECK(matcher.skill_ids_in("a machine \t\r\n learning") == std::vector<std::int64_t>{1});
  CHECK(matcher.skill_ids_in("machine\u00a0learning") == std::vector<std::int64_t>{1});
  // Where the match starts is found through the whitespace run: a letter before it still counts.
  CHECK(matcher.skill_ids_in("amachine \n learning").empty());
  CHECK(matcher.skill_ids_in("un CAFé noir") == std::vector<std::int64_t>{2});
  CHECK(matcher.skill_ids_in("un CAFÉ noir").empty());
}

TEST_CASE("the matcher: text forms refuse -, &, + and # at their edges", "[text_skills]") {
  TextSkillMatcher matcher({{"in r", 1, true},
                            {"c++", 2, false},
                            {"in c", 3, true},
                            {"python", 4, false},
                            {"r/python", 1, true}});
  CHECK(matcher.skill_ids_in("in R&D").empty());
  CHECK(matcher.skill_ids_in("in R-squared").empty());
  CHECK(matcher.skill_ids_in("x-in R").empty());
  CHECK(matcher.skill_ids_in("in R.") == std::vector<std::int64_t>{1});
  CHECK(matcher.skill_ids_in("in C++") == std::vector<std::int64_t>{2});
  CHECK(matcher.skill_ids_in("in C#").empty());
  // A form counts the skills its own words name.
  CHECK(matcher.skill_ids_in("R/Python") == std::vector<std::int64_t>{1, 4});
}

TEST_CASE("a megabyte of text is read in one pass", "[text_skills]") {
  const std::string paragraph =
      "Senior Data Engineer. You will build Apache Spark and Airflow DAGs on AWS, model data in "
      "dbt models and Snowflake, and write Python, SQL and some Go microservices. R&D and "
      "go-to-market teams rely on your pipelines; you excel at clear communication.\n";
  std::string text;
  while (text.size() < 1'000'000) text += paragraph;
  CHECK(skills_in(text) == Names{"Apache Spark", "Apache Airflow", "AWS", "dbt", "Snowflake",
                                 "Python", "SQL", "Go", "Microservices", "Communication"});
  // A megabyte without a single space or pattern byte.
  CHECK(skills_in(std::string(1'000'000, '\x01')).empty());
  CHECK(skills_in(std::string(1'000'000, 'a')).empty());
}
