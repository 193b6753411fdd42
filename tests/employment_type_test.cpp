// Employment types as files write them: the one table of spellings (normalise/employment_type).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "normalise/employment_type.hpp"

using namespace jobsight;

namespace {

std::string type_of(const char* text) {
  const EmploymentType* type = find_employment_type(text);
  return type == nullptr ? "(none)" : std::string(type->name);
}

}  // namespace

TEST_CASE("every spelling a file writes names one canonical type", "[employment_type]") {
  for (const char* text : {"full-time", "Full-time", "FULL_TIME", "full time", "Full Time",
                           "fulltime", "FT", "ft", "Permanent"}) {
    INFO(text);
    CHECK(type_of(text) == "full-time");
  }
  for (const char* text : {"Part-time", "PART_TIME", "part time", "PT"})
    CHECK(type_of(text) == "part-time");
  for (const char* text : {"Contract", "CONTRACT", "Contractor", "CT"})
    CHECK(type_of(text) == "contract");
  for (const char* text : {"Internship", "INTERNSHIP", "Intern"})
    CHECK(type_of(text) == "internship");
  for (const char* text : {"Temporary", "TEMPORARY", "Temp", "Temp work"})
    CHECK(type_of(text) == "temporary");
  for (const char* text : {"Freelance", "Freelancer", "FL"}) CHECK(type_of(text) == "freelance");
}

TEST_CASE("text that is no type, or two of them, names none", "[employment_type]") {
  for (const char* text : {"", " ", "-", "gig", "Full-time and Part-time", "Volunteer", "F T T"}) {
    INFO(text);
    CHECK(type_of(text) == "(none)");
  }
}

TEST_CASE("folding drops case, spaces, hyphens and underscores only", "[employment_type]") {
  CHECK(fold_employment_type("Full-Time") == "fulltime");
  CHECK(fold_employment_type(" FULL_TIME ") == "fulltime");
  CHECK(fold_employment_type("full time") == "fulltime");
  CHECK(fold_employment_type("Full/Time") == "full/time");
}

TEST_CASE("the spelling list for SQL holds each folded spelling once", "[employment_type]") {
  CHECK(folded_spelling_list(*find_employment_type("FT")) == ",fulltime,ft,permanent,");
  CHECK(folded_spelling_list(*find_employment_type("contract")) == ",contract,contractor,ct,");
  CHECK(folded_spelling_list(*find_employment_type("temp")) == ",temporary,temp,tempwork,");
}

TEST_CASE("no spelling belongs to two types", "[employment_type]") {
  std::set<std::string> seen;
  for (const EmploymentType& type : employment_types()) {
    std::set<std::string> own;
    for (std::string_view spelling : type.spellings) own.insert(fold_employment_type(spelling));
    CHECK(own.count(fold_employment_type(type.name)) == 1);
    for (const std::string& folded : own) {
      INFO(folded);
      CHECK(seen.insert(folded).second);
    }
  }
}
