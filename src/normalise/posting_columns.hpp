#pragma once
// The canonical postings columns and matching a CSV header against them (SPEC 1.1).

#include <cstddef>
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

// Where each canonical field sits in a file's header.
using PostingColumns = ColumnsOf<PostingField, kPostingFieldCount>;

// Maps a header row, `mappings` (--map FIELD=COLUMN) first, as match_header does. The first
// column matching a field wins; a later column for the same field is listed in `unknown` as
// "name (duplicate of field)". Throws jobsight::Error naming `file_name` and the columns found
// when there is no title or no date column, or when a mapping is invalid (match_header).
PostingColumns map_posting_columns(const std::vector<std::string>& header,
                                   const std::string& file_name,
                                   const std::vector<ColumnMapping>& mappings = {});

}  // namespace jobsight
