#include "normalise/seniority.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "util/text_words.hpp"

using jobsight::classify_seniority;
using jobsight::Seniority;
using jobsight::seniority_from_source;
using jobsight::seniority_from_title;

namespace {

void check_titles(std::initializer_list<const char*> titles, Seniority expected) {
  for (const char* title : titles) {
    INFO("title: \"" << title << "\" expected: " << jobsight::to_string(expected));
    CHECK(seniority_from_title(title) == expected);
  }
}

void check_sources(std::initializer_list<const char*> given, Seniority expected) {
  for (const char* text : given) {
    INFO("source level: \"" << text << "\" expected: " << jobsight::to_string(expected));
    CHECK(seniority_from_source(text) == expected);
  }
}

}  // namespace

TEST_CASE("seniority levels print as their canonical names", "[seniority]") {
  CHECK(jobsight::to_string(Seniority::intern) == "intern");
  CHECK(jobsight::to_string(Seniority::entry) == "entry");
  CHECK(jobsight::to_string(Seniority::mid) == "mid");
  CHECK(jobsight::to_string(Seniority::senior) == "senior");
  CHECK(jobsight::to_string(Seniority::lead) == "lead");
  CHECK(jobsight::to_string(Seniority::executive) == "executive");
  CHECK(Seniority::intern < Seniority::entry);
  CHECK(Seniority::lead < Seniority::executive);
}

TEST_CASE("every executive keyword in a title means executive", "[seniority]") {
  check_titles(
      {"Chief Data Officer", "CEO", "CTO", "Acting CFO", "COO", "CIO, EMEA",
       "CDO (Chief Data Officer)", "CPO", "CMO", "CSO", "CxO Advisor", "VP Engineering",
       "VP, Data Science", "Vice President of Analytics", "Vice-President Sales", "Head of Data",
       "Head Of Machine Learning", "Director of Engineering", "Engineering Director"},
      Seniority::executive);
}

TEST_CASE("every intern keyword in a title means intern", "[seniority]") {
  check_titles({"Data Science Intern", "Internship - Software", "Trainee Analyst",
                "Apprentice Developer", "INTERN"},
               Seniority::intern);
}

TEST_CASE("every lead keyword in a title means lead", "[seniority]") {
  check_titles({"Principal Data Scientist", "Staff Engineer", "Lead Data Engineer", "Tech Lead",
                "Distinguished Engineer", "Team-Lead ML"},
               Seniority::lead);
}

TEST_CASE("every senior keyword in a title means senior", "[seniority]") {
  check_titles({"Senior Data Engineer", "Sr. Data Engineer", "SR Analyst", "Data Engineer, Senior",
                "Sr Software Engineer"},
               Seniority::senior);
}

TEST_CASE("every entry keyword in a title means entry", "[seniority]") {
  check_titles({"Junior Data Analyst", "Jr. Developer", "Entry Level Analyst",
                "Entry-Level Data Scientist", "entry level", "Graduate Software Engineer",
                "New Grad Software Engineer", "Software Engineer, New Grad"},
               Seniority::entry);
}

TEST_CASE("a title with no keyword is mid", "[seniority]") {
  check_titles(
      {"Data Scientist", "Software Engineer", "", "   ", "Analyst 2", "Machine Learning Engineer"},
      Seniority::mid);
}

TEST_CASE("Roman numeral grades map to levels when no keyword matches", "[seniority]") {
  check_titles({"Software Engineer I", "Data Analyst I (Remote)"}, Seniority::entry);
  check_titles({"Software Engineer II", "Engineer II, Platform"}, Seniority::mid);
  check_titles({"Software Engineer III"}, Seniority::senior);
  check_titles({"Software Engineer IV", "Data Scientist V"}, Seniority::lead);
  check_titles({"Software Engineer VI", "Engineer X"}, Seniority::mid);
}

TEST_CASE("keywords take precedence over Roman numerals", "[seniority]") {
  check_titles({"Senior Engineer II", "Senior Software Engineer I"}, Seniority::senior);
  check_titles({"Junior Engineer III"}, Seniority::entry);
  check_titles({"Staff Engineer I"}, Seniority::lead);
}

TEST_CASE("the first Roman numeral from the left decides", "[seniority]") {
  check_titles({"Engineer II / III"}, Seniority::mid);
  check_titles({"Analyst III or IV"}, Seniority::senior);
}

