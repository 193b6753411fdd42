#include "normalise/money.hpp"

#include <catch2/catch.hpp>

using jobsight::normalise_currency;
using jobsight::parse_amount;
using jobsight::parse_pay_period;
using jobsight::PayPeriod;

TEST_CASE("plain amounts parse to their value", "[money]") {
  CHECK(parse_amount("120000") == 120000.0);
  CHECK(parse_amount("120000.50") == 120000.5);
  CHECK(parse_amount("  85000 \t") == 85000.0);
  CHECK(parse_amount("0.5") == 0.5);
  CHECK(parse_amount(".5") == 0.5);
  CHECK(parse_amount("42.") == 42.0);
  CHECK(parse_amount("007") == 7.0);
}

TEST_CASE("amounts with thousands separators parse", "[money]") {
  CHECK(parse_amount("120,000") == 120000.0);
  CHECK(parse_amount("1,234,567.89") == 1234567.89);
  CHECK(parse_amount("1,000") == 1000.0);
}

TEST_CASE("Indian digit grouping is accepted as well", "[money]") {
  CHECK(parse_amount("12,34,567") == 1234567.0);
  CHECK(parse_amount("1,20,000") == 120000.0);
  CHECK(parse_amount("₹12,00,000") == 1200000.0);
}

TEST_CASE("amounts with misplaced commas are rejected", "[money]") {
  CHECK_FALSE(parse_amount("12,34,5").has_value());
  CHECK_FALSE(parse_amount("1,2").has_value());
  CHECK_FALSE(parse_amount("1234,567").has_value());
  CHECK_FALSE(parse_amount("1,234,56").has_value());
  CHECK_FALSE(parse_amount("120,").has_value());
  CHECK_FALSE(parse_amount(",120").has_value());
  CHECK_FALSE(parse_amount("1,,000").has_value());
  CHECK_FALSE(parse_amount("1.234,56").has_value());
  CHECK_FALSE(parse_amount("1,000.000,5").has_value());
  CHECK_FALSE(parse_amount("12,345,67,890").has_value());
}

TEST_CASE("amounts with a currency symbol before or after parse", "[money]") {
  CHECK(parse_amount("$120,000") == 120000.0);
  CHECK(parse_amount("$ 120000") == 120000.0);
  CHECK(parse_amount("€85.000,00").has_value() == false);  // `,` is never a decimal point
  CHECK(parse_amount("€85000") == 85000.0);
  CHECK(parse_amount("85000€") == 85000.0);
  CHECK(parse_amount("85000 €") == 85000.0);
  CHECK(parse_amount("£50,000") == 50000.0);
  CHECK(parse_amount("¥5,000,000") == 5000000.0);
  CHECK(parse_amount("₹900000") == 900000.0);
}

TEST_CASE("amounts with more than one symbol or a currency code are rejected", "[money]") {
  CHECK_FALSE(parse_amount("$120€").has_value());
  CHECK_FALSE(parse_amount("$$120").has_value());
  CHECK_FALSE(parse_amount("120000 USD").has_value());
  CHECK_FALSE(parse_amount("USD 120000").has_value());
  CHECK_FALSE(parse_amount("$").has_value());
}

TEST_CASE("a k suffix means thousands", "[money]") {
  CHECK(parse_amount("120k") == 120000.0);
  CHECK(parse_amount("120K") == 120000.0);
  CHECK(parse_amount("$120k") == 120000.0);
  CHECK(parse_amount("85.5k") == 85500.0);
  CHECK(parse_amount("1,200k") == 1200000.0);
  CHECK_FALSE(parse_amount("k").has_value());
  CHECK_FALSE(parse_amount("120kk").has_value());
  CHECK_FALSE(parse_amount("120 k").has_value());
  CHECK_FALSE(parse_amount("1e3k").has_value());
  CHECK_FALSE(parse_amount("1.2M").has_value());
}

TEST_CASE("amounts in exponent notation parse", "[money]") {
  CHECK(parse_amount("1.2e5") == 120000.0);
  CHECK(parse_amount("1.2E+5") == 120000.0);
  CHECK(parse_amount("12e-1") == 1.2);
  CHECK_FALSE(parse_amount("1e").has_value());
  CHECK_FALSE(parse_amount("1e+").has_value());
  CHECK_FALSE(parse_amount("e5").has_value());
}

