#include "normalise/text_skills.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "util/text.hpp"

namespace jobsight {
namespace {

constexpr char32_t kNotACodePoint = 0xFFFFFFFF;

bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// U+00A0, no-break space, starts at text[i].
bool no_break_space_at(std::string_view text, std::size_t i) {
  return text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
}

// A spelling as the scan reads text: lower-cased ASCII, every run of whitespace (including
// no-break spaces) as one space, none at either end.
std::string normalise(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool space = is_space_byte(text[i]);
    if (no_break_space_at(text, i)) {
      space = true;
      ++i;
    }
    if (!space) {
      out.push_back(lower_ascii(text[i]));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Where a match that ends at `end` and is `length` bytes long once normalised starts in `text`:
// a run of whitespace in the text counts as the one space it reads as.
std::size_t match_start(std::string_view text, std::size_t end, std::size_t length) {
  std::size_t i = end;
  for (std::size_t read = 0; read < length; ++read) {
    bool space = false;
    while (i > 0 && (is_space_byte(text[i - 1]) || (i >= 2 && no_break_space_at(text, i - 2)))) {
      i -= is_space_byte(text[i - 1]) ? 1 : 2;
      space = true;
    }
    if (!space) --i;
  }
  return i;
}

// The code point of the UTF-8 sequence that starts at text[i]; kNotACodePoint when none does.
char32_t code_point_at(std::string_view text, std::size_t i) {
  auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return lead;
  std::size_t tail = 0;
  char32_t code = 0;
  if ((lead & 0xE0) == 0xC0) {
    tail = 1;
    code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    tail = 2;
    code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    tail = 3;
    code = lead & 0x07;
  } else {
    return kNotACodePoint;
  }
  for (std::size_t k = 1; k <= tail; ++k) {
    if (i + k >= text.size()) return kNotACodePoint;
    auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return kNotACodePoint;
    code = (code << 6) | (next & 0x3F);
  }
  return code;
}

// ASCII letters and digits, and the letters of Latin (with Latin-1, Extended-A/B and Additional),
// Greek and Cyrillic: the scripts that separate words with spaces.
bool is_word_code_point(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

bool word_character_at(std::string_view text, std::size_t i) {
  return i < text.size() && is_word_code_point(code_point_at(text, i));
}

bool word_character_before(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  return is_word_code_point(code_point_at(text, start));
}

void add_once(std::vector<std::int64_t>& ids, std::int64_t id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace

TextSkillMatcher::TextSkillMatcher()
    : transitions_(1, 0), node_pattern_(1, -1), node_output_link_(1, -1) {}

TextSkillMatcher::TextSkillMatcher(const std::vector<TextSkillPattern>& patterns) {
  // One pattern per normalised text.
  std::vector<std::string> texts;
  std::unordered_map<std::string, std::size_t> index;
  for (const TextSkillPattern& given : patterns) {
    std::string text = normalise(given.text);
    if (text.empty()) continue;
    auto [it, inserted] = index.emplace(text, patterns_.size());
    if (inserted) {
      Pattern pattern;
      pattern.length = text.size();
      pattern.is_text_form = given.is_text_form;
      pattern.ends_in_word_character = word_character_before(text, text.size());
      pattern.has_space = text.find(' ') != std::string::npos;
      pattern.skill_ids.push_back(given.skill_id);
      patterns_.push_back(std::move(pattern));
      texts.push_back(std::move(text));
    } else {
      Pattern& pattern = patterns_[it->second];
      pattern.is_text_form = pattern.is_text_form && given.is_text_form;
      add_once(pattern.skill_ids, given.skill_id);
    }
  }

  // The alphabet: one class per byte some pattern holds; class 0 for every other byte.
  for (const std::string& text : texts) {
    for (char c : text) {
      auto byte = static_cast<unsigned char>(c);
      if (byte_class_[byte] == 0) byte_class_[byte] = static_cast<std::uint16_t>(class_count_++);
    }
  }
  // The scan reads the text as it is: an upper-case letter is its lower-case letter, and any
  // whitespace byte is a space.
  for (char upper = 'A'; upper <= 'Z'; ++upper) {
    byte_class_[static_cast<unsigned char>(upper)] =
        byte_class_[static_cast<unsigned char>(lower_ascii(upper))];
  }
  for (char space : {'\t', '\r', '\n', '\v', '\f'}) {
    byte_class_[static_cast<unsigned char>(space)] = byte_class_[' '];
  }
  const std::size_t k = class_count_;

  // The trie; -1 marks a missing edge until the automaton is completed below.
  std::vector<std::int32_t> next(k, -1);
  node_pattern_.assign(1, -1);
  for (std::size_t p = 0; p < texts.size(); ++p) {
    std::size_t node = 0;
    for (char c : texts[p]) {
      std::size_t slot = node * k + byte_class_[static_cast<unsigned char>(c)];
      if (next[slot] < 0) {
        next[slot] = static_cast<std::int32_t>(node_pattern_.size());
        node_pattern_.push_back(-1);
        next.resize(next.size() + k, -1);
      }
      node = static_cast<std::size_t>(next[slot]);
    }
    node_pattern_[node] = static_cast<std::int32_t>(p);
  }

  // Breadth first: failure links, full transitions (a DFA) and output links.
  std::vector<std::int32_t> failure(node_pattern_.size(), 0);
  node_output_link_.assign(node_pattern_.size(), -1);
  std::deque<std::int32_t> queue;
  for (std::size_t c = 0; c < k; ++c) {
    std::int32_t child = next[c];
    if (child < 0) {
      next[c] = 0;
    } else {
      queue.push_back(child);
    }
  }
  while (!queue.empty()) {
    std::int32_t node = queue.front();
    queue.pop_front();
    auto fail = static_cast<std::size_t>(failure[static_cast<std::size_t>(node)]);
    for (std::size_t c = 0; c < k; ++c) {
      std::size_t slot = static_cast<std::size_t>(node) * k + c;
      std::int32_t child = next[slot];
      std::int32_t via_failure = next[fail * k + c];
      if (child < 0) {
        next[slot] = via_failure;
        continue;
      }
      auto child_index = static_cast<std::size_t>(child);
      failure[child_index] = via_failure;
      node_output_link_[child_index] =
          node_pattern_[static_cast<std::size_t>(via_failure)] >= 0
              ? via_failure
              : node_output_link_[static_cast<std::size_t>(via_failure)];
      queue.push_back(child);
    }
  }

  // The table the scan reads: each edge as its target's row, shifted left one bit, with the low
  // bit set when a pattern ends at the target (then the scan looks at outputs).
  transitions_.resize(next.size());
  for (std::size_t slot = 0; slot < next.size(); ++slot) {
    auto target = static_cast<std::size_t>(next[slot]);
    bool ends_a_pattern = node_pattern_[target] >= 0 || node_output_link_[target] >= 0;
    transitions_[slot] = static_cast<std::uint32_t>(((target * k) << 1) | (ends_a_pattern ? 1 : 0));
  }

  // A text form also counts the skills its own words name by a spelling that needs no context.
  for (std::size_t p = 0; p < patterns_.size(); ++p) {
    if (!patterns_[p].is_text_form) continue;
    for (const Match& match : matches_in(texts[p], false)) {
      for (std::int64_t id : patterns_[static_cast<std::size_t>(match.pattern)].skill_ids) {
        add_once(patterns_[p].skill_ids, id);
      }
    }
  }
}

std::vector<std::int64_t> TextSkillMatcher::skill_ids_in(std::string_view text) const {
  std::vector<std::int64_t> ids;
  if (patterns_.empty()) return ids;
  for (const Match& match : matches_in(text, true)) {
    for (std::int64_t id : patterns_[static_cast<std::size_t>(match.pattern)].skill_ids) {
      add_once(ids, id);
    }
  }
  return ids;
}

std::vector<TextSkillMatcher::Match> TextSkillMatcher::matches_in(std::string_view text,
                                                                  bool with_text_forms) const {
  // Every acceptable match, found in order of where it ends...
  std::vector<Match> found;
  std::size_t row = 0;
  bool after_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    bool space = is_space_byte(text[i]);
    if (byte == 0xC2 && no_break_space_at(text, i)) {
      space = true;
      byte = ' ';
      ++i;
    }
    if (space && after_space) continue;  // a run of whitespace reads as one space
    after_space = space;
    std::uint32_t edge = transitions_[row + byte_class_[byte]];
    row = edge >> 1;
    if ((edge & 1) == 0) continue;
    std::size_t state = row / class_count_;
    std::int32_t node =
        node_pattern_[state] >= 0 ? static_cast<std::int32_t>(state) : node_output_link_[state];
    for (; node >= 0; node = node_output_link_[static_cast<std::size_t>(node)]) {
      std::int32_t p = node_pattern_[static_cast<std::size_t>(node)];
      const Pattern& pattern = patterns_[static_cast<std::size_t>(p)];
      if (pattern.is_text_form && !with_text_forms) continue;
      std::size_t begin =
          pattern.has_space ? match_start(text, i + 1, pattern.length) : i + 1 - pattern.length;
      Match match{begin, i + 1, p};
      if (accepts(text, match)) found.push_back(match);
    }
  }
  // ... then leftmost first, longest first among those, none overlapping one taken before.
  std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Match> taken;
  std::size_t resume = 0;
  for (const Match& match : found) {
    if (match.begin < resume) continue;
    taken.push_back(match);
    resume = match.end;
  }
  return taken;
}

bool TextSkillMatcher::accepts(std::string_view text, const Match& match) const {
  const Pattern& pattern = patterns_[static_cast<std::size_t>(match.pattern)];
  if (word_character_before(text, match.begin)) return false;
  if (pattern.ends_in_word_character && word_character_at(text, match.end)) return false;
  if (pattern.is_text_form) {
    char before = match.begin > 0 ? text[match.begin - 1] : ' ';
    char after = match.end < text.size() ? text[match.end] : ' ';
    if (before == '-' || before == '&') return false;
    if (after == '-' || after == '&' || after == '+' || after == '#') return false;
  }
  return true;
}

}  // namespace jobsight
