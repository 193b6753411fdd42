#pragma once
// What datasette shows beside a jobsight database (public API): titles, descriptions with units,
// and every report as a canned query. The command line writes it as datasette's metadata JSON.

#include <string>
#include <vector>

#include "jobsight/database.hpp"

namespace jobsight {

// A column and what it holds, with its unit where it has one ("median annual pay, USD per year").
struct DatasetteColumn {
  std::string name;
  std::string description;
};

// A table or view of the database; columns only those with a description.
struct DatasetteTable {
  std::string name;
  std::string description;
  std::vector<DatasetteColumn> columns;
};

// A report as a canned query: its SQL (from the same sql/reports files as the command line and
// the report_* views) reading each parameter as text, empty meaning "no filter" or the default.
struct DatasetteQuery {
  std::string name;         // the report's name, "ai-share"
  std::string title;        // "ai-share: AI share of postings"-like heading
  std::string description;  // what it shows and what each parameter takes
  std::string sql;
  std::vector<std::string> params;  // without the colon, in order of first use
};

struct DatasetteMetadata {
  std::string title;
  std::string description;
  std::string database_name;  // what datasette calls the file: its name without the extension
  std::vector<DatasetteTable> tables;   // every table and view, tables first, by name
  std::vector<DatasetteQuery> queries;  // every report but summary (assembled in C++), in order
};

// The metadata of the open database `db`: its tables and views as they are in the file, described
// from jobsight's schema, and the canned queries of the reports. Throws DatabaseError.
DatasetteMetadata datasette_metadata(Database& db);

}  // namespace jobsight
