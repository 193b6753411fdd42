#include "normalise/dates.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using jobsight::Date;
using jobsight::DateOptions;
using jobsight::DateOrder;
using jobsight::DateReader;
using jobsight::DateResult;
using jobsight::parse_date;

TEST_CASE("a plain ISO date parses to that calendar date", "[dates]") {
  CHECK(parse_date("2025-03-07") == Date{2025, 3, 7});
  CHECK(parse_date("  2025-12-31\t") == Date{2025, 12, 31});
  CHECK(parse_date("1900-01-01") == Date{1900, 1, 1});
  CHECK(parse_date("2100-12-31") == Date{2100, 12, 31});
}

TEST_CASE("February 29 is valid only in leap years", "[dates]") {
  CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(parse_date("2023-02-29").has_value());
  CHECK_FALSE(parse_date("1900-02-29").has_value());
  CHECK_FALSE(parse_date("2100-02-29").has_value());
}

TEST_CASE("impossible calendar dates are rejected", "[dates]") {
  CHECK_FALSE(parse_date("2025-02-30").has_value());
  CHECK_FALSE(parse_date("2025-04-31").has_value());
  CHECK_FALSE(parse_date("2025-13-01").has_value());
  CHECK_FALSE(parse_date("2025-00-10").has_value());
  CHECK_FALSE(parse_date("2025-01-00").has_value());
  CHECK_FALSE(parse_date("2025-01-32").has_value());
  CHECK(parse_date("2025-04-30") == Date{2025, 4, 30});
}

TEST_CASE("years outside 1900-2100 are rejected", "[dates]") {
  CHECK_FALSE(parse_date("1899-12-31").has_value());
  CHECK_FALSE(parse_date("2101-01-01").has_value());
  CHECK_FALSE(parse_date("0000-01-01").has_value());
}

TEST_CASE("a date with a space and a time drops the time", "[dates]") {
  CHECK(parse_date("2024-06-30 23:59:59") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30 00:00:00") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30 12:00:00.123") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30 12:00:00+00:00") == Date{2024, 6, 30});
}

TEST_CASE("an ISO timestamp keeps the date as written whatever its offset", "[dates]") {
  CHECK(parse_date("2024-06-30T10:20:30") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30T10:20:30Z") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30T23:30:00-05:00") == Date{2024, 6, 30});
  CHECK(parse_date("2024-07-01T01:00:00+09:30") == Date{2024, 7, 1});
  CHECK(parse_date("2024-06-30T10:20:30.5Z") == Date{2024, 6, 30});
  CHECK(parse_date("2024-06-30T10:20:30.123456+02:00") == Date{2024, 6, 30});
  CHECK(parse_date("2016-12-31T23:59:60Z") == Date{2016, 12, 31});  // leap second
}

TEST_CASE("a malformed time makes the whole timestamp invalid", "[dates]") {
  CHECK_FALSE(parse_date("2024-06-30T24:00:00").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:60:00").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:61").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20").has_value());
  CHECK_FALSE(parse_date("2024-06-30T").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30.").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30+0200").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30+02").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30+24:00").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30ZZ").has_value());
  CHECK_FALSE(parse_date("2024-06-30T10:20:30z").has_value());
  CHECK_FALSE(parse_date("2024-06-30X10:20:30").has_value());
  CHECK_FALSE(parse_date("2024-06-30 junk").has_value());
  CHECK_FALSE(parse_date("2024-02-30T10:20:30Z").has_value());
}

TEST_CASE("epoch seconds convert to the UTC date", "[dates]") {
  CHECK(parse_date("1700000000") == Date{2023, 11, 14});
  CHECK(parse_date("100000000") == Date{1973, 3, 3});
  CHECK(parse_date("951782400") == Date{2000, 2, 29});
  CHECK(parse_date("1735689599") == Date{2024, 12, 31});
  CHECK(parse_date("1735689600") == Date{2025, 1, 1});
}

TEST_CASE("epoch milliseconds from 100,000,000,000 on convert to the UTC date", "[dates]") {
  CHECK(parse_date("1700000000000") == Date{2023, 11, 14});
  CHECK(parse_date("1735689599999") == Date{2024, 12, 31});
  CHECK(parse_date("100000000000") == Date{1973, 3, 3});
  CHECK(parse_date(" 1700000000000 ") == Date{2023, 11, 14});
}

