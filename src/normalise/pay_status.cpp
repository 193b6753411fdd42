#include "normalise/pay_status.hpp"

namespace jobsight {

std::string_view to_string(PayStatus status) {
  switch (status) {
    case PayStatus::converted:
      return "converted";
    case PayStatus::none:
      return "none";
    case PayStatus::unknown_currency:
      return "unknown_currency";
    case PayStatus::unknown_period:
      return "unknown_period";
    case PayStatus::invalid_amount:
      return "invalid_amount";
  }
  return "none";
}

}  // namespace jobsight
