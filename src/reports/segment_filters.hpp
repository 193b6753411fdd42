#pragma once
// The values of the segment options (SPEC 3.2) read and checked, without a database (report
// layer).

#include <string>
#include <vector>

#include "jobsight/reports.hpp"  // unknown_value_message

namespace jobsight {

// `--level` read: level names of SPEC 2.1 and the bands `junior` (intern, entry) and
// `senior-plus` (senior, lead, executive), comma-separated, any case, e.g. "junior,mid". Returns
// the levels in order from intern to executive, each once. Throws jobsight::Error naming the
// word and the accepted ones for anything else, or when nothing is named.
std::vector<std::string> levels_of(const std::string& level_option);

// `--remote` checked: onsite, hybrid or remote (any case), returned in lower case. Throws
// jobsight::Error otherwise.
std::string remote_mode_of(const std::string& remote_option);

// `--title` read: the words lower-cased (ASCII), every other ASCII byte that is not a letter or a
// digit read as a space, separated by single spaces ("Machine-Learning  ENGINEER" -> "machine
// learning engineer"), so the result holds no LIKE wildcard. Bytes above 127 (UTF-8 letters) are
// kept as they are. Throws jobsight::Error when no word is left, or when the text is not UTF-8
// (SQLite's LIKE would read a stray byte as U+FFFD, the kept counts by title word as itself).
std::string title_words_of(const std::string& title_option);

// `--employment-type` read: a canonical type or any spelling of it (normalise/employment_type.hpp),
// returned as the folded spellings of that type for SQL, ",fulltime,ft,permanent,". Throws
// jobsight::Error listing the accepted types otherwise.
std::string employment_type_spellings_of(const std::string& employment_type_option);

// The message for a --skill no skill is called: "unknown skill 'pythn'; did you mean 'python'?
// (see 'jobsight skills')". `spellings` are every skill name and alias; those closest to `skill`
// by edit distance (ignoring ASCII case), when close enough to be a typo, are suggested in lower
// case (at most three, alphabetically); otherwise the message only points to `jobsight skills`:
// "unknown skill 'kubernetes' (see 'jobsight skills')".
std::string unknown_skill_message(const std::string& skill,
                                  const std::vector<std::string>& spellings);

// `--confidence` checked: 0.90, 0.95 or 0.99. Throws jobsight::Error otherwise.
double confidence_of(double confidence_option);

}  // namespace jobsight
