#pragma once
// Finding taxonomy skills in running text: a posting's title and description (SPEC 2.3). One
// Aho-Corasick automaton over every spelling, built once, reads a text in a single pass.
//
// How a text is read:
// - ASCII letters are lower-cased (bytes >= 0x80 stay as they are) and every run of spaces, tabs,
//   CR, LF and no-break spaces reads as one space, in the text and in the spellings alike.
// - A match is whole words: the character before it is not a word character, nor is the one after
//   it when the spelling ends in a letter or digit ("Python", not "Pythonic"; but "C++17" and
//   "C#8" are C++ and C#). Word characters are ASCII letters and digits and the letters of the
//   Latin, Greek and Cyrillic scripts; punctuation, symbols and scripts written without spaces
//   (CJK) are not, so "•Python", "SQL—Python" and "熟悉Python" all find Python.
// - A text form (TextSkillPattern::is_text_form) is also refused when preceded by `-` or `&` or
//   followed by `-`, `&`, `+` or `#`: "in R&D", "with go-to-market", "with C-level", "in C++".
// - Longest match first: among the matches starting leftmost the longest is taken, then reading
//   resumes after it (leftmost-longest, non-overlapping). "Apache Spark SQL" is Apache Spark and
//   then SQL; "MySQL" is MySQL only.
// - A text form's own words may name other skills by a spelling that needs no context
//   ("spark sql" -> SQL, "ios swift" -> iOS, "r/python" -> Python): a match of the form counts
//   them too, after the form's own skills.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jobsight {

// A spelling that finds a skill in text: a taxonomy name or alias that needs no context, or an
// unambiguous text form of a skill whose short spellings do ("r programming", "in r").
struct TextSkillPattern {
  std::string text;  // any case; whitespace as in the text rules above
  std::int64_t skill_id = 0;
  bool is_text_form = false;
};

// An immutable multi-pattern matcher over taxonomy spellings. Cheap to read from several threads.
class TextSkillMatcher {
 public:
  // A matcher that finds nothing.
  TextSkillMatcher();
  // Builds the automaton. Patterns with the same text (after lower-casing) are one pattern whose
  // skills are all of theirs; it is a text form only when every one of them is. Blank patterns
  // are ignored.
  explicit TextSkillMatcher(const std::vector<TextSkillPattern>& patterns);

  // The skill ids `text` mentions, each once, in order of first mention.
  std::vector<std::int64_t> skill_ids_in(std::string_view text) const;

  // The number of distinct patterns.
  std::size_t pattern_count() const { return patterns_.size(); }

 private:
  struct Pattern {
    std::size_t length = 0;
    bool is_text_form = false;
    bool ends_in_word_character = false;
    bool has_space = false;
    std::vector<std::int64_t> skill_ids;
  };
  struct Match {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int32_t pattern = -1;
  };

  // The leftmost-longest matches in `text`, in order; text forms only when `with_text_forms`.
  std::vector<Match> matches_in(std::string_view text, bool with_text_forms) const;
  bool accepts(std::string_view text, const Match& match) const;

  std::vector<Pattern> patterns_;
  std::array<std::uint16_t, 256> byte_class_{};  // 0: a byte no pattern contains
  std::size_t class_count_ = 1;
  // The DFA: row (node * class_count_) + class -> the target's row << 1 | 1 when a pattern ends
  // at the target.
  std::vector<std::uint32_t> transitions_;
  std::vector<std::int32_t> node_pattern_;      // the pattern ending at a node, or -1
  std::vector<std::int32_t> node_output_link_;  // the longest proper suffix node with one, or -1
};

}  // namespace jobsight
