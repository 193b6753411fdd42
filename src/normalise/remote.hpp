#pragma once
// Remote work as files write it (SPEC 2.5): a posting's remote mode and a survey's remote ratio.

#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

// Maps remote text: onsite/on-site/office/false/no/0 -> onsite, hybrid or 1..99 -> hybrid,
// remote/true/yes/100 -> remote. nullopt when empty or unrecognised.
std::optional<std::string> normalise_remote(std::string_view text);

// A remote ratio: a whole number 0-100 ("50"), or onsite/hybrid/remote (and the other words
// normalise_remote knows) as 0/50/100. nullopt when empty or unrecognised ("150", "maybe").
std::optional<int> parse_remote_ratio(std::string_view text);

}  // namespace jobsight
