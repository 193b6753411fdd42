// Fuzzes DateReader: the first byte picks --as-of (none or one of a few dates) and --date-order
// (none, dmy, mdy); the rest is one file's date cells, one per line, read by one reader. None may
// crash; each read gives a valid date or a reason, never both; the settled order never changes;
// a reason names --as-of or --date-order only when that option is missing; a value that shows an
// order settles it in a fresh reader and disagrees with a reader settled the other way; what
// parse_date accepts reads the same; a date counted back from --as-of is not after it.
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "normalise/dates.hpp"

namespace {

using jobsight::Date;
using jobsight::DateOptions;
using jobsight::DateOrder;
using jobsight::DateReader;
using jobsight::DateResult;

void check(bool condition) {
  if (!condition) std::abort();
}

// Whether a reason ends with `what` (its start quotes the text, which may hold anything).
bool ends_with(const std::string& problem, std::string_view what) {
  return std::string_view(problem).ends_with(what);
}

bool on_or_before(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day <= b.day;
}

// A date or a reason, never both; a date is a real one in 1900-2100.
void check_result(const DateResult& result) {
  check(result.date.has_value() == result.problem.empty());
  if (!result.date) return;
  check(result.date->year >= 1900 && result.date->year <= 2100);
  const std::optional<Date> again = jobsight::parse_date(result.date->iso());
  check(again && *again == *result.date);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr Date kAsOf[] = {
      {2026, 4, 15}, {2026, 3, 31}, {2024, 2, 29}, {1900, 1, 1}, {2100, 12, 31}};
  const std::uint8_t mode = data[0];
  DateOptions options;
  if (mode % 6 != 0) options.as_of = kAsOf[mode % 6 - 1];
  if ((mode / 6) % 3 == 1) options.order = DateOrder::dmy;
  if ((mode / 6) % 3 == 2) options.order = DateOrder::mdy;
  DateReader reader(options);

  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  while (true) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);

    const std::optional<DateOrder> before = reader.order();
    const DateResult result = reader.read(line);
    check_result(result);
    if (before) check(reader.order() == before);
    if (ends_with(result.problem, "give --as-of YYYY-MM-DD")) check(!options.as_of);
    if (ends_with(result.problem, "give --date-order dmy or mdy"))
      check(!before && !reader.order());

    DateReader bare;
    const DateResult without = bare.read(line);
    check_result(without);
    if (options.as_of && ends_with(without.problem, "give --as-of YYYY-MM-DD") && result.date) {
      check(on_or_before(*result.date, *options.as_of));
    }
    if (const std::optional<Date> strict = jobsight::parse_date(line)) {
      check(without.date == strict);
    }
    if (const std::optional<DateOrder> shown = DateReader::order_shown_by(line)) {
      check(without.date.has_value() && bare.order() == shown);
      DateReader other(
          DateOptions{std::nullopt, *shown == DateOrder::dmy ? DateOrder::mdy : DateOrder::dmy});
      check(ends_with(other.read(line).problem, *shown == DateOrder::dmy
                                                    ? "disagrees with the file's month-day order"
                                                    : "disagrees with the file's day-month order"));
    }

    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return 0;
}
