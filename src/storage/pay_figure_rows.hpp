#pragma once
// Reading the rows of a pay report's values query (grp, pay_source, pay, ...) into PayFigures
// straight from SQLite's statement, without a Cell for every value (storage layer): the command
// line's filtered pay reports (compute_pay_statistics) and kept_pay_stats.cpp read millions of
// such rows.

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jobsight/table.hpp"
#include "util/pay_statistics.hpp"
#include "util/text.hpp"

namespace jobsight {

// The text of column `column` of the row `row` is on ("" for NULL).
std::string_view text_at(sqlite3_stmt* row, int column);

// Column `column` of the row `row` is on as a pay figure, as PayFigures::figure_of reads a Cell:
// an integer or a finite real; nullopt for anything else.
std::optional<double> figure_at(sqlite3_stmt* row, int column);

// Column `column` of the row `row` is on as a pay source, as PayFigures::source_of reads a Cell.
PayFigures::Source source_at(sqlite3_stmt* row, int column);

// Numbers the groups of a query's rows 0, 1, 2, ... in the order met, finding one met before by
// its text or integer as SQLite holds it (a group of another type, never met in the reports, by
// its Cell): what a Cell per row would cost is paid once per group.
class RowGroups {
 public:
  // The number of the group in column `column` of the row `row` is on. A group not met yet gets
  // the next number, and `on_new(key)` is called with it as a Cell first.
  template <typename OnNew>
  std::size_t number_at(sqlite3_stmt* row, int column, OnNew on_new) {
    switch (sqlite3_column_type(row, column)) {
      case SQLITE_TEXT: {
        const std::string_view text = text_at(row, column);
        auto found = text_groups_.find(text);
        if (found != text_groups_.end()) return found->second;
        on_new(Cell{std::string(text)});
        return text_groups_.emplace(std::string(text), count_++).first->second;
      }
      case SQLITE_INTEGER: {
        const std::int64_t integer = sqlite3_column_int64(row, column);
        auto found = integer_groups_.find(integer);
        if (found != integer_groups_.end()) return found->second;
        on_new(Cell{integer});
        return integer_groups_.emplace(integer, count_++).first->second;
      }
      default: {
        Cell key;  // NULL
        if (sqlite3_column_type(row, column) == SQLITE_FLOAT) {
          key = sqlite3_column_double(row, column);
        } else if (sqlite3_column_type(row, column) == SQLITE_BLOB) {
          key = std::string(text_at(row, column));  // its bytes, as SQLiteCpp's getString reads
        }
        auto found = other_groups_.find(key);
        if (found != other_groups_.end()) return found->second;
        on_new(key);
        return other_groups_.emplace(key, count_++).first->second;
      }
    }
  }

  // How many groups have been met.
  std::size_t size() const { return count_; }

 private:
  std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>> text_groups_;
  std::unordered_map<std::int64_t, std::size_t> integer_groups_;
  std::map<Cell, std::size_t> other_groups_;
  std::size_t count_ = 0;
};

}  // namespace jobsight
