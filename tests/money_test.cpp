#include "normalise/money.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using jobsight::is_bare_dollar;
using jobsight::normalise_currency;
using jobsight::parse_amount;
using jobsight::parse_decimal;
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
  CHECK_FALSE(parse_amount("1234,567").has_value());
  CHECK_FALSE(parse_amount("1,234,56").has_value());
  CHECK_FALSE(parse_amount("120,").has_value());
  CHECK_FALSE(parse_amount(",120").has_value());
  CHECK_FALSE(parse_amount("1,,000").has_value());
  CHECK_FALSE(parse_amount("1,000.000,5").has_value());
  CHECK_FALSE(parse_amount("12,345,67,890").has_value());
}

TEST_CASE("amounts with a currency symbol before or after parse", "[money]") {
  CHECK(parse_amount("$120,000") == 120000.0);
  CHECK(parse_amount("$ 120000") == 120000.0);
  CHECK(parse_amount("€85.000,00") == 85000.0);  // `.` groups thousands, `,` is the decimal mark
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
  for (const char* text : {"",      "   ",    "abc",   "-5",    "+5",   "- 5",           "0",
                           "0.0",   "0,000",  "NaN",   "nan",   "inf",  "-inf",          "Infinity",
                           "1e400", "1e-400", "12abc", "1.2.3", "0x1A", "120000-150000", "."}) {
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
  for (const char* text : {"", "  ", "fortnight", "fortnightly", "quarterly", "per", "hourlyy", "h",
                           "y", "semimonthly", "a", "/", "per fortnight", "/m"}) {
    INFO(text);
    CHECK_FALSE(parse_pay_period(text).has_value());
  }
}

TEST_CASE("periods per year are the SPEC's exact factors", "[money]") {
  CHECK(jobsight::periods_per_year(PayPeriod::hour) == 2080.0);
  CHECK(jobsight::periods_per_year(PayPeriod::day) == 260.0);
  CHECK(jobsight::periods_per_year(PayPeriod::week) == 52.0);
  CHECK(jobsight::periods_per_year(PayPeriod::biweek) == 26.0);
  CHECK(jobsight::periods_per_year(PayPeriod::month) == 12.0);
  CHECK(jobsight::periods_per_year(PayPeriod::year) == 1.0);
}

TEST_CASE("pay periods print as their canonical names and parse back", "[money]") {
  for (PayPeriod period : {PayPeriod::hour, PayPeriod::day, PayPeriod::week, PayPeriod::biweek,
                           PayPeriod::month, PayPeriod::year}) {
    CHECK(parse_pay_period(jobsight::to_string(period)) == period);
  }
  CHECK(jobsight::to_string(PayPeriod::hour) == "hour");
  CHECK(jobsight::to_string(PayPeriod::biweek) == "biweek");
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

TEST_CASE("amounts follow SPEC 2.2's locale rule for separators and decimal marks", "[money]") {
  struct AmountCase {
    std::string text;
    std::optional<double> expected;  // nullopt: refused
  };
  const std::vector<AmountCase> cases = {
      // A separator followed by exactly three digits groups thousands.
      {"120,000", 120000.0},
      {"1,20,000", 120000.0},
      {"60.000", 60000.0},
      {"€60.000", 60000.0},
      {"60 000", 60000.0},
      {"60\u00A0000", 60000.0},  // NBSP
      {"60\u202F000", 60000.0},  // narrow NBSP
      {"120'000", 120000.0},
      {"120\u2019000", 120000.0},  // typographic apostrophe
      {"1.234", 1234.0},
      {"1,234", 1234.0},
      {"1.234.567", 1234567.0},
      {"1'234'567", 1234567.0},
      {"1 234 567", 1234567.0},
      {"12,34,567", 1234567.0},
      {"1,500k", 1500000.0},
      {"1.500k", 1500000.0},
      // `,` or `.` followed by one or two digits at the end is a decimal mark.
      {"60.000,00", 60000.0},
      {"60.000,5", 60000.5},
      {"1.234,56", 1234.56},
      {"1.234.567,89", 1234567.89},
      {"1,234,567.89", 1234567.89},
      {"1'234'567.50", 1234567.5},
      {"60 000,50", 60000.5},
      {"60 000.50", 60000.5},
      {"1,5", 1.5},
      {"1,50", 1.5},
      {"12,5k", 12500.0},
      {"€ 3.500,00", 3500.0},
      {"85000\u00A0€", 85000.0},
      // `.` before four or more digits is a decimal point; `,` there is refused.
      {"0.1234", 0.1234},
      {"1,234.5678", 1234.5678},
      {"1,2345", std::nullopt},
      // Mixed or repeated marks, zero groups and broken groupings are ambiguous.
      {"1.234,567", std::nullopt},
      {"1,234.567", std::nullopt},
      {"1.234.56", std::nullopt},
      {"1,234,56", std::nullopt},
      {"0.125", std::nullopt},
      {"012,345", std::nullopt},
      {"1.20.000", std::nullopt},
      {"1 23", std::nullopt},
      {"1  000", std::nullopt},
      {"1 000 00", std::nullopt},
      {"12'34", std::nullopt},
      {"1'5", std::nullopt},
      {"1 000,000", std::nullopt},
      {"1,000e3", std::nullopt},
  };
  CHECK(cases.size() == 47);
  for (const AmountCase& c : cases) {
    INFO("amount text: \"" << c.text << '"');
    CHECK(parse_amount(c.text) == c.expected);
  }
}

TEST_CASE("parse_decimal scales by a power of ten in one rounding", "[money]") {
  CHECK(parse_decimal("4.5", 5) == 450000.0);
  CHECK(parse_decimal("3,5", 5) == 350000.0);
  CHECK(parse_decimal("1.2", 6) == 1200000.0);
  CHECK(parse_decimal("0.3", 3) == 300.0);
  CHECK(parse_decimal("1,20,000", 0) == 120000.0);
  CHECK(parse_decimal("1.5", 7) == 15000000.0);
  CHECK_FALSE(parse_decimal("1e3", 3).has_value());  // an exponent is not combined with a power
  CHECK_FALSE(parse_decimal("1", 19).has_value());
  CHECK_FALSE(parse_decimal("1", -1).has_value());
  CHECK_FALSE(parse_decimal("$5").has_value());  // bare numbers only
  CHECK_FALSE(parse_decimal(" 5").has_value());
  CHECK_FALSE(parse_decimal("5k").has_value());
}

TEST_CASE("every period word of SPEC 2.2 is recognised, in every language it names", "[money]") {
  struct PeriodCase {
    const char* text;
    PayPeriod period;
  };
  const std::vector<PeriodCase> cases = {
      {"per hour", PayPeriod::hour},   {"an hour", PayPeriod::hour},
      {"/hr", PayPeriod::hour},        {"/h", PayPeriod::hour},
      {"ph", PayPeriod::hour},         {"P.H.", PayPeriod::hour},
      {"hourly", PayPeriod::hour},     {"Stunde", PayPeriod::hour},
      {"pro Stunde", PayPeriod::hour}, {"heure", PayPeriod::hour},
      {"par heure", PayPeriod::hour},  {"hora", PayPeriod::hour},
      {"por hora", PayPeriod::hour},   {"per day", PayPeriod::day},
      {"daily", PayPeriod::day},       {"per week", PayPeriod::week},
      {"weekly", PayPeriod::week},     {"bi-weekly", PayPeriod::biweek},
      {"biweekly", PayPeriod::biweek}, {"Bi-Weekly", PayPeriod::biweek},
      {"per month", PayPeriod::month}, {"/month", PayPeriod::month},
      {"/mo", PayPeriod::month},       {"monthly", PayPeriod::month},
      {"Monat", PayPeriod::month},     {"/Monat", PayPeriod::month},
      {"mois", PayPeriod::month},      {"par mois", PayPeriod::month},
      {"mes", PayPeriod::month},       {"al mes", PayPeriod::month},
      {"mensual", PayPeriod::month},   {"mês", PayPeriod::month},
      {"MÊS", PayPeriod::month},       {"por mês", PayPeriod::month},
      {"mensal", PayPeriod::month},    {"per annum", PayPeriod::year},
      {"p.a.", PayPeriod::year},       {"P.A.", PayPeriod::year},
      {"PA", PayPeriod::year},         {"a year", PayPeriod::year},
      {"/yr", PayPeriod::year},        {"yearly", PayPeriod::year},
      {"annually", PayPeriod::year},   {"Jahr", PayPeriod::year},
      {"pro Jahr", PayPeriod::year},   {"an", PayPeriod::year},
      {"par an", PayPeriod::year},     {"año", PayPeriod::year},
      {"AÑO", PayPeriod::year},        {"por año", PayPeriod::year},
      {"anual", PayPeriod::year},      {"ano", PayPeriod::year},
      {"ao ano", PayPeriod::year},     {"\u00A0year\u00A0", PayPeriod::year},
  };
  CHECK(cases.size() == 54);
  for (const PeriodCase& c : cases) {
    INFO("period text: \"" << c.text << '"');
    CHECK(parse_pay_period(c.text) == c.period);
  }
}

TEST_CASE("currency symbols SPEC 2.2 names map to their codes", "[money]") {
  CHECK(normalise_currency("zł") == std::string("PLN"));
  CHECK(normalise_currency("ZŁ") == std::string("PLN"));
  CHECK(normalise_currency("CHF") == std::string("CHF"));
  CHECK(normalise_currency("chf") == std::string("CHF"));
  CHECK(normalise_currency("Rs") == std::string("INR"));
  CHECK(normalise_currency("Rs.") == std::string("INR"));
  CHECK(normalise_currency("NZ$") == std::string("NZD"));
  CHECK(normalise_currency("HK$") == std::string("HKD"));
  CHECK(normalise_currency("CN¥") == std::string("CNY"));
  CHECK(normalise_currency("JP¥") == std::string("JPY"));
  CHECK(normalise_currency("\u00A0€\u00A0") == std::string("EUR"));
}

TEST_CASE("a bare dollar sign can be told apart from a named dollar", "[money]") {
  CHECK(is_bare_dollar("$"));
  CHECK(is_bare_dollar(" $ "));
  CHECK_FALSE(is_bare_dollar("US$"));
  CHECK_FALSE(is_bare_dollar("USD"));
  CHECK_FALSE(is_bare_dollar("S$"));
  CHECK_FALSE(is_bare_dollar(""));
}