TEST_CASE("title rules are tried in the SPEC order executive, intern, lead, senior, entry",
          "[seniority]") {
  check_titles({"Senior Director", "Senior Vice President", "Lead, Head of Platform",
                "Director Intern Programs", "Principal Director"},
               Seniority::executive);
  check_titles({"Lead Intern", "Senior Intern", "Junior Trainee", "Staff Intern"},
               Seniority::intern);
  check_titles({"Senior Staff Engineer", "Junior Lead", "Sr. Principal Scientist",
                "Lead Graduate Recruiter"},
               Seniority::lead);
  check_titles({"Senior Junior Developer", "Sr. Graduate Advisor"}, Seniority::senior);
}

TEST_CASE("keywords match whole words only", "[seniority]") {
  check_titles(
      {"Internal Auditor", "Leadership Coach", "Staffing Coordinator", "Seniority Analyst",
       "Directory Services Engineer", "Headhunter", "Head Chef", "Directors Assistant",
       "International Sales", "Leading Analyst", "Principality Liaison",
       "Graduated Pricing Analyst", "Chiefly Analyst", "Victory Engineer", "Interns Coordinator",
       "Entry Analyst", "Level Designer", "Newgrad Program", "Video Editor"},
      Seniority::mid);
}

TEST_CASE("source levels in SPEC 2.1 map as the SPEC says", "[seniority]") {
  check_sources({"EN", "en", "Entry level", "Associate"}, Seniority::entry);
  check_sources({"MI"}, Seniority::mid);
  check_sources({"SE", "Mid-Senior level"}, Seniority::senior);
  check_sources({"EX", "Director", "Executive"}, Seniority::executive);
  check_sources({"Internship"}, Seniority::intern);
}

TEST_CASE("documented extra source levels map too", "[seniority]") {
  check_sources({"intern", "Trainee", "apprentice"}, Seniority::intern);
  check_sources({"entry", "Entry-Level", "entry_level", " ENTRY LEVEL ", "Junior", "Junior level",
                 "Jr", "Graduate", "New Grad"},
                Seniority::entry);
  check_sources({"mid", "Mid level", "Mid-Level", "Intermediate"}, Seniority::mid);
  check_sources({"senior", "Senior level", "Sr.", "Mid-Senior", "mid senior level"},
                Seniority::senior);
  check_sources({"Lead", "Principal", "Staff", "Lead level"}, Seniority::lead);
  check_sources(
      {"executive", "Exec", "Executive level", "VP", "Vice President", "C-Level", "C-suite"},
      Seniority::executive);
}

TEST_CASE("empty, not applicable and unknown source levels are nullopt", "[seniority]") {
  for (const char* text : {"", "   ", "Not Applicable", "not applicable", "N/A", "Manager",
                           "senior engineer", "E", "ENX", "Mid-Senior-Executive level",
                           "a very long text that is certainly not a level name at all"}) {
    INFO(text);
    CHECK_FALSE(seniority_from_source(text).has_value());
  }
}

TEST_CASE("classify_seniority prefers a recognised source level and says it was given",
          "[seniority]") {
  const auto result = classify_seniority("SE", "Junior Analyst");
  CHECK(result.level == Seniority::senior);
  CHECK_FALSE(result.inferred);
  const auto director = classify_seniority("Director", "Analyst");
  CHECK(director.level == Seniority::executive);
  CHECK_FALSE(director.inferred);
}

TEST_CASE("classify_seniority infers from the title when the source level is absent or unknown",
          "[seniority]") {
  const auto absent = classify_seniority("", "Sr. Data Engineer");
  CHECK(absent.level == Seniority::senior);
  CHECK(absent.inferred);
  const auto not_applicable = classify_seniority("Not Applicable", "Data Science Intern");
  CHECK(not_applicable.level == Seniority::intern);
  CHECK(not_applicable.inferred);
  const auto plain = classify_seniority("???", "Data Analyst");
  CHECK(plain.level == Seniority::mid);
  CHECK(plain.inferred);
}

// --- Tables: every word SPEC 2.1 and the brief name, each with the level it must give ----------

