#pragma once
// Helpers shared by the tests: temporary directories, files, and running the real binary.

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "jobsight/csv.hpp"

namespace jobsight::test {

namespace fs = std::filesystem;

// A fresh directory removed (with its contents) when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("jobsight-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

  // Writes `content` to `name` inside the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream out(file(name), std::ios::binary);
    out << content;
    return file(name);
  }

 private:
  fs::path path_;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// Runs a shell command line, capturing standard output and error separately.
inline CommandResult run_shell(const std::string& command_line,
                               const std::string& stdin_file = "") {
  TempDir capture;
  std::string out_file = capture.file("out"), err_file = capture.file("err");
  std::string full = command_line + " >" + shell_quote(out_file) + " 2>" + shell_quote(err_file) +
                     " <" +
                     (stdin_file.empty() ? std::string("/dev/null") : shell_quote(stdin_file));
  int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  return result;
}

// The shell command line that runs the real jobsight binary with `args` (each shell-quoted).
inline std::string jobsight_command(const std::vector<std::string>& args) {
  std::string command = shell_quote(JOBSIGHT_BINARY);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return command;
}

// Runs the real jobsight binary with `args` (each shell-quoted).
inline CommandResult run_jobsight(std::initializer_list<std::string> args,
                                  const std::string& stdin_file = "") {
  return run_shell(jobsight_command(args), stdin_file);
}

// Parses CSV text into rows of fields.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::istringstream in(text);
  jobsight::CsvReader reader(in);
  jobsight::CsvRecord record;
  std::vector<std::vector<std::string>> rows;
  while (reader.next(record)) rows.push_back(record.fields);
  return rows;
}

// True when two CSV outputs hold the same rows; numbers may differ in the 12th digit (the
// sqlite3 shell prints reals with 15 significant digits, jobsight with 17).
inline bool same_rows(const std::string& a, const std::string& b) {
  auto ra = parse_csv(a), rb = parse_csv(b);
  if (ra.size() != rb.size()) return false;
  for (std::size_t r = 0; r < ra.size(); ++r) {
    if (ra[r].size() != rb[r].size()) return false;
    for (std::size_t c = 0; c < ra[r].size(); ++c) {
      if (ra[r][c] == rb[r][c]) continue;
      char* end_a = nullptr;
      char* end_b = nullptr;
      double x = std::strtod(ra[r][c].c_str(), &end_a);
      double y = std::strtod(rb[r][c].c_str(), &end_b);
      if (*end_a != '\0' || *end_b != '\0' || ra[r][c].empty()) return false;
      if (std::fabs(x - y) > 1e-9 * std::max(1.0, std::fabs(x))) return false;
    }
  }
  return true;
}

inline std::string source_path(const std::string& relative) {
  return std::string(JOBSIGHT_SOURCE_DIR) + "/" + relative;
}

}  // namespace jobsight::test
