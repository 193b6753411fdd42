#pragma once
// The values of the segment options (SPEC 3.2) read and checked, without a database (report
// layer).

#include <string>
#include <vector>

namespace jobsight {

// `--level` read: level names of SPEC 2.1 and the bands `junior` (intern, entry) and
// `senior-plus` (senior, lead, executive), comma-separated, any case, e.g. "junior,mid". Returns
// the levels in order from intern to executive, each once. Throws jobsight::Error naming the
// word and the accepted ones for anything else, or when nothing is named.
std::vector<std::string> levels_of(const std::string& level_option);

// `--remote` checked: onsite, hybrid or remote (any case), returned in lower case. Throws
// jobsight::Error otherwise.
std::string remote_mode_of(const std::string& remote_option);

// `--confidence` checked: 0.90, 0.95 or 0.99. Throws jobsight::Error otherwise.
double confidence_of(double confidence_option);

}  // namespace jobsight
