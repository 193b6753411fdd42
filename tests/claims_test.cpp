// The claims file of `jobsight check` (SPEC 4.1): read whole, every malformed case refused with
// the file, line and column; and the shell words of its filters column.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "jobsight/claims.hpp"
#include "jobsight/error.hpp"

namespace {

const std::string kHeader = "id,claim,source,report,filters,row,column,test,value,value2\n";

std::vector<jobsight::Claim> read(const std::string& text) {
  std::istringstream in(text);
  return jobsight::read_claims(in, "claims.csv");
}

// The message read_claims throws for `text`.
std::string refusal(const std::string& text) {
  try {
    read(text);
  } catch (const jobsight::Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("a claims file gives one claim per row with every cell", "[claims]") {
  auto claims = read(kHeader +
                     "entry,\"Entry-level pay is $90k-$120k, they say\",a guide,pay-by-level,"
                     "--ai --country US,level=entry,median,between,90000,120000.5\n"
                     "\n"
                     "share,AI share grows,,ai-share,--period year,,ai_share_pct,rising,,\n"
                     "junior,Junior share falls by 2 points,,seniority-mix,--period year,,"
                     "junior_share_pct,falling,2,\n");
  REQUIRE(claims.size() == 3);
  const jobsight::Claim& entry = claims[0];
  CHECK(entry.id == "entry");
  CHECK(entry.claim == "Entry-level pay is $90k-$120k, they say");
  CHECK(entry.source == "a guide");
  CHECK(entry.report == "pay-by-level");
  CHECK(entry.filters == "--ai --country US");
  CHECK(entry.row == "level=entry");
  CHECK(entry.column == "median");
  CHECK(entry.test == jobsight::ClaimTest::between);
  CHECK(entry.value == 90000.0);
  CHECK(entry.value2 == 120000.5);
  CHECK(entry.line == 2);
  CHECK(claims[1].test == jobsight::ClaimTest::rising);
  CHECK_FALSE(claims[1].value);
  CHECK_FALSE(claims[1].value2);
  CHECK(claims[1].line == 4);  // the blank line 3 was skipped, and counted
  CHECK(claims[2].test == jobsight::ClaimTest::falling);
  CHECK(claims[2].value == 2.0);
}

TEST_CASE(
    "the header may name the columns in any order and case, leave optional ones out and "
    "add others",
    "[claims]") {
  auto claims = read(
      "Test,VALUE,notes,Column,Report,Claim,ID\n"
      "at_least,170000,ignored,median,pay-by-level,Seniors earn $170k,s1\n"
      "AT_MOST,5, ,n,pay-by-level,Few,s2\n");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].id == "s1");
  CHECK(claims[0].test == jobsight::ClaimTest::at_least);
  CHECK(claims[0].source.empty());
  CHECK(claims[0].filters.empty());
  CHECK(claims[0].row.empty());
  CHECK(claims[1].test == jobsight::ClaimTest::at_most);  // test names in any case
}

TEST_CASE("a malformed claims file is refused with its file, line and column", "[claims]") {
  const std::string good = "ok,A claim,,pay-by-level,,level=mid,median,at_least,1,\n";
  struct Case {
    std::string text;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"",
            "claims.csv: empty file; a claims file starts with a header row naming its "
            "columns: id, claim, source, report, filters, row, column, test, value, value2"},
           {"\n\n",
            "claims.csv: empty file; a claims file starts with a header row naming its "
            "columns: id, claim, source, report, filters, row, column, test, value, "
            "value2"},
           {kHeader, "claims.csv:1: no claims after the header"},
           {"id,claim,report,column,value\n" + good,
            "claims.csv:1: the header has no column 'test' (found: id, claim, report, column, "
            "value); a claims file has the columns id, claim, source, report, filters, row, "
            "column, test, value, value2 (source, filters, row and value2 may be left out)"},
           {"id,claim,report,column,test,value,ID\n",
            "claims.csv:1: column 'id' (7): named twice in the header (also column 1)"},
           {kHeader + good + "x,Claim,,pay-by-level,,level=mid,median,abve,1,\n",
            "claims.csv:3: column 'test' (8): 'abve' is not one of between, at_least, at_most, "
            "rising, falling"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,,1,\n",
            "claims.csv:2: column 'test' (8): empty; one of between, at_least, at_most, rising, "
            "falling"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,at_least,90k,\n",
            "claims.csv:2: column 'value' (9): '90k' is not a number; write plain digits, e.g. "
            "90000"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,at_least,,\n",
            "claims.csv:2: column 'value' (9): empty; at_least needs a number"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,between,1,\n",
            "claims.csv:2: column 'value2' (10): empty; between needs the upper bound here"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,between,1,$2\n",
            "claims.csv:2: column 'value2' (10): '$2' is not a number; write plain digits, e.g. "
            "90000"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,between,120000,90000\n",
            "claims.csv:2: column 'value2' (10): 90000 is less than value 120000"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,at_most,1,2\n",
            "claims.csv:2: column 'value2' (10): only between takes a second value (the test is "
            "at_most)"},
           {kHeader + "x,Claim,,ai-share,,,ai_share_pct,rising,-1,\n",
            "claims.csv:2: column 'value' (9): -1 is negative; the smallest change that counts "
            "as rising is 0 or more"},
           {kHeader + good + "\n" + good,
            "claims.csv:4: column 'id' (1): 'ok' is used twice (first on line 2); ids must be "
            "unique"},
           {kHeader + ",Claim,,pay-by-level,,level=mid,median,at_least,1,\n",
            "claims.csv:2: column 'id' (1): empty; every claim needs an id"},
           {kHeader + "x,,,pay-by-level,,level=mid,median,at_least,1,\n",
            "claims.csv:2: column 'claim' (2): empty; write the sentence the claim makes"},
           {kHeader + "x,Claim,,,,level=mid,median,at_least,1,\n",
            "claims.csv:2: column 'report' (4): empty; name a report (see 'jobsight report "
            "list')"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,,at_least,1,\n",
            "claims.csv:2: column 'column' (7): empty; name the report column to test, e.g. "
            "median"},
           {kHeader + "x,Claim,,pay-by-level,,entry,median,at_least,1,\n",
            "claims.csv:2: column 'row' (6): 'entry' is not COLUMN=VALUE, e.g. level=entry"},
           {kHeader + "x,Claim,,pay-by-level,,=entry,median,at_least,1,\n",
            "claims.csv:2: column 'row' (6): '=entry' is not COLUMN=VALUE, e.g. level=entry"},
           {kHeader + "x,Entry pay is $90k, or more,,pay-by-level,,level=mid,median,at_least,1,\n",
            "claims.csv:2: 11 fields, but the header has 10 (a comma in a cell that is not "
            "quoted?)"},
           {kHeader + good + "y,\"Unclosed,,pay-by-level,,level=mid,median,at_least,1,\n",
            "claims.csv:3: column 'claim' (2): unterminated quoted field opened at line 3: no "
            "closing quote before the end of the file; close the quote (a quote inside a quoted "
            "field is written twice: \"\")"},
           {kHeader + "x,Caf\xE9,,pay-by-level,,level=mid,median,at_least,1,\n",
            "claims.csv:2: column 'claim' (2): not UTF-8 text (byte 0xE9 at byte 4); save the "
            "file as UTF-8 (from Latin-1 / Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)"},
           {kHeader + "x,Claim,,pay-by-level,,level=mid,median,at_least,1,\n" +
                std::string("y,A\0B,,pay-by-level,,level=mid,median,at_least,1,\n", 51),
            "claims.csv:3: column 'claim' (2): holds a NUL byte (at byte 2); a claims file is "
            "text"},
       }) {
    INFO(c.text);
    CHECK(refusal(c.text) == c.message);
  }
}

