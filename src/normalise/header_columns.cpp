#include "normalise/header_columns.hpp"

#include <algorithm>

#include "jobsight/error.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

std::string field_list(std::span<const FieldSpec> fields) {
  std::string out;
  for (const FieldSpec& spec : fields) {
    if (!out.empty()) out += ", ";
    out += spec.name;
  }
  return out;
}

int field_by_name(std::span<const FieldSpec> fields, std::string_view name) {
  std::string key = fold_header_name(name);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == key) return static_cast<int>(i);
  }
  return -1;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.';
}

// A folded header name's field and how it names it. Own names are looked for in every field
// before aliases, and aliases before fallbacks, so a name two fields share goes to the stronger.
struct NameMatch {
  int field = -1;
  MatchedBy by = MatchedBy::none;
};

NameMatch find_field(std::span<const FieldSpec> fields, std::string_view folded) {
  if (folded.empty()) return {};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (folded == fields[i].name) return {static_cast<int>(i), MatchedBy::name};
  }
  for (MatchedBy by : {MatchedBy::alias, MatchedBy::fallback}) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto& names = by == MatchedBy::alias ? fields[i].aliases : fields[i].fallbacks;
      if (std::find(names.begin(), names.end(), folded) != names.end()) {
        return {static_cast<int>(i), by};
      }
    }
  }
  return {};
}

// Why the column of one field beat the others naming it: the strongest of them decides.
std::string why_taken(MatchedBy taken, MatchedBy best_ignored, std::string_view field,
                      const ColumnMapping* mapping) {
  if (taken == MatchedBy::mapped) return "--map " + mapping->text;
  if (taken == best_ignored) {
    switch (taken) {
      case MatchedBy::name:
        return "the first column named " + std::string(field) + " wins";
      case MatchedBy::alias:
        return "the first alias wins";
      default:
        return "the first fallback wins";
    }
  }
  if (taken == MatchedBy::name) {
    return best_ignored == MatchedBy::alias ? "the field's own name beats an alias"
                                            : "the field's own name beats a fallback";
  }
  return "an alias beats a fallback";
}

// `text` as a shell word: as it is when it is plain, else in single quotes.
std::string shell_word(std::string_view text) {
  bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return is_lower(c) || is_upper(c) || is_ascii_digit(c) || c == '_' || c == '-' || c == '.';
  });
  if (plain) return std::string(text);
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

// The words (lower_words of the folded name) of a field's names that no other field's names use,
// and that are longer than two letters ("id", "at" and "in" say too little).
std::vector<std::string> telling_words(std::span<const FieldSpec> fields, std::size_t field) {
  auto words_of = [&](std::size_t i) {
    std::vector<std::string> words = lower_words(fields[i].name);
    for (const auto* names : {&fields[i].aliases, &fields[i].fallbacks}) {
      for (std::string_view name : *names) {
        std::vector<std::string> more = lower_words(name);
        words.insert(words.end(), more.begin(), more.end());
      }
    }
    return words;
  };
  std::vector<std::string> others;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i == field) continue;
    std::vector<std::string> words = words_of(i);
    others.insert(others.end(), words.begin(), words.end());
  }
  std::vector<std::string> telling;
  for (std::string& word : words_of(field)) {
    if (word.size() > 2 && std::find(others.begin(), others.end(), word) == others.end() &&
        std::find(telling.begin(), telling.end(), word) == telling.end()) {
      telling.push_back(std::move(word));
    }
  }
  return telling;
}

}  // namespace

ColumnMapping parse_column_mapping(std::string_view text) {
  std::size_t equals = text.find('=');
  ColumnMapping mapping;
  mapping.text = std::string(text);
  if (equals != std::string_view::npos) {
    mapping.field = std::string(trim(text.substr(0, equals)));
    mapping.column = std::string(trim(text.substr(equals + 1)));
  }
  if (mapping.field.empty() || mapping.column.empty()) {
    throw Error("--map " + mapping.text +
                ": expected FIELD=COLUMN, a field name, '=' and a column of the file's header "
                "(e.g. --map title=Job Name)");
  }
  return mapping;
}

