// normalise_pay: the whole SPEC 2.2 rule in one function, each step with a worked value.
#include <catch2/catch.hpp>

#include "normalise/pay.hpp"

using namespace jobsight;

namespace {

struct PayFixture {
  FxTable fx;
  CountryInfo germany{"DE", "Germany", "Western Europe", "EUR"};
  CountryInfo nowhere{"AQ", "Antarctica", "", ""};
  PayFixture() {
    fx.add("EUR", 2021, 1.20);
    fx.add("EUR", 2024, 1.10);
    fx.add("GBP", 2024, 1.25);
  }
  Pay pay(const PayText& text, const CountryInfo* country = nullptr, int year = 2024) const {
    return normalise_pay(text, country, year, fx);
  }
};

}  // namespace

TEST_CASE("hourly, daily, weekly and monthly pay become annual by SPEC 2.2's factors", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "25";
  text.period = "per hour";
  Pay hourly = f.pay(text);
  CHECK(hourly.status == PayStatus::converted);
  CHECK(*hourly.usd_annual == 52'000.0);  // 25 x 2080
  CHECK(hourly.period == "hour");
  text.period = "daily";
  CHECK(*f.pay(text).usd_annual == 6'500.0);  // 25 x 260
  text.period = "week";
  CHECK(*f.pay(text).usd_annual == 1'300.0);  // 25 x 52
  text.salary = "15";
  CHECK(*f.pay(text).usd_annual == 780.0);  // 15 x 52, an outlier
  CHECK(f.pay(text).outlier);
  text.salary = "25";
  text.salary = "5000";
  text.period = "monthly";
  CHECK(*f.pay(text).usd_annual == 60'000.0);  // 5000 x 12
  text.period = "";
  CHECK(*f.pay(text).usd_annual == 5'000.0);  // no period: a year
  CHECK(f.pay(text).period == "year");
}

TEST_CASE("a range is its midpoint, one bound is the figure, and a range beats salary", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary_min = "100000";
  text.salary_max = "140000";
  text.salary = "999999";
  Pay pay = f.pay(text);
  CHECK(*pay.usd_annual == 120'000.0);
  CHECK(*pay.salary == 999'999.0);  // kept as given
  text.salary_max = "";
  CHECK(*f.pay(text).usd_annual == 100'000.0);
  text.salary_min = "";
  text.salary_max = "90000";
  CHECK(*f.pay(text).usd_annual == 90'000.0);
}

TEST_CASE("the currency is the one given, else the country's, else USD, at the nearest year",
          "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "50000";
  Pay german = f.pay(text, &f.germany, 2024);
  CHECK(german.currency == "EUR");
  CHECK(*german.usd_annual == Approx(55'000.0));                         // 50,000 x 1.10
  CHECK(*f.pay(text, &f.germany, 2022).usd_annual == Approx(60'000.0));  // 2021 is nearer
  CHECK(*f.pay(text, &f.germany, 2030).usd_annual == Approx(55'000.0));  // 2024 is the last
  Pay unknown_country = f.pay(text, nullptr);
  CHECK(unknown_country.currency == "USD");
  CHECK(*unknown_country.usd_annual == 50'000.0);
  CHECK(f.pay(text, &f.nowhere).currency == "USD");  // a country without a currency
  text.currency = "\xC2\xA3";                        // £ beats the country's euro
  Pay pounds = f.pay(text, &f.germany);
  CHECK(pounds.currency == "GBP");
  CHECK(*pounds.usd_annual == Approx(62'500.0));
}

TEST_CASE("pay that cannot be converted keeps what was given and says why", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "100000";
  text.currency = "xyz";
  Pay no_rate = f.pay(text);
  CHECK(no_rate.status == PayStatus::unknown_currency);
  CHECK_FALSE(no_rate.usd_annual);
  CHECK(no_rate.currency == "XYZ");
  text.currency = "dollars";
  CHECK(f.pay(text).status == PayStatus::unknown_currency);
  CHECK(f.pay(text).currency == "dollars");

  text.currency = "";
  text.period = "fortnight";
  Pay no_period = f.pay(text);
  CHECK(no_period.status == PayStatus::unknown_period);
  CHECK(no_period.period == "fortnight");

  text.period = "";
  text.salary_min = "lots";
  Pay invalid = f.pay(text);
  CHECK(invalid.status == PayStatus::invalid_amount);
  CHECK(*invalid.salary == 100'000.0);
  CHECK_FALSE(invalid.salary_min);

  CHECK(f.pay(PayText{}).status == PayStatus::none);
}

TEST_CASE("a valid salary_in_usd is the pay as it is; an invalid one falls back to salary",
          "[pay]") {
  PayFixture f;
  PayText text;
  text.salary_in_usd = "80000";
  text.salary = "70000";
  text.currency = "EUR";
  Pay usd = f.pay(text, &f.germany);
  CHECK(usd.status == PayStatus::converted);
  CHECK(*usd.usd_annual == 80'000.0);
  CHECK(usd.currency == "EUR");
  text.salary_in_usd = "n/a";
  CHECK(*f.pay(text, &f.germany).usd_annual == Approx(77'000.0));  // 70,000 EUR x 1.10
  text.salary = "";
  CHECK(f.pay(text).status == PayStatus::invalid_amount);
}

TEST_CASE("pay outside 1,000 to 2,000,000 USD a year is flagged as an outlier", "[pay]") {
  PayFixture f;
  PayText text;
  text.period = "year";  // stated, so not inferred
  for (auto [amount, outlier] : {std::pair{"999.99", true}, std::pair{"1000", false},
                                 std::pair{"2000000", false}, std::pair{"2000000.01", true}}) {
    text.salary = amount;
    INFO(amount);
    CHECK(f.pay(text).outlier == outlier);
    CHECK(f.pay(text).status == PayStatus::converted);
  }
}

TEST_CASE("pay text in the salary cell gives the range, currency and period it states", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "$53K-$91K (Glassdoor est.)";
  Pay glassdoor = f.pay(text);
  CHECK(glassdoor.status == PayStatus::converted);
  CHECK(*glassdoor.salary_min == 53'000.0);
  CHECK(*glassdoor.salary_max == 91'000.0);
  CHECK_FALSE(glassdoor.salary);
  CHECK(*glassdoor.usd_annual == 72'000.0);
  CHECK(glassdoor.text == "$53K-$91K (Glassdoor est.)");
  CHECK(glassdoor.currency == "USD");
  CHECK(glassdoor.currency_assumed);  // "$" says dollars, but with no country not whose
  CHECK_FALSE(f.pay(text, &f.germany).currency_assumed);  // a German posting's "$" is USD

  text.salary =
      "\xC2\xA3"
      "40,000 - \xC2\xA3"
      "50,000 per annum";
  Pay pounds = f.pay(text);
  CHECK(pounds.currency == "GBP");
  CHECK(*pounds.usd_annual == Approx(56'250.0));  // 45,000 x 1.25

  text.salary = "$25 an hour";
  text.period = "year";  // the text's period beats the column's
  Pay hourly = f.pay(text);
  CHECK(hourly.period == "hour");
  CHECK(*hourly.usd_annual == 52'000.0);
  CHECK_FALSE(hourly.period_inferred);
}

TEST_CASE("a bare $ is the country's dollar, else US dollars", "[pay]") {
  PayFixture f;
  f.fx.add("CAD", 2024, 0.75);
  CountryInfo canada{"CA", "Canada", "Northern America", "CAD"};
  PayText text;
  text.salary = "$80,000";
  CHECK(f.pay(text, &canada).currency == "CAD");
  CHECK(*f.pay(text, &canada).usd_annual == Approx(60'000.0));
  CHECK(f.pay(text, &f.germany).currency == "USD");  // Germany's euro is no dollar
  text.currency = "CAD";                             // a dollar column agrees with a bare "$"
  CHECK(f.pay(text, &f.germany).status == PayStatus::converted);
}

TEST_CASE("a column currency that contradicts the text's leaves the pay unconverted", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary =
      "\xE2\x82\xAC"
      "60.000";  // €60.000
  text.currency = "GBP";
  Pay conflict = f.pay(text);
  CHECK(conflict.status == PayStatus::unknown_currency);
  CHECK(conflict.problem == PayProblem::currency_conflict);
  CHECK_FALSE(conflict.usd_annual);
  text.currency = "EUR";
  CHECK(*f.pay(text).usd_annual == Approx(66'000.0));  // 60,000 (not 60) x 1.10
}

TEST_CASE("a missing period is inferred when a year would be an outlier: hour, then month",
          "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "16";  // $16 a year is no salary; $16 an hour is 33,280
  Pay hourly = f.pay(text);
  CHECK(hourly.period == "hour");
  CHECK(hourly.period_inferred);
  CHECK(*hourly.usd_annual == 33'280.0);
  CHECK_FALSE(hourly.outlier);
  text.salary = "980";  // 980 a year is an outlier, 2,038,400 an hour too; a month is 11,760
  Pay monthly = f.pay(text);
  CHECK(monthly.period == "month");
  CHECK(*monthly.usd_annual == 11'760.0);
  text.salary = "3000000";  // too high whatever the period: kept as a year, an outlier
  Pay high = f.pay(text);
  CHECK(high.period == "year");
  CHECK_FALSE(high.period_inferred);
  CHECK(high.outlier);
  text.salary = "16";
  text.infer_period = false;  // salary surveys
  CHECK(f.pay(text).outlier);
}

TEST_CASE("USD taken because nothing said otherwise is flagged as assumed", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "90000";
  CHECK(f.pay(text).currency_assumed);
  CHECK(f.pay(text, &f.nowhere).currency_assumed);
  CHECK_FALSE(f.pay(text, &f.germany).currency_assumed);
  text.currency = "USD";
  CHECK_FALSE(f.pay(text).currency_assumed);
}

TEST_CASE("no-pay words are no pay, unreadable text is counted, a zero minimum is missing",
          "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "Not disclosed";
  Pay none = f.pay(text);
  CHECK(none.status == PayStatus::none);
  CHECK(none.no_pay_stated);
  CHECK(none.text == "Not disclosed");
  text.salary = "depends on the moon";
  Pay unreadable = f.pay(text);
  CHECK(unreadable.status == PayStatus::invalid_amount);
  CHECK(unreadable.problem == PayProblem::unparsable);
  CHECK_FALSE(unreadable.problem_detail.empty());
  CHECK(unreadable.text == "depends on the moon");
  text.salary = "";
  text.salary_min = "0";
  text.salary_max = "120000";
  Pay up_to = f.pay(text);
  CHECK(up_to.status == PayStatus::converted);
  CHECK(*up_to.usd_annual == 120'000.0);
}

TEST_CASE("Indian boards' P.M. is per month, and Best in Industry states no pay", "[pay]") {
  PayFixture f;
  PayText text;
  text.salary = "50,000 - 60,000 P.M.";
  Pay monthly = f.pay(text);
  CHECK(monthly.period == "month");
  CHECK_FALSE(monthly.period_inferred);
  CHECK(*monthly.usd_annual == 660'000.0);  // 55,000 x 12, in USD for want of a country
  text.salary = "Best in Industry";
  CHECK(f.pay(text).status == PayStatus::none);
  CHECK(f.pay(text).no_pay_stated);
}
