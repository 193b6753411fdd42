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
  for (auto [amount, outlier] : {std::pair{"999.99", true}, std::pair{"1000", false},
                                 std::pair{"2000000", false}, std::pair{"2000000.01", true}}) {
    text.salary = amount;
    INFO(amount);
    CHECK(f.pay(text).outlier == outlier);
    CHECK(f.pay(text).status == PayStatus::converted);
  }
}