TEST_CASE("epoch values past 2100 or too large are rejected", "[dates]") {
  CHECK_FALSE(parse_date("99999999999").has_value());  // seconds, in the year 5138
  CHECK(parse_date("4133980799") == Date{2100, 12, 31});
  CHECK_FALSE(parse_date("4133980800").has_value());
  CHECK(parse_date("4133980799999") == Date{2100, 12, 31});
  CHECK_FALSE(parse_date("4133980800000").has_value());
  CHECK_FALSE(parse_date("99999999999999999999999").has_value());
}

TEST_CASE("all-digit text of fewer than 9 digits is a year or compact date, not epoch", "[dates]") {
  CHECK_FALSE(parse_date("20250102").has_value());
  CHECK_FALSE(parse_date("2024").has_value());
  CHECK_FALSE(parse_date("0").has_value());
  CHECK_FALSE(parse_date("99999999").has_value());
}

TEST_CASE("text that is not one of the accepted formats is rejected", "[dates]") {
  CHECK_FALSE(parse_date("").has_value());
  CHECK_FALSE(parse_date("   ").has_value());
  CHECK_FALSE(parse_date("yesterday").has_value());
  CHECK_FALSE(parse_date("2025/01/02").has_value());
  CHECK_FALSE(parse_date("02/01/2025").has_value());
  CHECK_FALSE(parse_date("2025-1-2").has_value());
  CHECK_FALSE(parse_date("2025-01").has_value());
  CHECK_FALSE(parse_date("-1700000000").has_value());
  CHECK_FALSE(parse_date("+1700000000").has_value());
  CHECK_FALSE(parse_date("1700000000.5").has_value());
  CHECK_FALSE(parse_date("2025-01-02x").has_value());
  CHECK_FALSE(parse_date("Jan 2, 2025").has_value());
}

TEST_CASE("leap years follow the Gregorian rules", "[dates]") {
  CHECK(jobsight::is_leap_year(2024));
  CHECK(jobsight::is_leap_year(2000));
  CHECK_FALSE(jobsight::is_leap_year(2023));
  CHECK_FALSE(jobsight::is_leap_year(1900));
  CHECK_FALSE(jobsight::is_leap_year(2100));
}

TEST_CASE("date keys are zero-padded ISO text", "[dates]") {
  const Date date{2025, 3, 7};
  CHECK(date.iso() == "2025-03-07");
  CHECK(date.month_key() == "2025-03");
  CHECK(date.quarter_key() == "2025-Q1");
  CHECK(date.year_key() == "2025");
  CHECK(Date{1999, 12, 31}.iso() == "1999-12-31");
  CHECK(Date{1900, 1, 1}.iso() == "1900-01-01");
  CHECK(Date{2100, 10, 9}.month_key() == "2100-10");
  CHECK(Date{2100, 10, 9}.quarter_key() == "2100-Q4");
  // Fields no reader makes are written as they are, not cut to their width.
  CHECK(Date{12345, 1, 2}.iso() == "12345-01-02");
  CHECK(Date{-5, 1, 2}.year_key() == "-005");
  CHECK(Date{2025, 0, 0}.iso() == "2025-00-00");
  CHECK(Date{2025, 0, 0}.quarter_key() == "2025-Q1");
  CHECK(Date{}.year_key() == "0000");
}

TEST_CASE("quarter keys change exactly at the quarter boundaries", "[dates]") {
  CHECK(Date{2025, 1, 1}.quarter_key() == "2025-Q1");
  CHECK(Date{2025, 3, 31}.quarter_key() == "2025-Q1");
  CHECK(Date{2025, 4, 1}.quarter_key() == "2025-Q2");
  CHECK(Date{2025, 6, 30}.quarter_key() == "2025-Q2");
  CHECK(Date{2025, 7, 1}.quarter_key() == "2025-Q3");
  CHECK(Date{2025, 9, 30}.quarter_key() == "2025-Q3");
  CHECK(Date{2025, 10, 1}.quarter_key() == "2025-Q4");
  CHECK(Date{2025, 12, 31}.quarter_key() == "2025-Q4");
}

