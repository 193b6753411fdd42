// The layer rule, read from the #include lines of src/ and include/jobsight/:
//   util -> csv -> normalise -> storage -> import | reports -> charts -> cli
// A file includes only its own layer and the layers before it (import and reports do not include
// each other); a public header (include/jobsight/) counts as part of the layer that implements
// it; cli/ includes only cli/ and the public API; only storage/ includes SQLite or SQLiteCpp.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// The rank of each layer; import and reports share one.
const std::map<std::string, int> kLayerRank = {{"util", 0},    {"csv", 1},    {"normalise", 2},
                                               {"storage", 3}, {"import", 4}, {"reports", 4},
                                               {"charts", 5},  {"cli", 6}};

// The layer each public header belongs to (the one that implements it).
const std::map<std::string, std::string> kPublicHeaderLayer = {
    {"error.hpp", "util"},       {"table.hpp", "util"},     {"display_width.hpp", "util"},
    {"memory.hpp", "util"},      {"csv.hpp", "csv"},        {"column_mapping.hpp", "normalise"},
    {"database.hpp", "storage"}, {"import.hpp", "import"},  {"reports.hpp", "reports"},
    {"inspect.hpp", "reports"},  {"claims.hpp", "reports"}, {"charts.hpp", "charts"},
    {"datasette.hpp", "reports"}};

struct Include {
  std::string file;  // relative to the root, e.g. "src/csv/csv_reader.cpp"
  int line = 0;
  std::string target;  // as written between the quotes or angle brackets
  bool system = false;
};

