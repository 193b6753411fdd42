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
  state,
  seniority,
  experience,
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
inline constexpr std::size_t kPostingFieldCount = 20;

// Canonical column name, e.g. "posted_date".
std::string_view to_string(PostingField field);

// Where each canonical field sits in a file's header.
using PostingColumns = ColumnsOf<PostingField, kPostingFieldCount>;

// Maps a header row as match_header does: `mappings` (--map FIELD=COLUMN) first, then a column
// with a field's own name, else the first with an alias, else the first with a fallback (the
// URL columns of posting_id). Columns not read are in `unknown`, contested fields in `notes`.
// Throws jobsight::Error when a mapping is invalid (match_header), and when there is no title or
// no posted_date column, naming every missing field, the columns found and the --map / --set
// fix (missing_columns_message).
PostingColumns map_posting_columns(const std::vector<std::string>& header,
                                   const std::string& file_name,
                                   const std::vector<ColumnMapping>& mappings = {},
                                   const std::vector<FieldValue>& values = {});

}  // namespace jobsight
