#include "normalise/dates.hpp"

#include <catch2/catch.hpp>

using jobsight::Date;
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
