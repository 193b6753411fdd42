#include "normalise/seniority.hpp"

#include <catch2/catch.hpp>

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
