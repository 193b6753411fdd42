#include "storage/view_arms.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <set>
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
      if (comment.starts_with(kMarker)) {
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

  // The ranges to drop, one per arm, by bracket.
  std::map<std::size_t, std::set<std::pair<std::size_t, std::size_t>>> dropped;
  for (const Marker& marker : markers) {
    const bool kept = std::any_of(
        marker.parameters.begin(), marker.parameters.end(), [&](const std::string& name) {
          return std::find(set_parameters.begin(), set_parameters.end(), name) !=
                 set_parameters.end();
        });
    if (marker.parameters.empty()) {
      throw std::logic_error("a '-- only with' line that names no parameter");
    }
    if (kept) continue;
    const Bracket& bracket = brackets[marker.bracket];
    const auto next = std::find_if(bracket.unions.begin(), bracket.unions.end(),
                                   [&](const auto& u) { return u.first > marker.at; });
    if (next != bracket.unions.begin()) {
      const std::size_t end = next == bracket.unions.end() ? bracket.end : next->first;
      dropped[marker.bracket].insert({std::prev(next)->first, end});
    } else if (next != bracket.unions.end()) {
      dropped[marker.bracket].insert({bracket.begin, next->second});
    } else {
      throw std::logic_error("a '-- only with' line outside any UNION ALL arm");
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const auto& [index, arms] : dropped) {
    if (arms.size() > brackets[index].unions.size()) {
      throw std::logic_error("'-- only with' on every arm of a UNION ALL");
    }
    ranges.insert(ranges.end(), arms.begin(), arms.end());
  }
  std::sort(ranges.begin(), ranges.end());
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
