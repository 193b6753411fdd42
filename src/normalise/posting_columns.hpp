#pragma once
// The canonical postings columns and matching a CSV header against them (SPEC 1.1).

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/header_columns.hpp"

namespace jobsight {

enum class PostingField {
  posting_id,
  posted_date,
  source,
  title,
  company,
  industry,
  country,
  city,
  seniority,
  employment_type,
  remote,
  salary_min,
  salary_max,
  salary,
  salary_currency,
  salary_period,
  skills,
  description,
};
inline constexpr std::size_t kPostingFieldCount = 18;

// Canonical column name, e.g. "posted_date".
std::string_view to_string(PostingField field);

// The field a header name stands for (canonical name or alias, case-insensitive, trimmed).
std::optional<PostingField> posting_field_from_header(std::string_view header);

// Where each canonical field sits in a file's header.
struct PostingColumns {
  std::array<int, kPostingFieldCount> index{};  // -1 when the file has no such column
  std::vector<std::string> unknown;             // header names that matched nothing
  std::vector<std::string> header;              // the header as read
  std::size_t width = 0;                        // number of header fields

  bool has(PostingField field) const { return index[static_cast<std::size_t>(field)] >= 0; }
  int operator[](PostingField field) const { return index[static_cast<std::size_t>(field)]; }
};

// Maps a header row, `mappings` (--map FIELD=COLUMN) first, as match_header does. The first
// column matching a field wins; a later column for the same field is listed in `unknown` as
// "name (duplicate of field)". Throws jobsight::Error naming `file_name` and the columns found
// when there is no title or no date column, or when a mapping is invalid (match_header).
PostingColumns map_posting_columns(const std::vector<std::string>& header,
                                   const std::string& file_name,
                                   const std::vector<ColumnMapping>& mappings = {});

}  // namespace jobsight