TEST_CASE("empty, non-numeric, non-positive and non-finite amounts are rejected", "[money]") {
  for (const char* text :
       {"",      "   ",  "abc",           "-5",   "+5",       "- 5",   "0",      "0.0",   "0,000",
        "NaN",   "nan",  "inf",           "-inf", "Infinity", "1e400", "1e-400", "12abc", "1 000",
        "1.2.3", "0x1A", "120000-150000", "."}) {
    INFO("amount text: \"" << text << '"');
    CHECK_FALSE(parse_amount(text).has_value());
  }
}

TEST_CASE("very long digit strings are rejected rather than overflowing", "[money]") {
  CHECK_FALSE(parse_amount(std::string(200, '9')).has_value());
  CHECK(parse_amount(std::string(60, '1')).has_value());
}

TEST_CASE("every pay period word is recognised case-insensitively", "[money]") {
  for (const char* text : {"hour", "Hourly", "HR", "hrs", "hours", "per hour", "/hr"}) {
    INFO(text);
    CHECK(parse_pay_period(text) == PayPeriod::hour);
  }
  for (const char* text : {"day", "DAILY", "days", "per day"}) {
    INFO(text);
    CHECK(parse_pay_period(text) == PayPeriod::day);
  }
  for (const char* text : {"week", "Weekly", "wk", "weeks", "per week"}) {
    INFO(text);
    CHECK(parse_pay_period(text) == PayPeriod::week);
  }
  for (const char* text : {"month", "MONTHLY", "mo", "mth", "months", "per month"}) {
    INFO(text);
    CHECK(parse_pay_period(text) == PayPeriod::month);
  }
  for (const char* text : {"year", "YEARLY", "annual", "Annually", "yr", "yrs", "years",
                           "per annum", "Per Year", "a year", " year "}) {
    INFO(text);
    CHECK(parse_pay_period(text) == PayPeriod::year);
  }
}

TEST_CASE("empty or unknown pay periods are nullopt", "[money]") {
  for (const char* text : {"", "  ", "biweekly", "fortnight", "quarterly", "per", "hourlyy", "h",
                           "y", "semimonthly"}) {
    INFO(text);
    CHECK_FALSE(parse_pay_period(text).has_value());
  }
}

TEST_CASE("periods per year are the SPEC's exact factors", "[money]") {
  CHECK(jobsight::periods_per_year(PayPeriod::hour) == 2080.0);
  CHECK(jobsight::periods_per_year(PayPeriod::day) == 260.0);
  CHECK(jobsight::periods_per_year(PayPeriod::week) == 52.0);
  CHECK(jobsight::periods_per_year(PayPeriod::month) == 12.0);
  CHECK(jobsight::periods_per_year(PayPeriod::year) == 1.0);
}

TEST_CASE("pay periods print as their canonical names and parse back", "[money]") {
  for (PayPeriod period :
       {PayPeriod::hour, PayPeriod::day, PayPeriod::week, PayPeriod::month, PayPeriod::year}) {
    CHECK(parse_pay_period(jobsight::to_string(period)) == period);
  }
  CHECK(jobsight::to_string(PayPeriod::hour) == "hour");
  CHECK(jobsight::to_string(PayPeriod::year) == "year");
}

TEST_CASE("three-letter currency codes are trimmed and upper-cased", "[money]") {
  CHECK(normalise_currency("usd") == std::string("USD"));
  CHECK(normalise_currency(" eur ") == std::string("EUR"));
  CHECK(normalise_currency("Gbp") == std::string("GBP"));
  CHECK(normalise_currency("XYZ") == std::string("XYZ"));
}

TEST_CASE("currency symbols map to their ISO codes", "[money]") {
  CHECK(normalise_currency("€") == std::string("EUR"));
  CHECK(normalise_currency("£") == std::string("GBP"));
  CHECK(normalise_currency("₹") == std::string("INR"));
  CHECK(normalise_currency("¥") == std::string("JPY"));
  CHECK(normalise_currency("$") == std::string("USD"));
  CHECK(normalise_currency("US$") == std::string("USD"));
  CHECK(normalise_currency("us$") == std::string("USD"));
  CHECK(normalise_currency("A$") == std::string("AUD"));
  CHECK(normalise_currency("AU$") == std::string("AUD"));
  CHECK(normalise_currency("C$") == std::string("CAD"));
  CHECK(normalise_currency("CA$") == std::string("CAD"));
  CHECK(normalise_currency("S$") == std::string("SGD"));
  CHECK(normalise_currency("R$") == std::string("BRL"));
}

TEST_CASE("text that is neither a code nor a known symbol is not a currency", "[money]") {
  for (const char* text : {"", "  ", "dollars", "US", "EURO", "U$D", "12$", "e1r", "X$"}) {
    INFO(text);
    CHECK_FALSE(normalise_currency(text).has_value());
  }
}