std::vector<Include> read_includes(const fs::path& root) {
  static const std::regex include_line(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::vector<Include> includes;
  for (const char* dir : {"src", "include/jobsight"}) {
    if (!fs::exists(root / dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
      std::ifstream in(entry.path());
      std::string text;
      int number = 0;
      while (std::getline(in, text)) {
        ++number;
        std::smatch match;
        if (!std::regex_search(text, match, include_line)) continue;
        includes.push_back({fs::relative(entry.path(), root).generic_string(), number,
                            match[2].str(), match[1].str() == "<"});
      }
    }
  }
  return includes;
}

// The layer a file or an include target belongs to, "" when none (a system header).
std::string layer_of_path(const std::string& path) {
  const std::string public_prefix = path.rfind("include/jobsight/", 0) == 0 ? "include/jobsight/"
                                    : path.rfind("jobsight/", 0) == 0       ? "jobsight/"
                                                                            : "";
  if (!public_prefix.empty()) {
    auto found = kPublicHeaderLayer.find(path.substr(public_prefix.size()));
    return found == kPublicHeaderLayer.end() ? "public?" : found->second;
  }
  std::string rest = path.rfind("src/", 0) == 0 ? path.substr(4) : path;
  std::string folder = rest.substr(0, rest.find('/'));
  return kLayerRank.count(folder) != 0 ? folder : "";
}

// Every include of the tree at `root` that breaks the layer rule, as "FILE:LINE: why".
std::vector<std::string> layering_violations(const fs::path& root) {
  std::vector<std::string> found;
  for (const Include& include : read_includes(root)) {
    const std::string where = include.file + ":" + std::to_string(include.line) + ": ";
    const std::string from = layer_of_path(include.file);
    const bool is_public = include.file.rfind("include/", 0) == 0;
    if (include.system) {
      const bool sqlite =
          include.target.rfind("sqlite3", 0) == 0 || include.target.rfind("SQLiteCpp/", 0) == 0;
      if (sqlite && (from != "storage" || is_public)) {
        found.push_back(where + "only storage/ may include <" + include.target + ">");
      }
      continue;
    }
    const std::string to = layer_of_path(include.target);
    if (from == "public?" || to == "public?") {
      found.push_back(where + "a public header not in the layer map: " + include.target);
      continue;
    }
    if (to.empty()) {
      found.push_back(where + "\"" + include.target + "\" names no layer folder");
      continue;
    }
    const bool target_is_public = include.target.rfind("jobsight/", 0) == 0;
    if (from == "cli" && !target_is_public && to != "cli") {
      found.push_back(where + "cli/ includes only the public API, not " + include.target);
      continue;
    }
    if (is_public && !target_is_public) {
      found.push_back(where + "a public header includes an internal one: " + include.target);
      continue;
    }
    const int from_rank = kLayerRank.at(from), to_rank = kLayerRank.at(to);
    if (to_rank > from_rank || (to_rank == from_rank && to != from)) {
      found.push_back(where + from + "/ may not include " + include.target + " (layer " + to + ")");
    }
  }
  return found;
}

// A scratch tree for the checks below, removed at the end.
struct ScratchTree {
  fs::path root = fs::temp_directory_path() /
                  ("jobsight-layering-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  ScratchTree() { fs::create_directories(root); }
  ~ScratchTree() { fs::remove_all(root); }
  void write(const std::string& path, const std::string& text) const {
    fs::create_directories((root / path).parent_path());
    std::ofstream(root / path) << text;
  }
};

}  // namespace

TEST_CASE("every #include in src/ and include/jobsight/ follows the layer order", "[layering]") {
  std::vector<std::string> violations = layering_violations(JOBSIGHT_SOURCE_DIR);
  INFO("violations:\n"
       << [&] {
            std::string all;
            for (const std::string& v : violations) all += v + "\n";
            return all;
          }());
  CHECK(violations.empty());
  CHECK(read_includes(JOBSIGHT_SOURCE_DIR).size() > 200);  // the tree was really read
}

TEST_CASE("the layer check catches a wrong-way include, cli/ reaching inside, and stray SQLite",
          "[layering]") {
  ScratchTree tree;
  tree.write("src/util/ok.cpp", "#include \"util/text.hpp\"\n#include <string>\n");
  tree.write("src/normalise/ok.cpp",
             "#include \"csv/text_check.hpp\"\n#include \"jobsight/csv.hpp\"\n");
  CHECK(layering_violations(tree.root).empty());

  tree.write("src/csv/up.cpp", "#include <vector>\n\n#include \"storage/query.hpp\"\n");
  tree.write("src/import/side.cpp", "#include \"reports/trend_reports.hpp\"\n");
  tree.write("src/cli/inside.cpp",
             "#include \"jobsight/reports.hpp\"\n#include \"normalise/pay.hpp\"\n");
  tree.write("src/reports/sql.cpp", "#include <SQLiteCpp/Statement.h>\n");
  tree.write("src/reports/draws.cpp", "#include \"charts/svg_writer.hpp\"\n");
  tree.write("src/charts/ok.cpp", "#include \"reports/table_cells.hpp\"\n");
  tree.write("src/storage/ok.cpp", "#include <sqlite3.h>\n#include \"normalise/pay.hpp\"\n");
  tree.write("include/jobsight/database.hpp", "#include <SQLiteCpp/Database.h>\n");
  tree.write("src/util/public_up.cpp", "#include \"jobsight/import.hpp\"\n");
  std::vector<std::string> found = layering_violations(tree.root);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{
                     "include/jobsight/database.hpp:1: only storage/ may include "
                     "<SQLiteCpp/Database.h>",
                     "src/cli/inside.cpp:2: cli/ includes only the public API, not "
                     "normalise/pay.hpp",
                     "src/csv/up.cpp:3: csv/ may not include storage/query.hpp (layer storage)",
                     "src/import/side.cpp:1: import/ may not include reports/trend_reports.hpp "
                     "(layer reports)",
                     "src/reports/draws.cpp:1: reports/ may not include charts/svg_writer.hpp "
                     "(layer charts)",
                     "src/reports/sql.cpp:1: only storage/ may include <SQLiteCpp/Statement.h>",
                     "src/util/public_up.cpp:1: util/ may not include jobsight/import.hpp (layer "
                     "import)"});
}
