#include "cli/usage_error.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <regex>
#include <vector>

#include "jobsight/reports.hpp"

namespace jobsight::cli {
namespace {

// The commands the parse went into, from `app` down to the last one given.
std::vector<const CLI::App*> command_chain(const CLI::App& app) {
  std::vector<const CLI::App*> chain{&app};
  for (;;) {
    std::vector<const CLI::App*> parsed;
    for (const CLI::App* sub : chain.back()->get_subcommands({})) {
      if (sub->parsed()) parsed.push_back(sub);
    }
    if (parsed.empty()) return chain;
    chain.push_back(parsed.back());
  }
}

// "jobsight report" for the chain jobsight -> report.
std::string command_path(const std::vector<const CLI::App*>& chain) {
  std::string path;
  for (const CLI::App* command : chain) {
    path += (path.empty() ? "" : " ") + command->get_name();
  }
  return path;
}

// A word no command or option took, with the command whose line it was on (its index in the
// chain): the commands' words in the order typed (CLI11's own message lists them last first).
struct UnexpectedWord {
  std::string word;
  std::size_t command;
};

std::vector<UnexpectedWord> unexpected_words(const std::vector<const CLI::App*>& chain) {
  std::vector<UnexpectedWord> words;
  for (std::size_t c = 0; c < chain.size(); ++c) {
    for (const std::string& word : chain[c]->remaining(false)) words.push_back({word, c});
  }
  return words;
}

// Every spelling of the options `command` takes: "--period", "-h", ...
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::App* sub : command.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

// "'a', 'b'" of CLI11's "{a,b}".
std::string listed(const std::string& braced) {
  std::string list = braced;
  std::size_t at = 0;
  while ((at = list.find(',', at)) != std::string::npos) {
    list.replace(at, 1, ", ");
    at += 2;
  }
  return list;
}

// CLI11's "NAME: PROBLEM" for an option's value, in jobsight's words.
std::string value_problem(const std::string& problem) {
  static const std::regex not_in(R"(^(.*) not in \{(.*)\}$)");
  static const std::regex range(R"(^Value (.*) not in range (.*) to (.*)$)");
  static const std::regex missing(R"(^\d+ required .* missing$)");
  std::smatch match;
  if (std::regex_match(problem, match, not_in)) {
    return fmt::format("'{}' is not one of {}", match[1].str(), listed(match[2].str()));
  }
  if (std::regex_match(problem, match, range)) {
    return fmt::format("{} is not in the range {} to {}", match[1].str(), match[2].str(),
                       match[3].str());
  }
  if (std::regex_match(problem, missing)) return "a value is required";
  return problem;
}

std::string problem_of(const CLI::ParseError& error, const std::vector<const CLI::App*>& chain) {
  const CLI::App& command = *chain.back();
  std::string what = error.what();
  static const std::regex could_not_convert(R"(^Could not convert: (\S+) = (.*)$)");
  static const std::regex excludes(R"(^(\S+) excludes (\S+)$)");
  static const std::regex requires_(R"(^(\S+) requires (\S+)$)");
  static const std::regex named(R"(^(-{1,2}[^\s:]+): (.*)$)");
  std::smatch match;
  if (what == "A subcommand is required") {
    return fmt::format("a command is required: {}", fmt::join(subcommand_names(command), ", "));
  }
  if (std::regex_match(what, match, could_not_convert)) {
    return fmt::format("option {}: '{}' is not a number", match[1].str(), match[2].str());
  }
  if (std::regex_match(what, match, excludes)) {
    return fmt::format("options {} and {} exclude each other", match[1].str(), match[2].str());
  }
  if (std::regex_match(what, match, requires_)) {
    return fmt::format("option {} needs {}", match[1].str(), match[2].str());
  }
  if (std::regex_match(what, match, named)) {
    return fmt::format("option {}: {}", match[1].str(), value_problem(match[2].str()));
  }
  if (what.ends_with(" is required")) {
    std::string name = what.substr(0, what.size() - 12);
    return fmt::format("{} {} is required", name.starts_with("-") ? "option" : "argument", name);
  }
  // A positional argument's value: "name: PROBLEM".
  if (std::size_t colon = what.find(": "); colon != std::string::npos) {
    return fmt::format("argument {}: {}", what.substr(0, colon),
                       value_problem(what.substr(colon + 2)));
  }
  if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z') {
    what[0] = static_cast<char>(what[0] - 'A' + 'a');  // CLI11's sentence, after a colon
  }
  return what;
}

}  // namespace

std::string usage_error_message(const CLI::App& app, const CLI::ParseError& error) {
  std::vector<const CLI::App*> chain = command_chain(app);
  const CLI::App& command = *chain.back();
  std::string see = fmt::format("see '{} --help'", command_path(chain));
  std::vector<UnexpectedWord> words = unexpected_words(chain);
  if (!words.empty()) {
    // An unknown option explains the words after it ("--perod year"): it is told first.
    auto is_option = [](const std::string& word) { return word.starts_with("-") && word != "-"; };
    auto option = std::find_if(words.begin(), words.end(),
                               [&](const UnexpectedWord& w) { return is_option(w.word); });
    if (option != words.end()) {
      // The options of the command it was typed after, and of the commands before that one.
      std::vector<const CLI::App*> upto(
          chain.begin(), chain.begin() + static_cast<std::ptrdiff_t>(option->command) + 1);
      std::vector<std::string> known;
      for (const CLI::App* c : upto) {
        std::vector<std::string> names = option_names(*c);
        known.insert(known.end(), names.begin(), names.end());
      }
      std::string name = option->word.substr(0, option->word.find('='));
      // The main command's options (--db) typed after a command: say where they go.
      std::vector<std::string> main_options = option_names(*chain.front());
      if (option->command > 0 &&
          std::find(main_options.begin(), main_options.end(), name) != main_options.end()) {
        return fmt::format(
            "option {} goes before the command: 'jobsight {} VALUE {} ...' (see 'jobsight "
            "--help')",
            name, name, chain[1]->get_name());
      }
      return unknown_value_message("option", name, known,
                                   fmt::format("see '{} --help'", command_path(upto)));
    }
    const std::string& word = words.front().word;
    std::vector<std::string> commands = subcommand_names(command);
    if (!commands.empty() && command.get_subcommands().empty()) {
      return unknown_value_message("command", word, commands, see);
    }
    return fmt::format("unexpected argument '{}' ({})", word, see);
  }
  return fmt::format("{} ({})", problem_of(error, chain), see);
}

}  // namespace jobsight::cli