void check_column_mappings(std::span<const FieldSpec> fields,
                           const std::vector<ColumnMapping>& mappings, std::string_view kind) {
  std::vector<const ColumnMapping*> by_field(fields.size(), nullptr);
  for (const ColumnMapping& mapping : mappings) {
    int field = field_by_name(fields, mapping.field);
    if (field < 0) {
      std::string hint;
      int alias_of = field_from_header(fields, mapping.field);
      if (alias_of >= 0) {
        hint = "; did you mean '" + std::string(fields[static_cast<std::size_t>(alias_of)].name) +
               "'?";
      }
      throw Error("--map " + mapping.text + ": unknown field '" + mapping.field + "' for " +
                  std::string(kind) + hint + " (fields: " + field_list(fields) + ")");
    }
    const ColumnMapping*& earlier = by_field[static_cast<std::size_t>(field)];
    if (earlier != nullptr) {
      throw Error("--map " + mapping.text + ": field '" +
                  std::string(fields[static_cast<std::size_t>(field)].name) +
                  "' is already mapped by --map " + earlier->text);
    }
    earlier = &mapping;
  }
}

FieldValue parse_field_value(std::string_view text) {
  std::size_t equals = text.find('=');
  FieldValue value;
  value.text = std::string(text);
  if (equals != std::string_view::npos) {
    value.field = std::string(trim(text.substr(0, equals)));
    value.value = std::string(trim(text.substr(equals + 1)));
  }
  if (value.field.empty() || value.value.empty()) {
    throw Error("--set " + value.text +
                ": expected FIELD=VALUE, a field name, '=' and the value every row gets (e.g. "
                "--set country=GB)");
  }
  return value;
}

void check_field_values(std::span<const FieldSpec> fields, const std::vector<FieldValue>& values,
                        std::string_view kind) {
  std::vector<const FieldValue*> by_field(fields.size(), nullptr);
  for (const FieldValue& value : values) {
    int field = field_by_name(fields, value.field);
    if (field < 0) {
      std::string hint;
      int alias_of = field_from_header(fields, value.field);
      if (alias_of >= 0) {
        hint = "; did you mean '" + std::string(fields[static_cast<std::size_t>(alias_of)].name) +
               "'?";
      }
      throw Error("--set " + value.text + ": unknown field '" + value.field + "' for " +
                  std::string(kind) + hint + " (fields: " + field_list(fields) + ")");
    }
    const FieldValue*& earlier = by_field[static_cast<std::size_t>(field)];
    if (earlier != nullptr) {
      throw Error("--set " + value.text + ": field '" +
                  std::string(fields[static_cast<std::size_t>(field)].name) +
                  "' is already set by --set " + earlier->text);
    }
    earlier = &value;
  }
}

int field_index_by_name(std::span<const FieldSpec> fields, std::string_view name) {
  return field_by_name(fields, name);
}

std::string fold_header_name(std::string_view name) {
  name = trim(name);
  std::string out;
  out.reserve(name.size());
  bool gap = false;  // a word boundary is due before the next byte kept
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (is_separator(c)) {
      gap = !out.empty();
      continue;
    }
    if (is_upper(c) && i > 0) {
      const char before = name[i - 1];
      const bool next_lower = i + 1 < name.size() && is_lower(name[i + 1]);
      if (is_lower(before) || is_ascii_digit(before) || (is_upper(before) && next_lower)) {
        gap = gap || !out.empty();
      }
    }
    if (gap) out.push_back('_');
    gap = false;
    out.push_back(lower_ascii(c));
  }
  return out;
}

int field_from_header(std::span<const FieldSpec> fields, std::string_view header) {
  return find_field(fields, fold_header_name(header)).field;
}

