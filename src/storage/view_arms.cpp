#include "storage/view_arms.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <stdexcept>
#include <utility>

namespace jobsight {
namespace {

constexpr std::string_view kMarker = "-- only with ";
constexpr std::string_view kUnionAll = "UNION ALL";

// A bracket of the text (the whole text is bracket 0): where its inside starts and ends, and
// the UNION ALL keywords directly inside it, as [begin, end) ranges.
struct Bracket {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::pair<std::size_t, std::size_t>> unions;
};

// A marker: where it is, its bracket, and the parameters it names.
struct Marker {
  std::size_t at = 0;
  std::size_t bracket = 0;
  std::vector<std::string> parameters;
};

std::vector<std::string> parameters_named(std::string_view line) {
  std::vector<std::string> names;
  for (std::size_t at = line.find(':'); at != std::string_view::npos; at = line.find(':', at + 1)) {
    std::size_t end = at + 1;
    while (end < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line[end])) != 0 || line[end] == '_')) {
      ++end;
    }
    if (end > at + 1) names.emplace_back(line.substr(at + 1, end - at - 1));
  }
  return names;
}

bool starts_union_all(std::string_view sql, std::size_t at) {
  if (sql.substr(at, kUnionAll.size()) != kUnionAll) return false;
  const bool word_before =
      at > 0 && (std::isalnum(static_cast<unsigned char>(sql[at - 1])) != 0 || sql[at - 1] == '_');
  const std::size_t end = at + kUnionAll.size();
  const bool word_after =
      end < sql.size() &&
      (std::isalnum(static_cast<unsigned char>(sql[end])) != 0 || sql[end] == '_');
  return !word_before && !word_after;
}

}  // namespace

std::string without_unset_arms(std::string_view sql,
                               const std::vector<std::string>& set_parameters) {
  std::vector<Bracket> brackets(1);
  brackets[0].end = sql.size();
  std::vector<std::size_t> open = {0};
  std::vector<Marker> markers;
  bool in_string = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (in_string || c == '\'') {
      if (c == '\'') in_string = !in_string;
      continue;
    }
    if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const std::size_t end = std::min(sql.find('\n', i), sql.size());
      const std::string_view comment = sql.substr(i, end - i);
      const std::size_t newline = sql.rfind('\n', i);
      const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
      const bool own_line =
          sql.substr(line_start, i - line_start).find_first_not_of(" \t") == std::string_view::npos;
      if (own_line && comment.starts_with(kMarker)) {
        markers.push_back({i, open.back(), parameters_named(comment)});
      }
      i = end;
      continue;
    }
    if (c == '(') {
      brackets.push_back({i + 1, sql.size(), {}});
      open.push_back(brackets.size() - 1);
    } else if (c == ')' && open.size() > 1) {
      brackets[open.back()].end = i;
      open.pop_back();
    } else if (starts_union_all(sql, i)) {
      brackets[open.back()].unions.emplace_back(i, i + kUnionAll.size());
      i += kUnionAll.size() - 1;
    }
  }

  // The ranges to drop: each from the UNION ALL before its arm to the next UNION ALL of its
  // bracket, or to the bracket's end. Every marker is checked, dropped or not.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const Marker& marker : markers) {
    if (marker.parameters.empty()) {
      throw std::logic_error("a '-- only with' line that names no parameter");
    }
    const Bracket& bracket = brackets[marker.bracket];
    const auto next = std::find_if(bracket.unions.begin(), bracket.unions.end(),
                                   [&](const auto& u) { return u.first > marker.at; });
    if (next == bracket.unions.begin()) {
      throw std::logic_error(
          "a '-- only with' line in the first arm of a UNION ALL, or outside one");
    }
    const bool kept = std::any_of(
        marker.parameters.begin(), marker.parameters.end(), [&](const std::string& name) {
          return std::find(set_parameters.begin(), set_parameters.end(), name) !=
                 set_parameters.end();
        });
    if (kept) continue;
    const std::size_t end = next == bracket.unions.end() ? bracket.end : next->first;
    ranges.emplace_back(std::prev(next)->first, end);
  }
  std::sort(ranges.begin(), ranges.end());
  ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
  std::string out;
  out.reserve(sql.size());
  std::size_t from = 0;
  for (const auto& [begin, end] : ranges) {
    if (begin < from) throw std::logic_error("'-- only with' arms that overlap");
    out.append(sql.substr(from, begin - from));
    from = end;
  }
  out.append(sql.substr(from));
  return out;
}

}  // namespace jobsight
