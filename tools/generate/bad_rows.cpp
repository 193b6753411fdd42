// Special rows for --bad-rows (see bad_rows.hpp).
#include "bad_rows.hpp"

#include <algorithm>
#include <utility>

#include "csv_text.hpp"

namespace jobsight_generate {

SpecialCounts special_counts(std::uint64_t rows) {
  SpecialCounts c;
  if (rows >= 1000) {
    c.per_bad_kind = std::max<std::uint64_t>(2, rows / 4000);
    c.duplicates = std::max<std::uint64_t>(5, rows / 1000);
  } else {
    c.per_bad_kind = rows / 500;
    c.duplicates = rows / 200;
  }
  return c;
}

void apply_defect(Special kind, Fields& fields, const RowInfo& info) {
  fields[kJobId] = info.id;  // bad rows always carry an id
  auto ensure_pay = [&fields, &info]() {
    if (fields[kSalaryMin].empty() && fields[kSalaryMax].empty() && fields[kSalary].empty()) {
      append_amount(fields[kSalary], info.pay_period_amount);
    }
    if (fields[kPayPeriod].empty()) fields[kPayPeriod].assign(info.period);
    if (fields[kCurrency].empty()) fields[kCurrency].assign(info.currency);
  };
  switch (kind) {
    case Special::empty_title:
      fields[kTitle].clear();
      break;
    case Special::missing_date:
      fields[kDatePosted].clear();
      break;
    case Special::impossible_date:
      fields[kDatePosted] = "2025-02-30";
      break;
    case Special::date_text:
      fields[kDatePosted] = "yesterday";
      break;
    case Special::unknown_currency:
      ensure_pay();
      fields[kCurrency] = "XYZ";
      break;
    case Special::unknown_period:
      ensure_pay();
      fields[kPayPeriod] = "fortnight";
      break;
    case Special::negative_salary:
      ensure_pay();
      fields[kSalaryMin].clear();
      fields[kSalaryMax].clear();
      fields[kSalary].clear();
      fields[kSalary].push_back('-');
      append_amount(fields[kSalary], info.pay_period_amount);
      break;
    case Special::too_few_fields:
    case Special::duplicate:
      break;
  }
}

SpecialSchedule::SpecialSchedule(std::uint64_t seed, std::uint64_t rows, bool enabled)
    : rng_(splitmix64(seed ^ 0x6A6F627369676874ULL)),  // "jobsight"
      rows_(rows) {
  if (enabled) {
    const SpecialCounts counts = special_counts(rows);
    for (std::size_t kind = 0; kind + 1 < kSpecialKinds; ++kind) {
      for (std::uint64_t k = 0; k < counts.per_bad_kind; ++k) {
        kinds_.push_back(static_cast<Special>(kind));
      }
    }
    for (std::uint64_t k = 0; k < counts.duplicates; ++k) kinds_.push_back(Special::duplicate);
    for (std::size_t k = kinds_.size(); k > 1; --k) {
      std::swap(kinds_[k - 1], kinds_[rng_.below(k)]);
    }
    warmup_ = std::min<std::uint64_t>(200, rows / 20);
    if (!kinds_.empty()) stratum_ = (rows - warmup_) / kinds_.size();
    if (stratum_ == 0) kinds_.clear();
  }
  next_position_ = kinds_.empty() ? rows : position(0);
}

std::uint64_t SpecialSchedule::position(std::size_t s) {
  return warmup_ + s * stratum_ + rng_.below(stratum_);
}

std::optional<SpecialSchedule::Due> SpecialSchedule::at(std::uint64_t index,
                                                        std::size_t recent_count) {
  if (index != next_position_ || next_ >= kinds_.size()) return std::nullopt;
  Due due{kinds_[next_], 0};
  // The duplicate's pick comes before the next position is drawn, from the same stream.
  if (due.kind == Special::duplicate && recent_count > 0) due.recent = rng_.below(recent_count);
  ++next_;
  next_position_ = next_ < kinds_.size() ? position(next_) : rows_;
  return due;
}

void RecentRows::add(const std::string& row) {
  rows_[next_].assign(row);
  next_ = (next_ + 1) % kCapacity;
  count_ = std::min(count_ + 1, kCapacity);
}

const std::string& RecentRows::back(std::size_t k) const {
  return rows_[(next_ + kCapacity - 1 - k) % kCapacity];
}

void print_special_summary(std::FILE* stream, const SpecialTally& written) {
  std::uint64_t bad = 0;
  for (std::size_t k = 0; k + 1 < kSpecialKinds; ++k) bad += written[k];
  std::fprintf(stream, "; %llu bad rows (", static_cast<unsigned long long>(bad));
  for (std::size_t k = 0; k + 1 < kSpecialKinds; ++k) {
    std::fprintf(stream, "%s%.*s %llu", k == 0 ? "" : ", ",
                 static_cast<int>(kSpecialNames[k].size()), kSpecialNames[k].data(),
                 static_cast<unsigned long long>(written[k]));
  }
  std::fprintf(stream, "), %llu exact duplicates",
               static_cast<unsigned long long>(written[kSpecialKinds - 1]));
}

}  // namespace jobsight_generate