std::string ColumnNote::text() const {
  std::string out = field + ": took '" + taken + "', ignored ";
  for (std::size_t i = 0; i < ignored.size(); ++i) {
    if (i > 0) out += ", ";
    out += "'" + ignored[i] + "'";
  }
  return out + " (" + why + ")";
}

HeaderMatch match_header(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                         const std::vector<ColumnMapping>& mappings, std::string_view kind,
                         const std::string& file_name) {
  check_column_mappings(fields, mappings, kind);
  HeaderMatch match;
  match.index.assign(fields.size(), -1);
  match.matched_by.assign(fields.size(), MatchedBy::none);
  std::vector<const ColumnMapping*> mapped_by(fields.size(), nullptr);
  std::vector<std::string> folded(header.size());
  for (std::size_t column = 0; column < header.size(); ++column) {
    folded[column] = fold_header_name(header[column]);
  }

  std::vector<bool> claimed(header.size(), false);
  for (const ColumnMapping& mapping : mappings) {
    auto column = static_cast<std::size_t>(
        std::find(folded.begin(), folded.end(), fold_header_name(mapping.column)) - folded.begin());
    if (column == header.size()) {
      throw Error(file_name + ": --map " + mapping.text + ": no column '" + mapping.column +
                  "' in the header (found: " + describe_header(header) + ")");
    }
    auto field = static_cast<std::size_t>(field_by_name(fields, mapping.field));
    match.index[field] = static_cast<int>(column);
    match.matched_by[field] = MatchedBy::mapped;
    mapped_by[field] = &mapping;
    claimed[column] = true;
  }

  // Each remaining column's field; a field takes its strongest column, the first among equals.
  std::vector<NameMatch> names(header.size());
  for (std::size_t column = 0; column < header.size(); ++column) {
    if (claimed[column]) continue;
    names[column] = find_field(fields, folded[column]);
    if (names[column].field < 0) continue;
    auto f = static_cast<std::size_t>(names[column].field);
    if (mapped_by[f] != nullptr) continue;
    if (match.index[f] < 0 || names[column].by < match.matched_by[f]) {
      match.index[f] = static_cast<int>(column);
      match.matched_by[f] = names[column].by;
    }
  }

  // The columns not read, in header order, and for each field the columns it did not take.
  std::vector<std::vector<std::size_t>> ignored(fields.size());
  for (std::size_t column = 0; column < header.size(); ++column) {
    if (claimed[column]) continue;
    std::string name(trim(header[column]));
    const int field = names[column].field;
    if (field < 0) {
      match.unknown.push_back(name);
      match.unmatched.push_back(std::move(name));
      continue;
    }
    auto f = static_cast<std::size_t>(field);
    if (match.index[f] == static_cast<int>(column)) continue;
    ignored[f].push_back(column);
    if (mapped_by[f] != nullptr) {
      match.unknown.push_back(name + " (not used: --map " + mapped_by[f]->text + ")");
    } else {
      match.unknown.push_back(name + " (duplicate of " + std::string(fields[f].name) + ")");
    }
  }
  for (std::size_t f = 0; f < fields.size(); ++f) {
    if (ignored[f].empty()) continue;
    ColumnNote note;
    note.field = std::string(fields[f].name);
    note.taken = std::string(trim(header[static_cast<std::size_t>(match.index[f])]));
    MatchedBy best_ignored = MatchedBy::fallback;
    for (std::size_t column : ignored[f]) {
      note.ignored.emplace_back(trim(header[column]));
      best_ignored = std::min(best_ignored, names[column].by);
    }
    note.why = why_taken(match.matched_by[f], best_ignored, fields[f].name, mapped_by[f]);
    match.notes.push_back(std::move(note));
  }
  return match;
}

std::string describe_header(const std::vector<std::string>& header) {
  constexpr std::size_t kShown = 20;
  std::string out;
  for (std::size_t i = 0; i < header.size() && i < kShown; ++i) {
    if (!out.empty()) out += ", ";
    out += header[i].empty() ? "(empty)" : excerpt(header[i], 60);
  }
  if (header.size() > kShown) out += " and " + std::to_string(header.size() - kShown) + " more";
  return out.empty() ? "none" : out;
}

