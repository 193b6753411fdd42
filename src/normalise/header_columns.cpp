#include "normalise/header_columns.hpp"

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
  std::string key = to_lower(trim(name));
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == key) return static_cast<int>(i);
  }
  return -1;
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

int field_from_header(std::span<const FieldSpec> fields, std::string_view header) {
  std::string name = to_lower(trim(header));
  if (name.empty()) return -1;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (name == fields[i].name) return static_cast<int>(i);
    for (std::string_view alias : fields[i].aliases) {
      if (!alias.empty() && name == alias) return static_cast<int>(i);
    }
  }
  return -1;
}

HeaderMatch match_header(std::span<const FieldSpec> fields, const std::vector<std::string>& header,
                         const std::vector<ColumnMapping>& mappings, std::string_view kind,
                         const std::string& file_name) {
  check_column_mappings(fields, mappings, kind);
  HeaderMatch match;
  match.index.assign(fields.size(), -1);
  std::vector<const ColumnMapping*> mapped_by(fields.size(), nullptr);
  std::vector<bool> claimed(header.size(), false);
  for (const ColumnMapping& mapping : mappings) {
    std::string wanted = to_lower(mapping.column);
    std::size_t column = 0;
    while (column < header.size() && to_lower(trim(header[column])) != wanted) ++column;
    if (column == header.size()) {
      throw Error(file_name + ": --map " + mapping.text + ": no column '" + mapping.column +
                  "' in the header (found: " + describe_header(header) + ")");
    }
    auto field = static_cast<std::size_t>(field_by_name(fields, mapping.field));
    match.index[field] = static_cast<int>(column);
    mapped_by[field] = &mapping;
    claimed[column] = true;
  }
  for (std::size_t column = 0; column < header.size(); ++column) {
    if (claimed[column]) continue;
    int field = field_from_header(fields, header[column]);
    if (field < 0) {
      match.unknown.push_back(header[column]);
      continue;
    }
    auto f = static_cast<std::size_t>(field);
    if (mapped_by[f] != nullptr) {
      match.unknown.push_back(header[column] + " (not used: --map " + mapped_by[f]->text + ")");
    } else if (match.index[f] >= 0) {
      match.unknown.push_back(header[column] + " (duplicate of " + std::string(fields[f].name) +
                              ")");
    } else {
      match.index[f] = static_cast<int>(column);
    }
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

}  // namespace jobsight
