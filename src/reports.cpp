#include "jobsight/reports.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "jobsight/dates.hpp"
#include "jobsight/error.hpp"
#include "jobsight/reference_store.hpp"
#include "report_sql.hpp"

namespace jobsight {
namespace {

const std::vector<std::string> kPeriodFilters = {"--from",   "--to",       "--year",  "--country",
                                                 "--region", "--industry", "--period"};
const std::vector<std::string> kPayFilters = {"--from",   "--to",       "--year", "--country",
                                              "--region", "--industry", "--min-n"};

std::string checked_date(const std::string& option, const std::string& text) {
  std::optional<Date> date = parse_date(text);
  if (!date || date->iso() != text) {
    throw Error(option + " '" + text + "' is not a valid date; write it as YYYY-MM-DD");
  }
  return text;
}

void bind_if(SQLite::Statement& statement, const char* name, const std::optional<std::string>& v) {
  if (statement.getIndex(name) == 0) return;
  if (v) {
    statement.bind(name, *v);
  } else {
    statement.bind(name);
  }
}

Cell cell_of(const SQLite::Column& column) {
  switch (column.getType()) {
    case SQLITE_INTEGER:
      return column.getInt64();
    case SQLITE_FLOAT:
      return column.getDouble();
    case SQLITE_NULL:
      return std::monostate{};
    default:
      return column.getString();
  }
}

Table read_table(SQLite::Statement& statement) {
  Table table;
  for (int i = 0; i < statement.getColumnCount(); ++i) {
    table.columns.emplace_back(statement.getColumnName(i));
  }
  while (statement.executeStep()) {
    std::vector<Cell> row;
    row.reserve(table.columns.size());
    for (int i = 0; i < statement.getColumnCount(); ++i)
      row.push_back(cell_of(statement.getColumn(i)));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// The country filter as stored: an ISO alpha-2 code when the text names a known country, else
// the text itself (matched against the verbatim country text of unknown countries).
std::string resolve_country(Database& db, const std::string& text) {
  ReferenceData reference = load_reference_data(db);
  const CountryInfo* country = reference.find_country(text);
  return country != nullptr ? country->alpha2 : text;
}

}  // namespace

const std::vector<ReportInfo>& report_catalogue() {
  static const std::vector<ReportInfo> catalogue = {
      {"ai-share", "period", "How many postings there were and what share were AI roles.",
       kPeriodFilters},
      {"seniority-mix", "period",
       "Postings by seniority level, junior and senior shares, senior postings per junior one.",
       kPeriodFilters},
      {"pay-by-skill", "skill",
       "Annual USD pay percentiles per skill and its premium over the median of all paid "
       "postings.",
       kPayFilters},
  };
  return catalogue;
}

const ReportInfo* find_report(const std::string& name) {
  for (const ReportInfo& info : report_catalogue()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

Table run_report(Database& db, const std::string& name, const ReportFilters& filters) {
  if (find_report(name) == nullptr) {
    std::string known;
    for (const ReportInfo& info : report_catalogue())
      known += (known.empty() ? "" : ", ") + info.name;
    throw Error("unknown report '" + name + "'; the reports are: " + known);
  }
  std::optional<std::string> from = filters.from, to = filters.to;
  if (from) from = checked_date("--from", *from);
  if (to) to = checked_date("--to", *to);
  if (filters.year) {
    if (from || to) throw Error("--year cannot be combined with --from or --to");
    if (*filters.year < 1900 || *filters.year > 2100) {
      throw Error("--year " + std::to_string(*filters.year) + " is out of range (1900-2100)");
    }
    from = std::to_string(*filters.year) + "-01-01";
    to = std::to_string(*filters.year) + "-12-31";
  }
  if (from && to && *from > *to) throw Error("--from " + *from + " is after --to " + *to);
  if (filters.period && *filters.period != "month" && *filters.period != "quarter" &&
      *filters.period != "year") {
    throw Error("--period '" + *filters.period + "' is not one of month, quarter, year");
  }
  if (filters.min_n && *filters.min_n < 1) {
    throw Error("--min-n must be at least 1 (got " + std::to_string(*filters.min_n) + ")");
  }
  std::optional<std::string> country;
  if (filters.country) country = resolve_country(db, *filters.country);

  SQLite::Statement statement(db.sql(), report_query(name));
  bind_if(statement, ":from", from);
  bind_if(statement, ":to", to);
  bind_if(statement, ":country", country);
  bind_if(statement, ":region", filters.region);
  bind_if(statement, ":industry", filters.industry);
  bind_if(statement, ":period", filters.period);
  if (statement.getIndex(":min_n") != 0) {
    if (filters.min_n) {
      statement.bind(":min_n", *filters.min_n);
    } else {
      statement.bind(":min_n");
    }
  }
  return read_table(statement);
}

Table run_query(Database& db, const std::string& sql) {
  SQLite::Statement statement(db.sql(), sql);
  return read_table(statement);
}

}  // namespace jobsight