namespace {

using jobsight::parse_experience_years;
using jobsight::seniority_from_experience;
using jobsight::seniority_in_title;
using jobsight::SeniorityMethod;

std::string describe(std::optional<Seniority> level) {
  return level ? std::string(jobsight::to_string(*level)) : std::string("not decided");
}

struct GivenCase {
  const char* given;
  std::optional<Seniority> level;  // nullopt: unknown, the caller infers
};

// Given levels: SPEC 2.1's list, its "also" list, the documented extras, spelling variants.
const GivenCase kGivenLevels[] = {
    // SPEC 2.1, first list
    {"EN", Seniority::entry},
    {"MI", Seniority::mid},
    {"SE", Seniority::senior},
    {"EX", Seniority::executive},
    {"Internship", Seniority::intern},
    {"Entry level", Seniority::entry},
    {"Associate", Seniority::entry},
    {"Mid-Senior level", Seniority::senior},
    {"Director", Seniority::executive},
    {"Executive", Seniority::executive},
    // SPEC 2.1, "given levels also include"
    {"Middle", Seniority::mid},
    {"Intermediate", Seniority::mid},
    {"Head", Seniority::executive},
    {"Principal", Seniority::lead},
    {"Staff", Seniority::lead},
    {"Student", Seniority::intern},
    {"Working Student", Seniority::intern},
    {"Trainee", Seniority::intern},
    {"Early Career", Seniority::entry},
    // documented extras
    {"Senior", Seniority::senior},
    {"Lead", Seniority::lead},
    {"Junior", Seniority::entry},
    {"Mid", Seniority::mid},
    {"Mid level", Seniority::mid},
    {"Intern", Seniority::intern},
    {"Apprentice", Seniority::intern},
    {"Entry", Seniority::entry},
    {"Jr", Seniority::entry},
    {"Graduate", Seniority::entry},
    {"New Grad", Seniority::entry},
    {"Sr", Seniority::senior},
    {"Senior level", Seniority::senior},
    {"Mid-Senior", Seniority::senior},
    {"Lead level", Seniority::lead},
    {"Exec", Seniority::executive},
    {"Executive level", Seniority::executive},
    {"VP", Seniority::executive},
    {"Vice President", Seniority::executive},
    {"C-Level", Seniority::executive},
    {"C-suite", Seniority::executive},
    // case, separators and spacing do not matter
    {"en", Seniority::entry},
    {"ex", Seniority::executive},
    {"working-student", Seniority::intern},
    {"WORKING_STUDENT", Seniority::intern},
    {" early  career ", Seniority::entry},
    {"Early-Career", Seniority::entry},
    {"middle", Seniority::mid},
    {"HEAD", Seniority::executive},
    {"mid_senior_level", Seniority::senior},
    {"Entry-Level", Seniority::entry},
    // unknown: the title, then experience, decide
    {"Not Applicable", std::nullopt},
    {"not applicable", std::nullopt},
    {"N/A", std::nullopt},
    {"", std::nullopt},
    {"Manager", std::nullopt},
    {"Head of", std::nullopt},
    {"Students", std::nullopt},
    {"Early", std::nullopt},
    {"Career", std::nullopt},
    {"Working", std::nullopt},
    {"Senior Director", std::nullopt},
};

struct TitleCase {
  const char* title;
  std::optional<Seniority> level;  // nullopt: the title does not decide
};

// Title inference: each keyword alone, the order conflicts, Roman numeral grades, and titles
// that decide nothing.
const TitleCase kTitles[] = {
    // executive
    {"Chief Data Officer", Seniority::executive},
    {"CEO", Seniority::executive},
    {"CTO", Seniority::executive},
    {"CFO", Seniority::executive},
    {"COO", Seniority::executive},
    {"CIO", Seniority::executive},
    {"CDO", Seniority::executive},
    {"CPO", Seniority::executive},
    {"CMO", Seniority::executive},
    {"CSO", Seniority::executive},
    {"CxO Advisor", Seniority::executive},
    {"CISO", Seniority::executive},
    {"CHRO", Seniority::executive},
    {"CAIO", Seniority::executive},
    {"VP of Engineering", Seniority::executive},
    {"Vice President, Data", Seniority::executive},
    {"Head of Data Science", Seniority::executive},
    {"Director of Analytics", Seniority::executive},
    // intern
    {"Machine Learning Intern", Seniority::intern},
    {"Internship: Data Engineering", Seniority::intern},
    {"Trainee Software Developer", Seniority::intern},
    {"Apprentice Data Analyst", Seniority::intern},
    // lead
    {"Principal Engineer", Seniority::lead},
    {"Staff Data Scientist", Seniority::lead},
    {"Lead Analyst", Seniority::lead},
    {"Distinguished Engineer", Seniority::lead},
    // senior
    {"Senior Data Analyst", Seniority::senior},
    {"Sr. Data Analyst", Seniority::senior},
    // entry
    {"Junior Data Analyst", Seniority::entry},
    {"Jr Data Analyst", Seniority::entry},
    {"Entry Level Data Analyst", Seniority::entry},
    {"Graduate Data Analyst", Seniority::entry},
    {"New Grad Data Analyst", Seniority::entry},
    {"Early Career Data Analyst", Seniority::entry},
    {"Data Analyst (Early-Career)", Seniority::entry},
    // order: executive, intern, lead, senior, entry
    {"Senior Director", Seniority::executive},
    {"Senior Director of Engineering", Seniority::executive},
    {"Staff VP", Seniority::executive},
    {"Lead, Head of Data", Seniority::executive},
    {"Chief of Staff", Seniority::executive},
    {"Director, Internship Programme", Seniority::executive},
    {"Lead Intern", Seniority::intern},
    {"Senior Intern", Seniority::intern},
    {"Graduate Trainee", Seniority::intern},
    {"Principal Apprentice", Seniority::intern},
    {"Senior Staff Engineer", Seniority::lead},
    {"Sr Principal Scientist", Seniority::lead},
    {"Junior Team Lead", Seniority::lead},
    {"Senior Graduate Recruiter", Seniority::senior},
    {"Sr. Junior Developer", Seniority::senior},
    {"Early Career Senior Analyst", Seniority::senior},
    // a keyword beats a Roman numeral grade
    {"Senior Engineer II", Seniority::senior},
    {"Junior Engineer III", Seniority::entry},
    {"Staff Engineer I", Seniority::lead},
    {"Director II", Seniority::executive},
    // Roman numeral grades
    {"Engineer I", Seniority::entry},
    {"Engineer II", Seniority::mid},
    {"Data Scientist III", Seniority::senior},
    {"Data Scientist IV", Seniority::lead},
    {"Software Engineer V", Seniority::lead},
    {"Analyst II (Remote)", Seniority::mid},
    {"Engineer III, Platform", Seniority::senior},
    {"Engineer II / III", Seniority::mid},
    {"Engineer - II", Seniority::mid},
    {"data scientist ii", Seniority::mid},
    // not grades: inside words, other numerals, the first word, abbreviations
    {"Civil Engineer", std::nullopt},
    {"Data Scientist IVth", std::nullopt},
    {"Vision Engineer", std::nullopt},
    {"Engineer VI", std::nullopt},
    {"Engineer X", std::nullopt},
    {"Engineer 2", std::nullopt},
    {"IV Therapy Nurse", std::nullopt},
    {"I.T. Support Analyst", std::nullopt},
    {"Desktop I.T. Support", std::nullopt},
    {"I&C Technician", std::nullopt},
    {"Field I/O Technician", std::nullopt},
    {"HR I-9 Specialist", std::nullopt},
    // no keyword
    {"Data Scientist", std::nullopt},
    {"", std::nullopt},
    {"Head Chef", std::nullopt},
    {"Internal Auditor", std::nullopt},
    {"Leadership Analyst", std::nullopt},
    {"Directors Assistant", std::nullopt},
    {"Early Stage Investor", std::nullopt},
    {"Career Coach", std::nullopt},
    {"Chief", Seniority::executive},
};

struct ExperienceCase {
  const char* text;
  std::optional<int> years;  // the lower bound; nullopt: no figure
};

// The `experience` column as boards write it, with the lower bound in years.
const ExperienceCase kExperienceTexts[] = {
    // SPEC 1.1 and the brief
    {"3", 3},
    {"2-5 Yrs", 2},
    {"5+ years", 5},
    {"0-1 year", 0},
    {"3 to 5 years", 3},
    {"10+", 10},
    {"Fresher", 0},
    // figures with units
    {"0", 0},
    {"1 year", 1},
    {"7 years", 7},
    {"12 yrs", 12},
    {"4yrs", 4},
    {"3 y", 3},
    {"5 YOE", 5},
    {"10+ Years", 10},
    {"15+yrs", 15},
    // ranges: the lower bound
    {"1 - 3 Years", 1},
    {"2–4 years", 2},
    {"5 — 8 years", 5},
    {"3~5 yrs", 3},
    {"8-12 Yrs", 8},
    {"Min 2 max 5 years", 2},
    {"5-3 years", 5},
    // words around the figure
    {"Minimum 3 years", 3},
    {"Min. 3 yrs", 3},
    {"At least 4 years of experience", 4},
    {"Experience: 6 years", 6},
    {"More than 5 years", 5},
    {"Not less than 3 years", 3},
    {"no fewer than 4 years", 4},
    {"Over 10 years", 10},
    {"> 2 years", 2},
    {"3 years or more", 3},
    {"2 years experience in Python; 5 years preferred", 2},
    // decimals and months: rounded down
    {"1.5 years", 1},
    {"2,5 Jahre", 2},
    {"3.5+ years", 3},
    {"6 months", 0},
    {"18 months", 1},
    {"24 months", 2},
    {"6-12 months", 0},
    {"6 months - 2 years", 0},
    {"2 years 6 months", 2},
    {"36 Monate", 3},
    {"18 meses", 1},
    {"3 ans", 3},
    // number words
    {"Two to three years", 2},
    {"one year", 1},
    {"at least five years", 5},
    // only an upper bound: from nothing
    {"Up to 2 years", 0},
    {"upto 3 yrs", 0},
    {"Under 1 year", 0},
    {"Less than 2 years", 0},
    {"No more than 2 years", 0},
    {"at most 3 years", 0},
    {"< 1 yr", 0},
    {"<=2 years", 0},
    {"Max 3 years", 0},
    {"max. 4 yrs", 0},
    {"3 years or less", 0},
    {"2 yrs max", 0},
    // no experience
    {"Freshers", 0},
    {"FRESHER", 0},
    {"Fresher / 0-2 years", 0},
    {"No experience required", 0},
    // no figure, sentinels, implausible figures
    {"", std::nullopt},
    {"   ", std::nullopt},
    {"Senior", std::nullopt},
    {"N/A", std::nullopt},
    {"Not specified", std::nullopt},
    {"-1", std::nullopt},
    {"- 1", std::nullopt},
    {"2015", std::nullopt},
    {"100 years", std::nullopt},
    {"60", std::nullopt},
    {"51+ years", std::nullopt},
    {"50+ years", 50},
    {"a few years", std::nullopt},
};

struct ExperienceBandCase {
  int years;
  Seniority level;
};

// SPEC 2.1: under 2 entry, 2-4 mid, 5-9 senior, 10 or more lead; at every boundary.
const ExperienceBandCase kExperienceBands[] = {
    {-3, Seniority::entry}, {0, Seniority::entry}, {1, Seniority::entry},  {2, Seniority::mid},
    {3, Seniority::mid},    {4, Seniority::mid},   {5, Seniority::senior}, {9, Seniority::senior},
    {10, Seniority::lead},  {25, Seniority::lead}, {50, Seniority::lead},
};

struct ClassifyCase {
  const char* given;
  const char* title;
  std::optional<int> experience_years;
  Seniority level;
  SeniorityMethod method;
};

// The whole order: given level, title keyword or grade, years of experience, mid.
const ClassifyCase kClassify[] = {
    // a recognised given level wins over title and experience
    {"SE", "Junior Analyst", 0, Seniority::senior, SeniorityMethod::given},
    {"Director", "Analyst", std::nullopt, Seniority::executive, SeniorityMethod::given},
    {"Working Student", "Senior Engineer", 12, Seniority::intern, SeniorityMethod::given},
    {"Middle", "Engineer III", 1, Seniority::mid, SeniorityMethod::given},
    // else a title keyword or grade, whatever the experience
    {"", "Sr. Data Engineer", std::nullopt, Seniority::senior, SeniorityMethod::title},
    {"Not Applicable", "Data Science Intern", 10, Seniority::intern, SeniorityMethod::title},
    {"", "Junior Analyst", 12, Seniority::entry, SeniorityMethod::title},
    {"", "Data Scientist II", 8, Seniority::mid, SeniorityMethod::title},
    {"???", "Head of Data", 0, Seniority::executive, SeniorityMethod::title},
    // else the years of experience asked, at the band edges
    {"", "Data Analyst", 0, Seniority::entry, SeniorityMethod::experience},
    {"", "Data Analyst", 1, Seniority::entry, SeniorityMethod::experience},
    {"", "Data Analyst", 2, Seniority::mid, SeniorityMethod::experience},
    {"", "Data Analyst", 4, Seniority::mid, SeniorityMethod::experience},
    {"Not Applicable", "Data Analyst", 5, Seniority::senior, SeniorityMethod::experience},
    {"", "Data Analyst", 9, Seniority::senior, SeniorityMethod::experience},
    {"N/A", "Data Analyst", 10, Seniority::lead, SeniorityMethod::experience},
    {"", "Data Analyst", 30, Seniority::lead, SeniorityMethod::experience},
    {"", "IV Therapy Nurse", 6, Seniority::senior, SeniorityMethod::experience},
    // else mid
    {"", "Data Analyst", std::nullopt, Seniority::mid, SeniorityMethod::default_mid},
    {"???", "", std::nullopt, Seniority::mid, SeniorityMethod::default_mid},
    {"", "Data Analyst", -1, Seniority::mid, SeniorityMethod::default_mid},
};

}  // namespace

