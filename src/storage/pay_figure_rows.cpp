#include "storage/pay_figure_rows.hpp"

namespace jobsight {

std::string_view text_at(sqlite3_stmt* row, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
  return text == nullptr
             ? std::string_view()
             : std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(row, column)));
}

std::optional<double> figure_at(sqlite3_stmt* row, int column) {
  switch (sqlite3_column_type(row, column)) {
    case SQLITE_INTEGER:
      return PayFigures::figure_of(
          Cell{static_cast<std::int64_t>(sqlite3_column_int64(row, column))});
    case SQLITE_FLOAT:
      return PayFigures::figure_of(Cell{sqlite3_column_double(row, column)});
    default:
      return std::nullopt;  // no text is copied for a pay that is not a figure
  }
}

PayFigures::Source source_at(sqlite3_stmt* row, int column) {
  return sqlite3_column_type(row, column) == SQLITE_TEXT
             ? PayFigures::source_named(text_at(row, column))
             : PayFigures::Source::other;
}

}  // namespace jobsight