std::vector<RequiredField> required_without_set(std::span<const FieldSpec> fields,
                                                const std::vector<RequiredField>& required,
                                                const std::vector<FieldValue>& values) {
  std::vector<RequiredField> still_required;
  for (const RequiredField& field : required) {
    bool given = false;
    for (int index : field.any_of) {
      for (const FieldValue& value : values) {
        given = given || field_index_by_name(fields, value.field) == index;
      }
    }
    if (!given) still_required.push_back(field);
  }
  return still_required;
}

std::string missing_columns_message(std::span<const FieldSpec> fields, const HeaderMatch& match,
                                    const std::vector<std::string>& header,
                                    const std::vector<RequiredField>& required,
                                    const std::string& file_name) {
  std::vector<const RequiredField*> missing;
  for (const RequiredField& need : required) {
    bool present = std::any_of(need.any_of.begin(), need.any_of.end(), [&](int f) {
      return match.index[static_cast<std::size_t>(f)] >= 0;
    });
    if (!present) missing.push_back(&need);
  }
  if (missing.empty()) return {};

  std::vector<std::string_view> names;
  for (const RequiredField* need : missing) {
    for (int f : need->any_of) names.push_back(fields[static_cast<std::size_t>(f)].name);
  }
  std::string listed;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) listed += i + 1 == names.size() ? " or " : ", ";
    listed += names[i];
  }

  // One --map example per missing field: a column no field uses whose name shares a telling
  // word with the field's names (the first alternative that has one), else a placeholder.
  std::vector<std::string> candidates;
  for (const std::string& name : match.unmatched) {
    if (!name.empty() && name.size() <= 60) candidates.push_back(name);
  }
  std::vector<bool> suggested(candidates.size(), false);
  auto guess = [&](std::size_t field) -> std::optional<std::string> {
    const std::vector<std::string> telling = telling_words(fields, field);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      if (suggested[c]) continue;
      const std::vector<std::string> words = lower_words(fold_header_name(candidates[c]));
      if (std::any_of(words.begin(), words.end(), [&](const std::string& word) {
            return std::find(telling.begin(), telling.end(), word) != telling.end();
          })) {
        suggested[c] = true;
        return "--map " + std::string(fields[field].name) + "=" + shell_word(candidates[c]);
      }
    }
    return std::nullopt;
  };
  std::vector<std::string> examples;
  std::vector<std::string_view> set_hints;
  for (const RequiredField* need : missing) {
    std::optional<std::string> example;
    for (std::size_t i = 0; i < need->any_of.size() && !example; ++i) {
      example = guess(static_cast<std::size_t>(need->any_of[i]));
    }
    examples.push_back(example.value_or(
        "--map " + std::string(fields[static_cast<std::size_t>(need->any_of[0])].name) +
        "=COLUMN"));
    if (!need->set_hint.empty()) set_hints.push_back(need->set_hint);
  }

  std::string text = file_name + ": no " + listed +
                     " column, so nothing was imported (found: " + describe_header(header) +
                     "). Name " + (missing.size() > 1 ? "them" : "it") + " with --map, e.g. " +
                     fmt::format("{}", fmt::join(examples, " "));
  for (std::size_t i = 0; i < set_hints.size(); ++i) {
    text += i == 0 ? ", or give a value for the whole file with --set " : " --set ";
    text += set_hints[i];
  }
  text += ".";
  // One column holding separators: the file is split on another character than the one read.
  if (header.size() == 1) {
    for (char separator : {';', '\t', '|', ','}) {
      if (header[0].find(separator) == std::string::npos) continue;
      text += std::string(" The header is one column: if the file's fields are separated by ") +
              (separator == '\t' ? "tabs, give --delimiter tab"
                                 : fmt::format("'{0}', give --delimiter '{0}'", separator)) +
              ".";
      break;
    }
  }
  return text;
}

}  // namespace jobsight