TEST_CASE("table: every given level maps as SPEC 2.1 and the documented extras say",
          "[seniority]") {
  for (const GivenCase& row : kGivenLevels) {
    INFO("given: \"" << row.given << "\" expected: " << describe(row.level));
    CHECK(seniority_from_source(row.given) == row.level);
  }
}

TEST_CASE("table: title keywords, their order, and Roman numeral grades", "[seniority]") {
  for (const TitleCase& row : kTitles) {
    INFO("title: \"" << row.title << "\" expected: " << describe(row.level));
    CHECK(seniority_in_title(row.title) == row.level);
    // The title alone, as before: undecided is mid.
    CHECK(seniority_from_title(row.title) == row.level.value_or(Seniority::mid));
  }
}

TEST_CASE("table: experience texts give their lower bound in years", "[seniority]") {
  for (const ExperienceCase& row : kExperienceTexts) {
    INFO("experience: \"" << row.text << "\" expected: "
                          << (row.years ? std::to_string(*row.years) : "nullopt"));
    CHECK(parse_experience_years(row.text) == row.years);
  }
}

TEST_CASE("table: years of experience map to levels at each band edge", "[seniority]") {
  for (const ExperienceBandCase& row : kExperienceBands) {
    INFO("years: " << row.years << " expected: " << jobsight::to_string(row.level));
    CHECK(seniority_from_experience(row.years) == row.level);
  }
}

