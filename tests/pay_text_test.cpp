// parse_pay_text: pay as job boards write it, one table row per text with every expected field
// worked out by hand.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "normalise/pay_text.hpp"

using namespace jobsight;

namespace {

using Kind = PayTextResult::Kind;
const std::optional<double> kNone;
const std::optional<PayPeriod> kNoPeriod;
constexpr PayPeriod kHour = PayPeriod::hour;
constexpr PayPeriod kDay = PayPeriod::day;
constexpr PayPeriod kWeek = PayPeriod::week;
constexpr PayPeriod kBiweek = PayPeriod::biweek;
constexpr PayPeriod kMonth = PayPeriod::month;
constexpr PayPeriod kYear = PayPeriod::year;

struct Case {
  std::string text;
  Kind kind = Kind::figures;
  std::optional<double> low, high;
  std::string currency;
  bool bare_dollar = false;
  std::optional<PayPeriod> period;
  std::string reason;
};

Case figures(std::string text, std::optional<double> low, std::optional<double> high,
             std::string currency, bool bare_dollar, std::optional<PayPeriod> period) {
  return {std::move(text), Kind::figures, low, high, std::move(currency), bare_dollar, period, ""};
}

Case no_pay(std::string text) {
  return {std::move(text), Kind::no_pay, kNone, kNone, "", false, kNoPeriod, ""};
}

Case unparsable(std::string text, std::string reason) {
  return {std::move(text), Kind::unparsable, kNone, kNone, "", false, kNoPeriod, std::move(reason)};
}

void check(const Case& expected) {
  INFO("pay text: \"" << expected.text << '"');
  const PayTextResult got = parse_pay_text(expected.text);
  CHECK(to_string(got.kind) == to_string(expected.kind));
  CHECK(got.low == expected.low);
  CHECK(got.high == expected.high);
  CHECK(got.currency == expected.currency);
  CHECK(got.bare_dollar == expected.bare_dollar);
  CHECK(got.period == expected.period);
  CHECK(got.reason == expected.reason);
}

// Ranges, single figures, multipliers, locales, currencies and periods.
const std::vector<Case> kFigures = {
    // SPEC 2.2's own examples and the forms it names.
    figures("$53K-$91K", 53'000, 91'000, "", true, kNoPeriod),
    figures("120000 to 150000", 120'000, 150'000, "", false, kNoPeriod),
    figures("85K\u201395K", 85'000, 95'000, "", false, kNoPeriod),  // en dash
    figures("85K\u201495K", 85'000, 95'000, "", false, kNoPeriod),  // em dash
    figures("£40,000 - £50,000 per annum", 40'000, 50'000, "GBP", false, kYear),
    figures("85-95K", 85'000, 95'000, "", false, kNoPeriod),
    figures("4-5 Lacs PA", 400'000, 500'000, "", false, kYear),
    figures("₹ 6,00,000 - 8,00,000 P.A.", 600'000, 800'000, "INR", false, kYear),
    figures("12 LPA", 1'200'000, 1'200'000, "", false, kYear),
    figures("$25 an hour", 25, 25, "", true, kHour),
    figures("£450 per day", 450, 450, "GBP", false, kDay),
    figures("€3.500/Monat", 3'500, 3'500, "EUR", false, kMonth),
    figures("120000", 120'000, 120'000, "", false, kNoPeriod),
    figures("120k", 120'000, 120'000, "", false, kNoPeriod),
    figures("1.2M", 1'200'000, 1'200'000, "", false, kNoPeriod),
    figures("1.2e5", 120'000, 120'000, "", false, kNoPeriod),
    // Locales: thousands separators and decimal marks.
    figures("$120,000.00", 120'000, 120'000, "", true, kNoPeriod),
    figures("60.000,00 €", 60'000, 60'000, "EUR", false, kNoPeriod),
    figures("€60.000", 60'000, 60'000, "EUR", false, kNoPeriod),
    figures("1,20,000", 120'000, 120'000, "", false, kNoPeriod),
    figures("120'000 CHF", 120'000, 120'000, "CHF", false, kNoPeriod),
    figures("CHF 100'000 - 120'000", 100'000, 120'000, "CHF", false, kNoPeriod),
    figures("60 000 €", 60'000, 60'000, "EUR", false, kNoPeriod),
    figures("60\u00A0000 €", 60'000, 60'000, "EUR", false, kNoPeriod),  // NBSP
    figures("60\u202F000 €", 60'000, 60'000, "EUR", false, kNoPeriod),  // narrow NBSP
    figures("€ 2.000,00 - 2.500,00", 2'000, 2'500, "EUR", false, kNoPeriod),
    figures("1.000.000 ₹", 1'000'000, 1'000'000, "INR", false, kNoPeriod),
    figures("£12.50 per hour", 12.5, 12.5, "GBP", false, kHour),
    figures("12,5 €/Stunde", 12.5, 12.5, "EUR", false, kHour),
    figures("€12,50/h", 12.5, 12.5, "EUR", false, kHour),
    figures("15 000 - 20 000 zł", 15'000, 20'000, "PLN", false, kNoPeriod),
    figures("12 000 zł", 12'000, 12'000, "PLN", false, kNoPeriod),
    // Multipliers, and one multiplier for both figures of a range.
    figures("85 K", 85'000, 85'000, "", false, kNoPeriod),
    figures("40 - 45 K", 40'000, 45'000, "", false, kNoPeriod),
    figures("£40-45k", 40'000, 45'000, "GBP", false, kNoPeriod),
    figures("$85K-95", 85'000, 95'000, "", true, kNoPeriod),
    figures("500-1K", 500, 1'000, "", false, kNoPeriod),
    figures("USD 90k\u2013110k", 90'000, 110'000, "USD", false, kNoPeriod),
    figures("$1M+", 1'000'000, kNone, "", true, kNoPeriod),
    figures("3.5-8 Lacs P.A.", 350'000, 800'000, "", false, kYear),
    figures("1,5 Lakh", 150'000, 150'000, "", false, kNoPeriod),
    figures("₹12L", 1'200'000, 1'200'000, "INR", false, kNoPeriod),
    figures("1-1.5 Cr", 10'000'000, 15'000'000, "", false, kNoPeriod),
    figures("2 crore", 20'000'000, 20'000'000, "", false, kNoPeriod),
    figures("upto 8 LPA", kNone, 800'000, "", false, kYear),
    // Currency symbols and codes, before or after.
    figures("US$ 4,000 per month", 4'000, 4'000, "USD", false, kMonth),
    figures("A$ 120k", 120'000, 120'000, "AUD", false, kNoPeriod),
    figures("C$85,000", 85'000, 85'000, "CAD", false, kNoPeriod),
    figures("S$ 6,000 - 8,000 per month", 6'000, 8'000, "SGD", false, kMonth),
    figures("R$ 5.000 - R$ 7.000 /mês", 5'000, 7'000, "BRL", false, kMonth),
    figures("¥5,000,000 - ¥7,000,000", 5'000'000, 7'000'000, "JPY", false, kNoPeriod),
    figures("INR 12,00,000", 1'200'000, 1'200'000, "INR", false, kNoPeriod),
    figures("Rs. 50,000 - 60,000 per month", 50'000, 60'000, "INR", false, kMonth),
    figures("PLN 12 000", 12'000, 12'000, "PLN", false, kNoPeriod),
    figures("85k-95k usd", 85'000, 95'000, "USD", false, kNoPeriod),
    figures("$50,000 CAD", 50'000, 50'000, "CAD", false, kNoPeriod),  // "$" of a dollar code
    // Period words in English and in German, French, Spanish and Portuguese.
    figures("$20 - $25 an hour", 20, 25, "", true, kHour),
    figures("$17-$24 Per Hour(Glassdoor est.)", 17, 24, "", true, kHour),
    figures("$50.00/hr - $60.00/hr", 50, 60, "", true, kHour),
    figures("$60 - $70 p.h. + super", 60, 70, "", true, kHour),
    figures("85000/h", 85'000, 85'000, "", false, kHour),
    figures("£30 hourly", 30, 30, "GBP", false, kHour),
    figures("25 € pro Stunde", 25, 25, "EUR", false, kHour),
    figures("20 € la hora", 20, 20, "EUR", false, kHour),
    figures("£350 daily", 350, 350, "GBP", false, kDay),
    figures("$1,500 - $2,000 a week", 1'500, 2'000, "", true, kWeek),
    figures("$900 weekly", 900, 900, "", true, kWeek),
    figures("$2,000 bi-weekly", 2'000, 2'000, "", true, kBiweek),
    figures("$2,000 biweekly", 2'000, 2'000, "", true, kBiweek),
    figures("$4,000/mo", 4'000, 4'000, "", true, kMonth),
    figures("$4,000 monthly", 4'000, 4'000, "", true, kMonth),
    figures("2.500 € al mes", 2'500, 2'500, "EUR", false, kMonth),
    figures("3 000 € mensuel", 3'000, 3'000, "EUR", false, kMonth),
    figures("1 800 € par mois", 1'800, 1'800, "EUR", false, kMonth),
    figures("R$ 3.000 por mês", 3'000, 3'000, "BRL", false, kMonth),
    figures("R$ 3.000 mensal", 3'000, 3'000, "BRL", false, kMonth),
    figures("$120,000.00/yr - $150,000.00/yr", 120'000, 150'000, "", true, kYear),
    figures("$85,000 a year", 85'000, 85'000, "", true, kYear),
    figures("€55k p.a.", 55'000, 55'000, "EUR", false, kYear),
    figures("85000 yearly", 85'000, 85'000, "", false, kYear),
    figures("85000 annually", 85'000, 85'000, "", false, kYear),
    figures("60.000 € - 75.000 € brutto/Jahr", 60'000, 75'000, "EUR", false, kYear),
    figures("40 000 € par an", 40'000, 40'000, "EUR", false, kYear),
    figures("€ 45.000 - 55.000 anual", 45'000, 55'000, "EUR", false, kYear),
    figures("€ 30.000 por año", 30'000, 30'000, "EUR", false, kYear),
    figures("R$ 60.000 por ano", 60'000, 60'000, "BRL", false, kYear),
    figures("Hourly rate: $25", 25, 25, "", true, kHour),
    // Up to, from, X+, between.
    figures("Up to $80,000 a year", kNone, 80'000, "", true, kYear),
    figures("Up to £30k DOE", kNone, 30'000, "GBP", false, kNoPeriod),
    figures("From $15 an hour", 15, kNone, "", true, kHour),
    figures("$100K+", 100'000, kNone, "", true, kNoPeriod),
    figures("50K+ per year", 50'000, kNone, "", false, kYear),
    figures("at least £40k", 40'000, kNone, "GBP", false, kNoPeriod),
    figures("starting at $20/hr", 20, kNone, "", true, kHour),
    figures("From $50K to $60K", 50'000, 60'000, "", true, kNoPeriod),
    figures("between 50000 and 60000", 50'000, 60'000, "", false, kNoPeriod),
    figures("0 - 50000", kNone, 50'000, "", false, kNoPeriod),  // a zero minimum is missing
    // Notes in brackets and after the figures.
    figures("$56K-$97K (Glassdoor est.)", 56'000, 97'000, "", true, kNoPeriod),
    figures("$45K-$76K (Employer est.)", 45'000, 76'000, "", true, kNoPeriod),
    figures("Employer Provided Salary:$80K - $120K", 80'000, 120'000, "", true, kNoPeriod),
    figures("$120,000 - $140,000 + super", 120'000, 140'000, "", true, kNoPeriod),
    figures("£25,000 - £28,000 per annum, pro rata", 25'000, 28'000, "GBP", false, kYear),
    figures("€ 3.500 brutto/Monat", 3'500, 3'500, "EUR", false, kMonth),
    figures("$50,000 + benefits", 50'000, 50'000, "", true, kNoPeriod),
    figures("£35k-£45k + bonus + benefits", 35'000, 45'000, "GBP", false, kNoPeriod),
    figures("30k - 40k GBP per annum + car", 30'000, 40'000, "GBP", false, kYear),
    figures("$ 50000 per year (negotiable)", 50'000, 50'000, "", true, kYear),
    figures("50000 USD per year DOE", 50'000, 50'000, "USD", false, kYear),
    figures("(50000)", 50'000, 50'000, "", false, kNoPeriod),  // figures only in brackets
};

// Text that states no pay.
const std::vector<Case> kNoPay = {
    no_pay("Not disclosed"),
    no_pay("Competitive"),
    no_pay("Negotiable"),
    no_pay("Unpaid"),
    no_pay("-1"),
    no_pay("N/A"),
    no_pay("n.a."),
    no_pay("\u2014"),  // em dash
    no_pay("-"),
    no_pay(""),
    no_pay("   "),
    no_pay("DOE"),
    no_pay("Salary: Negotiable"),
    no_pay("Competitive salary + benefits"),
    no_pay("Competitive (DOE)"),
    no_pay("(Not disclosed)"),
    no_pay("Depending on experience"),
};

// Text that cannot be read, with its reason.
const std::vector<Case> kUnparsable = {
    unparsable("lots", "no number"),
    unparsable("USD", "no number"),
    unparsable("abc 5", "text before the figure"),
    unparsable("-5000", "negative amount"),
    unparsable("\u22125000", "negative amount"),  // minus sign
    unparsable("0", "zero amount"),
    unparsable("$0.00", "zero amount"),
    unparsable("50%", "percentage"),
    unparsable("0.125", "unreadable number"),
    unparsable("1,2,3", "unreadable number"),
    unparsable("1e400", "unreadable number"),
    unparsable("50000 60000", "two figures without a range"),
    unparsable("10-20-30", "more than two figures"),
    unparsable("60000 - 50000", "range low above high"),
    unparsable("$50k - 1", "range low above high"),
    unparsable("5 years experience", "a count, not pay"),
    unparsable("Up to 50000+", "up to and from"),
    unparsable("€50,000 - £60,000", "two currencies"),
    unparsable("$50,000 EUR", "two currencies"),
    unparsable("$25/hr or $50,000/yr", "two periods"),
    unparsable("$2,000 fortnightly", "unknown period"),
    unparsable("£9,000 per quarter", "unknown period"),
    unparsable("$5k/m", "unknown period"),
    unparsable("zł 12 000 / mies", "unknown period"),  // Polish period words are not in SPEC
    unparsable("+5", "unexpected character"),
    unparsable(std::string(kMaxPayTextBytes + 1, '1'), "too long"),
};

}  // namespace

TEST_CASE("pay text with figures reads as its range, currency and period", "[pay_text]") {
  CHECK(kFigures.size() == 109);
  for (const Case& c : kFigures) check(c);
}

TEST_CASE("pay text that states no pay is no_pay, not a failure", "[pay_text]") {
  CHECK(kNoPay.size() == 17);
  for (const Case& c : kNoPay) check(c);
}

TEST_CASE("pay text that cannot be read is unparsable with a short reason", "[pay_text]") {
  CHECK(kUnparsable.size() == 26);
  for (const Case& c : kUnparsable) check(c);
}

TEST_CASE("pay text longer than the limit is refused without being read", "[pay_text]") {
  const PayTextResult huge = parse_pay_text(std::string(1'000'000, '9'));
  CHECK(huge.kind == Kind::unparsable);
  CHECK(huge.reason == "too long");
  // At the limit it is read: 512 digits are too many for one number.
  CHECK(parse_pay_text(std::string(kMaxPayTextBytes, '9')).reason == "unreadable number");
}

TEST_CASE("pay text with invalid UTF-8 or control bytes is read without failing", "[pay_text]") {
  const std::string bad = std::string("$50") + '\xFF' + "000";
  CHECK(parse_pay_text(bad).kind == Kind::figures);  // the stray byte ends the figure: $50
  CHECK(*parse_pay_text(bad).low == 50.0);
  CHECK(parse_pay_text(std::string("\xE2\x82", 2)).kind == Kind::no_pay);  // a cut-off "€"
  CHECK(parse_pay_text(std::string("50000\0", 6)).kind == Kind::figures);
}

TEST_CASE("pay text kinds print as their names", "[pay_text]") {
  CHECK(to_string(Kind::figures) == "figures");
  CHECK(to_string(Kind::no_pay) == "no_pay");
  CHECK(to_string(Kind::unparsable) == "unparsable");
}
