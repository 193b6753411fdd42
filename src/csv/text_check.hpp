#pragma once
// Is this input CSV text at all, and is a field valid UTF-8 text (CSV layer)? jobsight reads
// UTF-8 only: compressed, binary, UTF-16 and UTF-32 files are refused with a message saying how
// to convert them, and a field holding a NUL byte or invalid UTF-8 (a Latin-1 / Windows-1252
// file) rejects its row, naming the column.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jobsight {

// How many bytes at the start of an input describe_non_csv_input wants to see.
inline constexpr std::size_t kSniffBytes = 8192;

// Why the input that starts with `head` (its first kSniffBytes bytes, or all of it when shorter)
// is not CSV text, as a complete message naming `name` ("<stdin>" for standard input) and saying
// what to do; nullopt when it may be CSV. In order:
// - compressed: gzip (1f 8b) "NAME: looks gzip-compressed; decompress it first (gunzip NAME)",
//   and likewise bzip2, xz, zstd and ZIP (which is also what an .xlsx workbook is);
// - a UTF-32 or UTF-16 byte order mark, or UTF-16 without one (at least 3 in 4 of the first
//   2-byte units are an ASCII byte beside a NUL): the encoding, and the iconv command converting
//   it to UTF-8;
// - the signature of a known binary format: ELF, PNG, JPEG, GIF, PDF, SQLite, OLE2 (.xls);
// - a NUL byte or another control byte (C0 other than tab, or DEL) in the first non-blank line,
//   which must be the header: "NAME: not a CSV file: it looks binary (...)".
// A UTF-8 byte order mark is fine. Text in a legacy 8-bit encoding passes here: its fields are
// caught by find_text_problem.
std::optional<std::string> describe_non_csv_input(std::string_view head, const std::string& name);

// What is wrong with a field's bytes as text.
struct TextProblem {
  enum class Kind { nul_byte, invalid_utf8 };
  Kind kind = Kind::nul_byte;
  std::size_t offset = 0;  // 0-based byte offset of the first bad byte in the field
  unsigned char byte = 0;  // that byte
};

// The first NUL byte or invalid UTF-8 sequence in `text` (overlong forms, surrogates, code points
// above U+10FFFF, stray continuation bytes and truncated sequences are invalid); nullopt when
// `text` is valid UTF-8 without NUL bytes. Other control characters are valid text.
std::optional<TextProblem> find_text_problem(std::string_view text);

// A reason for rejecting a row whose column `column` has `problem`, saying what to do, e.g.
// "invalid UTF-8 in column title (byte 0xE9 at byte 4 of the field): jobsight reads UTF-8 only;
// if the file is Latin-1 / Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8".
std::string describe_text_problem(const TextProblem& problem, const std::string& column);

}  // namespace jobsight
