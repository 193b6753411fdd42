// Fuzzes parse_pay_text (pay as job boards write it) and parse_amount's locale rule. Neither may
// crash; what parse_pay_text returns must be one of its three kinds, well formed.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "normalise/money.hpp"
#include "normalise/pay_text.hpp"

namespace {

bool is_figure(const std::optional<double>& value) {
  return value && std::isfinite(*value) && *value > 0;
}

bool is_code(const std::string& code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const jobsight::PayTextResult result = jobsight::parse_pay_text(text);
  using Kind = jobsight::PayTextResult::Kind;
  switch (result.kind) {
    case Kind::figures:
      if (!result.low && !result.high) std::abort();
      if (result.low && !is_figure(result.low)) std::abort();
      if (result.high && !is_figure(result.high)) std::abort();
      if (result.low && result.high && *result.low > *result.high) std::abort();
      if (!result.currency.empty() && !is_code(result.currency)) std::abort();
      if (result.bare_dollar && !result.currency.empty()) std::abort();
      if (!result.reason.empty()) std::abort();
      break;
    case Kind::no_pay:
    case Kind::unparsable:
      if (result.low || result.high || !result.currency.empty() || result.bare_dollar ||
          result.period) {
        std::abort();
      }
      if ((result.kind == Kind::unparsable) == result.reason.empty()) std::abort();
      break;
  }
  if (text.size() > jobsight::kMaxPayTextBytes && result.reason != "too long") std::abort();

  if (std::optional<double> amount = jobsight::parse_amount(text)) {
    if (!std::isfinite(*amount) || *amount <= 0) std::abort();
  }
  for (int power = 0; power <= 7; power += 7) {
    if (std::optional<double> value = jobsight::parse_decimal(text, power)) {
      if (!std::isfinite(*value) || *value <= 0) std::abort();
    }
  }
  return 0;
}