TEST_CASE("a claims file that cannot be opened is refused with its name", "[claims]") {
  CHECK_THROWS_WITH(jobsight::read_claims_file("/nonexistent/claims.csv"),
                    "/nonexistent/claims.csv: cannot open the claims file (No such file or "
                    "directory)");
}

TEST_CASE("filters are split into words as a shell splits them", "[claims]") {
  using jobsight::split_shell_words;
  using Words = std::vector<std::string>;
  CHECK(split_shell_words("") == Words{});
  CHECK(split_shell_words("  --ai   --country US ") == Words{"--ai", "--country", "US"});
  CHECK(split_shell_words("--title 'machine learning' --country US") ==
        Words{"--title", "machine learning", "--country", "US"});
  CHECK(split_shell_words("--title \"data \\\"ops\\\" lead\"") ==
        Words{"--title", "data \"ops\" lead"});
  CHECK(split_shell_words("--title='machine learning'") == Words{"--title=machine learning"});
  CHECK(split_shell_words("--region Northern\\ America ''") ==
        Words{"--region", "Northern America", ""});
  CHECK(split_shell_words("--title 'it'\\''s'") == Words{"--title", "it's"});
  CHECK_THROWS_WITH(split_shell_words("--country 'US"), "unterminated ' (opened at character 11)");
  CHECK_THROWS_WITH(split_shell_words("--title \"ml"), "unterminated \" (opened at character 9)");
  CHECK_THROWS_WITH(split_shell_words("--ai \\"), "a backslash at the end, with nothing after it");
}

TEST_CASE("a word is quoted for the shell only where it needs it", "[claims]") {
  using jobsight::quote_shell_word;
  CHECK(quote_shell_word("--country") == "--country");
  CHECK(quote_shell_word("2025-01-01") == "2025-01-01");
  CHECK(quote_shell_word("machine learning") == "'machine learning'");
  CHECK(quote_shell_word("it's") == "'it'\\''s'");
  CHECK(quote_shell_word("$HOME") == "'$HOME'");
  CHECK(quote_shell_word("") == "''");
  for (const std::string word : {"machine learning", "it's", "a\"b", "$(rm)", "", "x y  z"}) {
    CHECK(jobsight::split_shell_words(quote_shell_word(word)) == std::vector<std::string>{word});
  }
}