TEST_CASE("table: classify_seniority tries given, title, experience, then mid", "[seniority]") {
  for (const ClassifyCase& row : kClassify) {
    INFO("given: \"" << row.given << "\" title: \"" << row.title << "\" experience: "
                     << (row.experience_years ? std::to_string(*row.experience_years) : "none")
                     << " expected: " << jobsight::to_string(row.level) << " by "
                     << jobsight::to_string(row.method));
    const auto result = classify_seniority(row.given, row.title, row.experience_years);
    CHECK(result.level == row.level);
    CHECK(result.method == row.method);
    CHECK(result.inferred == (row.method != SeniorityMethod::given));
    // The overload for a title already split gives the same answer.
    const auto split =
        classify_seniority(row.given, jobsight::lower_words(row.title), row.experience_years);
    CHECK(split.level == row.level);
    CHECK(split.method == row.method);
  }
}

TEST_CASE("experience text feeds classify_seniority through parse_experience_years",
          "[seniority]") {
  const auto years = [](const char* text) { return parse_experience_years(text); };
  CHECK(classify_seniority("", "Data Analyst", years("0-1 year")).level == Seniority::entry);
  CHECK(classify_seniority("", "Data Analyst", years("3 to 5 years")).level == Seniority::mid);
  CHECK(classify_seniority("", "Data Analyst", years("5+ years")).level == Seniority::senior);
  CHECK(classify_seniority("", "Data Analyst", years("10+")).level == Seniority::lead);
  CHECK(classify_seniority("", "Data Analyst", years("Fresher")).level == Seniority::entry);
  const auto unreadable = classify_seniority("", "Data Analyst", years("N/A"));
  CHECK(unreadable.level == Seniority::mid);
  CHECK(unreadable.method == SeniorityMethod::default_mid);
}

TEST_CASE("how a level was found prints as given, title, experience or default", "[seniority]") {
  CHECK(jobsight::to_string(SeniorityMethod::given) == "given");
  CHECK(jobsight::to_string(SeniorityMethod::title) == "title");
  CHECK(jobsight::to_string(SeniorityMethod::experience) == "experience");
  CHECK(jobsight::to_string(SeniorityMethod::default_mid) == "default");
  const jobsight::SeniorityResult fresh;
  CHECK(fresh.level == Seniority::mid);
  CHECK_FALSE(fresh.inferred);
  CHECK(fresh.method == SeniorityMethod::given);
}
