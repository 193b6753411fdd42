#pragma once
// Pay as job boards write it in one cell ("$53K-$91K", "4-5 Lacs PA", "€3.500/Monat",
// "Competitive"): the figures, currency and period it states (SPEC 2.2). Only the reading of the
// text; what the figures become (midpoint, period, currency, USD) is the pay rule in pay.hpp.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalise/money.hpp"

namespace jobsight {

// Longer text is not read (unparsable, "too long"), which bounds the work on any input.
inline constexpr std::size_t kMaxPayTextBytes = 512;

// What a pay text says.
struct PayTextResult {
  enum class Kind {
    figures,     // at least one of low and high is set
    no_pay,      // the text states that there is no pay figure ("Not disclosed", "-1", "")
    unparsable,  // anything else; `reason` says why
  };
  Kind kind = Kind::unparsable;
  // Positive and finite; low <= high when both are set. A single figure sets both, "Up to X"
  // only high, "From X" and "X+" only low. Unset unless kind is figures.
  std::optional<double> low, high;
  // The ISO code a symbol or code in the text names ("£" -> "GBP", "US$" -> "USD", "CHF"), ""
  // when none does, or when the only currency mark is a bare "$".
  std::string currency;
  // The only currency mark was a bare "$" (currency is then ""): SPEC 2.2 reads it as the
  // country's dollar when the country uses one, else USD; the caller decides.
  bool bare_dollar = false;
  // The period a period word in the text names ("an hour", "/Monat", "P.A.", "LPA").
  std::optional<PayPeriod> period;
  // Why the text is unparsable, one of: "too long", "no number", "unreadable number",
  // "negative amount", "zero amount", "percentage", "text before the figure",
  // "unexpected character", "two figures without a range", "more than two figures",
  // "a count, not pay", "range low above high", "up to and from", "two currencies",
  // "two periods", "unknown period".
  // "" for the other kinds.
  std::string reason;
};

// Reads pay as written in a salary (or min/max) cell. Never throws; reads at most
// kMaxPayTextBytes bytes.
//
// Figures: one figure or a range with "-", "–", "—", "−", "to" or "between X and Y". Numbers
// follow parse_decimal's locale rule ("120,000", "1,20,000", "60.000,00", "60 000" also with
// NBSP or narrow NBSP, "120'000", "$120,000.00"). A multiplier may follow a number, with or
// without a space: K/k/thousand (1,000), M/m/million (1,000,000), Lakh/Lakhs/Lac/Lacs/L
// (100,000), LPA (100,000 and per year), Cr/crore/crores (10,000,000). In a range, a multiplier
// on one figure only also applies to the other when the figures, as written, are in order:
// "85-95K" is 85,000-95,000, "500-1K" is 500-1,000. A zero low in a range leaves only high
// ("0 - 50000"), as SPEC 2.2 does for a zero minimum.
//
// Before the first figure: "Up to"/"upto"/"max"/"maximum" (only high), "From"/"starting
// at"/"ab"/"min"/"minimum"/"at least" (only low), "between", currencies, period words and a few
// labels ("salary", "pay", "base", "gross", "approx", "around", "about", "circa", "ca",
// "estimated", "est", "ctc", "rate", "compensation"); a label that ends in ":" with no digit
// before it ("Employer Provided Salary:") is dropped, period words in it still count. Any other
// word there is "text before the figure". "X+" (a "+" right after the figure, then a space or
// the end) is only low.
//
// Currency: symbols and codes before or after a figure ($, US$, £, €, ₹, ¥, JP¥, CN¥, zł, Rs,
// S$, A$, AU$, C$, CA$, NZ$, HK$, R$, RMB, and ISO codes such as USD, GBP, EUR, CHF, INR, PLN in
// any case). Two
// different currencies are "two currencies"; "$" beside a dollar currency's code (USD, CAD,
// AUD, NZD, SGD, HKD, TWD, MXN, BRL, ARS, CLP, COP) is that code.
//
// Period: the words parse_pay_period knows, anywhere in the text, alone or after "per", "a",
// "an", "pro", "par", "por", "al", "ao" or "/" ("$25 an hour", "£450 per day", "€3.500/Monat",
// "4-5 Lacs P.A."), except the plurals hours, days, weeks, months, years: in pay text they count
// things, and one where the notes would start is "a count, not pay" ("5 years experience"). Two
// different periods are "two periods". Period words SPEC 2.2 does not
// define (fortnightly, quarterly, semimonthly, ...) and "/" followed by an unknown word right
// after the figures ("zł 12 000 / mies") are "unknown period".
//
// Notes: text in brackets ("(Glassdoor est.)") is dropped, unless the figures are only inside
// brackets. After the figures, any other word starts the notes ("DOE", "pro rata", "brutto",
// "negotiable"), in which numbers are ignored and period words still count; any other "+"
// ("+ super", "+benefits", "+10% bonus") or the word "plus" ends the reading.
//
// No pay: empty or blank text, "-1", text with no digit that is only punctuation ("—", "-",
// "?") or that says so ("Not disclosed", "Competitive", "Negotiable", "Unpaid", "N/A", "none",
// "DOE", "confidential", "TBD", "not specified", "depending on experience", ...). Text with no
// digit otherwise is "no number".
PayTextResult parse_pay_text(std::string_view text);

// "figures", "no_pay", "unparsable".
std::string_view to_string(PayTextResult::Kind kind);

}  // namespace jobsight
