#include "cli/command_datasette.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "jobsight/database.hpp"
#include "jobsight/datasette.hpp"
#include "jobsight/error.hpp"

namespace jobsight::cli {
namespace {

using Json = nlohmann::ordered_json;

struct DatasetteCommandOptions {
  std::string out;
};

// datasette's metadata.json: {title, description, databases: {NAME: {description, tables,
// queries}}}, tables and queries keyed by name.
Json metadata_json(const DatasetteMetadata& metadata) {
  Json tables = Json::object();
  for (const DatasetteTable& table : metadata.tables) {
    Json entry = Json::object();
    if (!table.description.empty()) entry["description"] = table.description;
    if (!table.columns.empty()) {
      Json columns = Json::object();
      for (const DatasetteColumn& column : table.columns) {
        columns[column.name] = column.description;
      }
      entry["columns"] = std::move(columns);
    }
    tables[table.name] = std::move(entry);
  }
  Json queries = Json::object();
  for (const DatasetteQuery& query : metadata.queries) {
    queries[query.name] = {{"title", query.title},
                           {"description", query.description},
                           {"sql", query.sql},
                           {"params", query.params}};
  }
  return {{"title", metadata.title},
          {"description", metadata.description},
          {"databases",
           {{metadata.database_name,
             {{"description", metadata.description},
              {"tables", std::move(tables)},
              {"queries", std::move(queries)}}}}}};
}

int run_datasette_command(const DatabaseTarget& db_path, const DatasetteCommandOptions& o) {
  Database db = db_path.open_read_only();
  std::string text = metadata_json(datasette_metadata(db)).dump(2) + "\n";
  if (o.out.empty()) {
    std::cout << text;
    return 0;
  }
  std::ofstream file(o.out, std::ios::binary | std::ios::trunc);
  file << text;
  file.close();
  if (!file) throw Error(o.out + ": cannot write the metadata file");
  return 0;
}

}  // namespace

void setup_datasette_command(CLI::App& app, const DatabaseTarget& db_path,
                             std::function<int()>& action) {
  auto o = std::make_shared<DatasetteCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "datasette-metadata",
      "Write datasette's metadata JSON: descriptions, units, every report as a canned query");
  command->footer(
      "The database is named in it as datasette names the file (its name without the\n"
      "extension). Blank canned-query parameters mean no filter, as in the report_* views.\n"
      "Examples:\n"
      "  jobsight --db market.db datasette-metadata --out metadata.json\n"
      "  datasette market.db --metadata metadata.json");
  command->add_option("--out", o->out, "Write the JSON to FILE instead of standard output");
  command->callback([&action, &db_path, o] {
    action = [&db_path, o] { return run_datasette_command(db_path, *o); };
  });
}

}  // namespace jobsight::cli