TEST_CASE("parsed dates round-trip through iso", "[dates]") {
  for (const char* text : {"2024-02-29", "1900-01-01", "2100-12-31", "2025-10-05"}) {
    const auto date = parse_date(text);
    REQUIRE(date.has_value());
    CHECK(date->iso() == text);
  }
}

// ---- DateReader: every form of SPEC 1.1 ----
//
// The tables below give each text and what it reads as: an ISO date, or the whole problem. The
// as-of date is Wednesday 2026-04-15 throughout, except in the month-end and leap-year cases.
// Worked by hand: 2026-01-01 is a Thursday, so 2026-04-10 (day 100) is a Friday; 2024-01-01 is a
// Monday, so 2024-02-29 (day 60) is a Thursday; 2025-12-31 is a Wednesday.

namespace {

const Date kAsOf{2026, 4, 15};

// What `reader` makes of `text`: the ISO date, or the problem.
std::string outcome(DateReader& reader, const std::string& text) {
  const DateResult result = reader.read(text);
  if (result.date) {
    CHECK(result.problem.empty());
    return result.date->iso();
  }
  CHECK_FALSE(result.problem.empty());
  return result.problem;
}

// Fresh readers, one per row, so that no row settles the order for the next.
std::string as_dmy(const std::string& text) {
  DateReader reader(DateOptions{kAsOf, DateOrder::dmy});
  return outcome(reader, text);
}
std::string as_mdy(const std::string& text) {
  DateReader reader(DateOptions{kAsOf, DateOrder::mdy});
  return outcome(reader, text);
}
std::string with_as_of(const Date& as_of, const std::string& text) {
  DateReader reader(DateOptions{as_of, std::nullopt});
  return outcome(reader, text);
}
std::string bare(const std::string& text) {
  DateReader reader;
  return outcome(reader, text);
}

// The problems, spelled out once.
std::string invalid(const std::string& text, const std::string& why) {
  return "invalid date '" + text + "': " + why;
}
std::string unknown(const std::string& text) {
  return "invalid date '" + text +
         "' (expected a form such as 2026-04-10, 2026-04-10T13:01:02Z, 10/04/2026, Apr 10 2026, "
         "epoch seconds or 3 days ago)";
}
std::string ambiguous(const std::string& text) {
  return "ambiguous day and month in '" + text + "': give --date-order dmy or mdy";
}
std::string against_dmy(const std::string& text) {
  return "'" + text + "' disagrees with the file's day-month order";
}
std::string against_mdy(const std::string& text) {
  return "'" + text + "' disagrees with the file's month-day order";
}
std::string relative(const std::string& text) {
  return "'" + text + "' is a relative date: give --as-of YYYY-MM-DD";
}
std::string no_year(const std::string& text) {
  return "'" + text + "' has no year: give --as-of YYYY-MM-DD";
}

struct Row {
  std::string text;
  std::string expected;
};

}  // namespace

TEST_CASE("absolute dates read the same whatever the order and --as-of", "[dates]") {
  const std::vector<Row> rows = {
      {"2026-04-10", "2026-04-10"},
      {"2026-04-10 13:01", "2026-04-10"},
      {"2026-04-10 13:01:02", "2026-04-10"},
      {"2026-04-10T13:01", "2026-04-10"},
      {"2026-04-10T13:01:02", "2026-04-10"},
      {"2026-04-10T13:01:02.123Z", "2026-04-10"},
      {"2026-04-10T23:30:00-05:00", "2026-04-10"},  // the date written, not converted to UTC
      {"2026-04-10T00:30+09:30", "2026-04-10"},
      {"2026-04-10 13:01:02+00:00", "2026-04-10"},
      {"2026/04/10", "2026-04-10"},
      {"20260410", "2026-04-10"},
      {"April 10, 2026", "2026-04-10"},
      {"Apr 10 2026", "2026-04-10"},
      {"10 Apr 2026", "2026-04-10"},
      {"10-Apr-2026", "2026-04-10"},
      {"10-APR-26", "2026-04-10"},
      {"APRIL 10, 2026", "2026-04-10"},
      {"april 10,2026", "2026-04-10"},
      {"Apr. 10, 2026", "2026-04-10"},
      {"Apr 10th, 2026", "2026-04-10"},
      {"10 April, 2026", "2026-04-10"},
      {"Friday, April 10, 2026", "2026-04-10"},
      {"Fri 10 Apr 2026", "2026-04-10"},
      {"Fri, 10 Apr 2026 13:01:02 GMT", "2026-04-10"},
      {"Fri, 10 Apr 2026 23:01:02 -0500", "2026-04-10"},
      {"Apr 10, 2026 9:05", "2026-04-10"},
      {"Posted April 10, 2026", "2026-04-10"},
      {"Posted on 10 Apr 2026", "2026-04-10"},
      {"POSTED ON 2026-04-10", "2026-04-10"},
      {"  Posted   2026/04/10 ", "2026-04-10"},
      {"September 3, 25", "2025-09-03"},
      {"Sept. 3, 2025", "2025-09-03"},
      {"3rd Sep 2025", "2025-09-03"},
      {"31-Dec-99", "2099-12-31"},
      {"1 Jan 00", "2000-01-01"},
      {"Thu, 29 Feb 2024", "2024-02-29"},
      {"Wed, 31 Dec 2025 23:59:60 UTC", "2025-12-31"},
      {"1775779200", "2026-04-10"},     // 20,553 days of 86,400 s after 1970-01-01
      {"1775779200000", "2026-04-10"},  // the same in milliseconds
      {"1775865599999", "2026-04-10"},  // its last millisecond
      {"1775865600", "2026-04-11"},     // the next day's first second
      {"1700000000", "2023-11-14"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(as_dmy(row.text) == row.expected);
    CHECK(as_mdy(row.text) == row.expected);
    CHECK(bare(row.text) == row.expected);
  }
}

TEST_CASE("numeric day-month dates follow the file's order", "[dates]") {
  struct Numeric {
    std::string text;
    std::string dmy;      // read with --date-order dmy
    std::string mdy;      // read with --date-order mdy
    std::string settled;  // read first in a file whose order is not settled
  };
  const std::vector<Numeric> rows = {
      {"10/04/2026", "2026-04-10", "2026-10-04", ambiguous("10/04/2026")},
      {"04/10/2026", "2026-10-04", "2026-04-10", ambiguous("04/10/2026")},
      {"10.04.2026", "2026-04-10", "2026-10-04", ambiguous("10.04.2026")},
      {"10-04-2026", "2026-04-10", "2026-10-04", ambiguous("10-04-2026")},
      {"10/04/26", "2026-04-10", "2026-10-04", ambiguous("10/04/26")},
      {"4/5/2026", "2026-05-04", "2026-04-05", ambiguous("4/5/2026")},
      {"05/05/2024", "2024-05-05", "2024-05-05", "2024-05-05"},  // both orders agree
      {"25/12/2024", "2024-12-25", against_mdy("25/12/2024"), "2024-12-25"},
      {"12/25/2024", against_dmy("12/25/2024"), "2024-12-25", "2024-12-25"},
      {"13.01.26", "2026-01-13", against_mdy("13.01.26"), "2026-01-13"},
      {"12-31-99", against_dmy("12-31-99"), "2099-12-31", "2099-12-31"},
      {"Posted 25/12/2024", "2024-12-25", against_mdy("Posted 25/12/2024"), "2024-12-25"},
      {"29/02/2024", "2024-02-29", against_mdy("29/02/2024"), "2024-02-29"},
      {"02/29/2024", against_dmy("02/29/2024"), "2024-02-29", "2024-02-29"},
      // Neither order gives a date: the reason is the calendar's.
      {"29/02/2023", invalid("29/02/2023", "February 2023 has 28 days"),
       invalid("29/02/2023", "there is no month 29"),
       invalid("29/02/2023", "February 2023 has 28 days")},
      {"31/04/2026", invalid("31/04/2026", "April 2026 has 30 days"),
       invalid("31/04/2026", "there is no month 31"),
       invalid("31/04/2026", "April 2026 has 30 days")},
      {"13/13/2024", invalid("13/13/2024", "there is no month 13"),
       invalid("13/13/2024", "there is no month 13"),
       invalid("13/13/2024", "there is no month 13")},
      {"00/05/2024", invalid("00/05/2024", "there is no day 0"),
       invalid("00/05/2024", "there is no month 0"), invalid("00/05/2024", "there is no day 0")},
      {"01/02/1899", invalid("01/02/1899", "year 1899 is outside 1900-2100"),
       invalid("01/02/1899", "year 1899 is outside 1900-2100"),
       invalid("01/02/1899", "year 1899 is outside 1900-2100")},
  };
  for (const Numeric& row : rows) {
    INFO(row.text);
    CHECK(as_dmy(row.text) == row.dmy);
    CHECK(as_mdy(row.text) == row.mdy);
    CHECK(bare(row.text) == row.settled);
  }
}

TEST_CASE("relative dates and dates without a year count back from --as-of", "[dates]") {
  struct Relative {
    std::string text;
    std::string expected;  // with --as-of 2026-04-15
    std::string without;   // without --as-of
  };
  const std::vector<Relative> rows = {
      {"Today", "2026-04-15", relative("Today")},
      {"TODAY", "2026-04-15", relative("TODAY")},
      {"Posted today", "2026-04-15", relative("Posted today")},
      {"Just now", "2026-04-15", relative("Just now")},
      {"5 hours ago", "2026-04-15", relative("5 hours ago")},
      {"23 hours ago", "2026-04-15", relative("23 hours ago")},
      {"48 hours ago", "2026-04-13", relative("48 hours ago")},  // whole days of hours
      {"an hour ago", "2026-04-15", relative("an hour ago")},
      {"1h ago", "2026-04-15", relative("1h ago")},
      {"10 minutes ago", "2026-04-15", relative("10 minutes ago")},
      {"Yesterday", "2026-04-14", relative("Yesterday")},
      {"1 day ago", "2026-04-14", relative("1 day ago")},
      {"2d ago", "2026-04-13", relative("2d ago")},
      {"Posted 5 days ago", "2026-04-10", relative("Posted 5 days ago")},
      {"30+ days ago", "2026-03-16", relative("30+ days ago")},  // 15 days to 03-31, 15 more
      {"100 days ago", "2026-01-05", relative("100 days ago")},  // 04-15 is day 105
      {"1 week ago", "2026-04-08", relative("1 week ago")},
      {"2w ago", "2026-04-01", relative("2w ago")},
      {"3+ weeks ago", "2026-03-25", relative("3+ weeks ago")},
      {"a month ago", "2026-03-15", relative("a month ago")},
      {"2 months ago", "2026-02-15", relative("2 months ago")},
      {"3mo ago", "2026-01-15", relative("3mo ago")},
      {"16 months ago", "2024-12-15", relative("16 months ago")},
      {"1 year ago", "2025-04-15", relative("1 year ago")},
      {"2 yrs ago", "2024-04-15", relative("2 yrs ago")},
      {"200 years ago", invalid("200 years ago", "that is before 1900"), relative("200 years ago")},
      {"99999999999999999999 days ago",
       invalid("99999999999999999999 days ago", "that is before 1900"),
       relative("99999999999999999999 days ago")},
      {"Dec 20", "2025-12-20", no_year("Dec 20")},
      {"20 December", "2025-12-20", no_year("20 December")},
      {"Apr 15", "2026-04-15", no_year("Apr 15")},  // on --as-of itself
      {"Apr 16", "2025-04-16", no_year("Apr 16")},  // the day after: last year
      {"Feb 29", "2024-02-29", no_year("Feb 29")},
      {"Posted on Jan 3", "2026-01-03", no_year("Posted on Jan 3")},
      {"Wednesday, Dec 31", "2025-12-31", no_year("Wednesday, Dec 31")},
      {"Friday, Dec 31", invalid("Friday, Dec 31", "2025-12-31 is a Wednesday, not a Friday"),
       no_year("Friday, Dec 31")},
      // The calendar is checked before --as-of is asked for.
      {"Feb 30", invalid("Feb 30", "February has 29 days at most"),
       invalid("Feb 30", "February has 29 days at most")},
      {"Jun 31", invalid("Jun 31", "June has 30 days"), invalid("Jun 31", "June has 30 days")},
  };
  for (const Relative& row : rows) {
    INFO(row.text);
    CHECK(as_dmy(row.text) == row.expected);
    CHECK(as_mdy(row.text) == row.expected);
    CHECK(bare(row.text) == row.without);
  }
}

TEST_CASE("months and years back clamp the day to the month's end", "[dates]") {
  struct Back {
    Date as_of;
    std::string text;
    std::string expected;
  };
  const std::vector<Back> rows = {
      {{2026, 3, 31}, "1 month ago", "2026-02-28"},
      {{2024, 3, 31}, "1 month ago", "2024-02-29"},
      {{2026, 5, 31}, "3 months ago", "2026-02-28"},
      {{2026, 1, 31}, "1 month ago", "2025-12-31"},
      {{2026, 7, 31}, "a month ago", "2026-06-30"},
      {{2024, 2, 29}, "1 year ago", "2023-02-28"},
      {{2024, 2, 29}, "4 years ago", "2020-02-29"},
      {{2024, 3, 1}, "1 day ago", "2024-02-29"},
      {{2024, 3, 1}, "2 days ago", "2024-02-28"},
      {{2023, 3, 1}, "1 day ago", "2023-02-28"},
      {{2026, 1, 3}, "1 week ago", "2025-12-27"},
      {{2028, 2, 28}, "Feb 29", "2024-02-29"},
      {{2028, 2, 29}, "Feb 29", "2028-02-29"},
      {{2100, 12, 31}, "Feb 29", "2096-02-29"},  // 2100 is not a leap year
      {{1900, 12, 31},
       "Feb 29",
       invalid("Feb 29",
               "there is no such date from 1900 to --as-of "
               "1900-12-31")},
      {{1900, 1, 5}, "1 week ago", invalid("1 week ago", "that is before 1900")},
      {{1900, 1, 5}, "4 days ago", "1900-01-01"},
  };
  for (const Back& row : rows) {
    INFO(row.as_of.iso() << " " << row.text);
    CHECK(with_as_of(row.as_of, row.text) == row.expected);
  }
}

TEST_CASE("dates out of range or not in any form are refused with the reason", "[dates]") {
  const std::vector<Row> rows = {
      {"2024-13-01", invalid("2024-13-01", "there is no month 13")},
      {"2025-02-29", invalid("2025-02-29", "February 2025 has 28 days")},
      {"2025-02-29 10:00", invalid("2025-02-29 10:00", "February 2025 has 28 days")},
      {"1899-12-31", invalid("1899-12-31", "year 1899 is outside 1900-2100")},
      {"2101/01/01", invalid("2101/01/01", "year 2101 is outside 1900-2100")},
      {"20250230", invalid("20250230", "February 2025 has 28 days")},
      {"99999999", invalid("99999999", "there is no month 99")},
      {"April 31, 2026", invalid("April 31, 2026", "April 2026 has 30 days")},
      {"30 Feb 2024", invalid("30 Feb 2024", "February 2024 has 29 days")},
      {"0 Jan 2026", invalid("0 Jan 2026", "there is no day 0")},
      {"Thursday, April 10, 2026",
       invalid("Thursday, April 10, 2026", "2026-04-10 is a Friday, not a Thursday")},
      {"4133980800", invalid("4133980800", "the timestamp is after 2100")},
      {"4133980800000", invalid("4133980800000", "the timestamp is after 2100")},
      {"", "the date is empty"},
      {" \t", "the date is empty"},
      {"yesterday afternoon", unknown("yesterday afternoon")},
      {"2026-04-10T25:00", unknown("2026-04-10T25:00")},
      {"2026-04-10T13:01+0200", unknown("2026-04-10T13:01+0200")},
      {"2026/04/10 13:01", "2026-04-10"},  // a clock time after the date is dropped
      {"2026-4-10", unknown("2026-4-10")},
      {"April 2026", unknown("April 2026")},
      {"April 10,", unknown("April 10,")},
      {"Apr 10, 2026 25:00", unknown("Apr 10, 2026 25:00")},
      {"10/04", unknown("10/04")},
      {"10/04-2026", unknown("10/04-2026")},
      {"100/04/2026", unknown("100/04/2026")},
      {"5 days", unknown("5 days")},
      {"in 5 days", unknown("in 5 days")},
      {"5m ago", unknown("5m ago")},  // minutes or months?
      {"Posted", unknown("Posted")},
      {"Posted on", unknown("Posted on")},
      {"1234567", unknown("1234567")},
      {"-1700000000", unknown("-1700000000")},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(as_dmy(row.text) == row.expected);
    CHECK(as_mdy(row.text) == row.expected);
    CHECK(bare(row.text) == row.expected);
  }
}

TEST_CASE("a long value is quoted by its start in the problem", "[dates]") {
  const std::string text(100, 'x');
  CHECK(bare(text) == unknown(std::string(80, 'x') + "... (100 bytes)"));
}

TEST_CASE("DateReader reads the forms parse_date accepts to the same date", "[dates]") {
  for (const char* text :
       {"2025-03-07", "  2025-12-31\t", "2024-02-29", "2024-06-30 23:59:59",
        "2024-06-30 12:00:00.123", "2024-06-30 12:00:00+00:00", "2024-06-30T23:30:00-05:00",
        "2016-12-31T23:59:60Z", "1700000000", "100000000", "951782400", "1735689599999",
        "4133980799", "4133980799999"}) {
    INFO(text);
    REQUIRE(parse_date(text).has_value());
    CHECK(DateReader().read(text).date == parse_date(text));
  }
}

TEST_CASE("order_shown_by says dmy or mdy only for a value one order alone can read", "[dates]") {
  CHECK(DateReader::order_shown_by("25/12/2024") == DateOrder::dmy);
  CHECK(DateReader::order_shown_by("Posted 13.01.26") == DateOrder::dmy);
  CHECK(DateReader::order_shown_by("12/25/2024") == DateOrder::mdy);
  CHECK(DateReader::order_shown_by(" 1-31-2024 ") == DateOrder::mdy);
  CHECK_FALSE(DateReader::order_shown_by("03/04/2024").has_value());  // both read
  CHECK_FALSE(DateReader::order_shown_by("05/05/2024").has_value());
  CHECK_FALSE(DateReader::order_shown_by("32/12/2024").has_value());  // neither reads
  CHECK_FALSE(DateReader::order_shown_by("13/13/2024").has_value());
  CHECK_FALSE(DateReader::order_shown_by("29/02/2023").has_value());
  CHECK_FALSE(DateReader::order_shown_by("25/12/1899").has_value());
  CHECK_FALSE(DateReader::order_shown_by("2024-12-25").has_value());  // not a day-month form
  CHECK_FALSE(DateReader::order_shown_by("Dec 25, 2024").has_value());
  CHECK_FALSE(DateReader::order_shown_by("not a date").has_value());
}

TEST_CASE("the first deciding value settles the order and later ones must agree", "[dates]") {
  DateReader reader;
  CHECK_FALSE(reader.order().has_value());
  CHECK(outcome(reader, "03/04/2024") == ambiguous("03/04/2024"));
  CHECK(outcome(reader, "05/05/2024") == "2024-05-05");
  CHECK_FALSE(reader.order().has_value());
  CHECK(outcome(reader, "25/12/2024") == "2024-12-25");
  CHECK(reader.order() == DateOrder::dmy);
  CHECK(outcome(reader, "03/04/2024") == "2024-04-03");
  CHECK(outcome(reader, "12/25/2024") == against_dmy("12/25/2024"));
  CHECK(outcome(reader, "2024-12-25") == "2024-12-25");
  CHECK(reader.order() == DateOrder::dmy);
}

TEST_CASE("a pre-scan settles the order before any row is read", "[dates]") {
  const std::vector<std::string> cells = {"03/04/2024", "", "11/10/2024", "10/13/2024",
                                          "13/10/2024"};
  DateReader reader;
  for (const std::string& cell : cells) {
    if (std::optional<DateOrder> order = DateReader::order_shown_by(cell)) {
      reader.settle(*order);
      break;
    }
  }
  REQUIRE(reader.order() == DateOrder::mdy);
  CHECK(outcome(reader, cells[0]) == "2024-03-04");
  CHECK(outcome(reader, cells[2]) == "2024-11-10");
  CHECK(outcome(reader, cells[3]) == "2024-10-13");
  CHECK(outcome(reader, cells[4]) == against_mdy("13/10/2024"));
}

TEST_CASE("settle keeps the first order it is given", "[dates]") {
  DateReader reader;
  reader.settle(DateOrder::mdy);
  reader.settle(DateOrder::dmy);
  CHECK(reader.order() == DateOrder::mdy);

  DateReader given(DateOptions{std::nullopt, DateOrder::dmy});
  CHECK(given.order() == DateOrder::dmy);
  CHECK(outcome(given, "12/25/2024") == against_dmy("12/25/2024"));
  given.settle(DateOrder::mdy);
  CHECK(given.order() == DateOrder::dmy);
}

TEST_CASE("a file whose numeric dates never decide rejects them, naming --date-order", "[dates]") {
  DateReader reader;
  for (const char* text : {"01/02/2024", "02/03/2024", "11/12/2024"}) {
    CHECK(outcome(reader, text) == ambiguous(text));
  }
  CHECK_FALSE(reader.order().has_value());
}

TEST_CASE("work_year is the year of the date a survey gives", "[dates]") {
  DateReader reader;
  CHECK(reader.read("2024-06-30T10:00:00Z").date->year == 2024);
  CHECK(reader.read("1704067200").date->year == 2024);  // 2024-01-01T00:00:00Z
  CHECK(reader.read("Mar 3, 2021").date->year == 2021);
}

TEST_CASE("option values: --date-order is dmy or mdy, --as-of is YYYY-MM-DD", "[dates]") {
  CHECK(jobsight::parse_date_order("dmy") == DateOrder::dmy);
  CHECK(jobsight::parse_date_order(" MDY ") == DateOrder::mdy);
  CHECK_FALSE(jobsight::parse_date_order("ymd").has_value());
  CHECK_FALSE(jobsight::parse_date_order("").has_value());
  CHECK(jobsight::date_order_name(DateOrder::dmy) == "dmy");
  CHECK(jobsight::date_order_name(DateOrder::mdy) == "mdy");

  CHECK(jobsight::parse_as_of("2026-04-15") == Date{2026, 4, 15});
  CHECK(jobsight::parse_as_of(" 2024-02-29 ") == Date{2024, 2, 29});
  CHECK_FALSE(jobsight::parse_as_of("2026-02-30").has_value());
  CHECK_FALSE(jobsight::parse_as_of("2101-01-01").has_value());
  CHECK_FALSE(jobsight::parse_as_of("1775779200").has_value());
  CHECK_FALSE(jobsight::parse_as_of("2026-04-15T00:00:00").has_value());
  CHECK_FALSE(jobsight::parse_as_of("15/04/2026").has_value());
  CHECK_FALSE(jobsight::parse_as_of("today").has_value());
}

TEST_CASE("a clock time after a numeric or named date is dropped, as survey forms write it",
          "[dates]") {
  jobsight::DateReader mdy(jobsight::DateOptions{std::nullopt, jobsight::DateOrder::mdy});
  jobsight::DateReader dmy(jobsight::DateOptions{std::nullopt, jobsight::DateOrder::dmy});
  auto iso = [](jobsight::DateReader& reader, const char* text) {
    jobsight::DateResult result = reader.read(text);
    return result.date ? result.date->iso() : result.problem;
  };
  CHECK(iso(mdy, "3/16/2024 9:00") == "2024-03-16");
  CHECK(iso(mdy, "3/16/2024 9:00:00 AM") == "2024-03-16");
  CHECK(iso(mdy, "4/27/2021 11:02:10") == "2021-04-27");
  CHECK(iso(dmy, "16.03.2024 14:00") == "2024-03-16");
  CHECK(iso(dmy, "2024-03-16 9:00") == "2024-03-16");
  CHECK(iso(dmy, "April 10, 2026 9:00 PM") == "2026-04-10");
  CHECK(iso(dmy, "16.03.2024 25:61") ==
        "invalid date '16.03.2024 25:61' (expected a form such as 2026-04-10, "
        "2026-04-10T13:01:02Z, 10/04/2026, Apr 10 2026, epoch seconds or 3 days ago)");
  // The pre-scan sees the order through the time too.
  CHECK(jobsight::DateReader::order_shown_by("3/16/2024 9:00:00 AM") == jobsight::DateOrder::mdy);
}
