#include "csv/text_check.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>

namespace jobsight {
namespace {

constexpr std::string_view kStdinName = "<stdin>";

std::string hex_byte(unsigned char byte) {
  std::array<char, 8> text{};
  std::snprintf(text.data(), text.size(), "0x%02X", byte);
  return text.data();
}

// `name` with its extension replaced: "dir/data.csv" + "-utf8.csv" -> "dir/data-utf8.csv".
std::string sibling_name(const std::string& name, std::string_view ending) {
  std::filesystem::path path(name);
  return (path.parent_path() / (path.stem().string() + std::string(ending))).string();
}

// How to decompress with `tool` (which removes `suffix` from names it decompresses in place).
std::string decompress_advice(const std::string& name, std::string_view tool,
                              std::string_view suffix) {
  const std::string command(tool);
  if (name == kStdinName) return "pipe it through '" + command + " -c' first";
  if (name.ends_with(suffix)) return "decompress it first (" + command + " " + name + ")";
  return "decompress it first (" + command + " -c " + name + " > " +
         sibling_name(name, "-decompressed.csv") + ")";
}

std::string iconv_advice(const std::string& name, std::string_view from) {
  const std::string command = "iconv -f " + std::string(from) + " -t UTF-8";
  if (name == kStdinName) return "pipe it through '" + command + "' first";
  return "convert it first: " + command + " " + name + " > " + sibling_name(name, "-utf8.csv");
}

struct Signature {
  std::string_view magic;
  std::string_view what;
};

constexpr std::array<Signature, 8> kBinarySignatures = {{
    {"\x7f"
     "ELF",
     "an ELF executable or library"},
    {"\x89PNG\r\n\x1a\n", "a PNG image"},
    {"\xff\xd8\xff", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {std::string_view("SQLite format 3\0", 16),
     "an SQLite database (a database is named with --db, not imported)"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "a legacy Office document such as an Excel .xls workbook (save the sheet as CSV UTF-8)"},
}};

bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

std::optional<std::string> utf16_or_32(std::string_view head, const std::string& name) {
  auto message = [&](std::string_view what, std::string_view iconv_from) {
    return name + ": " + std::string(what) +
           "; jobsight reads UTF-8 only: " + iconv_advice(name, iconv_from);
  };
  if (head.starts_with(std::string_view("\xff\xfe\0\0", 4))) {
    return message("is UTF-32 text (little-endian, with a byte order mark)", "UTF-32");
  }
  if (head.starts_with(std::string_view("\0\0\xfe\xff", 4))) {
    return message("is UTF-32 text (big-endian, with a byte order mark)", "UTF-32");
  }
  if (head.starts_with("\xff\xfe")) {
    return message("is UTF-16 text (little-endian, with a byte order mark)", "UTF-16");
  }
  if (head.starts_with("\xfe\xff")) {
    return message("is UTF-16 text (big-endian, with a byte order mark)", "UTF-16");
  }
  // Without a byte order mark: ASCII text in UTF-16 is every other byte NUL.
  const std::size_t units = std::min(head.size(), kSniffBytes) / 2;
  if (units < 2) return std::nullopt;
  std::size_t little = 0, big = 0;
  for (std::size_t i = 0; i < units; ++i) {
    const auto first = static_cast<unsigned char>(head[2 * i]);
    const auto second = static_cast<unsigned char>(head[2 * i + 1]);
    if (first != 0 && first < 0x80 && second == 0) ++little;
    if (first == 0 && second != 0 && second < 0x80) ++big;
  }
  if (little * 4 >= units * 3) {
    return message(
        "looks like UTF-16 text (little-endian, no byte order mark: every other byte is NUL)",
        "UTF-16LE");
  }
  if (big * 4 >= units * 3) {
    return message(
        "looks like UTF-16 text (big-endian, no byte order mark: every other byte is NUL)",
        "UTF-16BE");
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> describe_non_csv_input(std::string_view head, const std::string& name) {
  if (head.starts_with("\x1f\x8b")) {
    return name + ": looks gzip-compressed; " + decompress_advice(name, "gunzip", ".gz");
  }
  if (head.starts_with("BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9') {
    return name + ": looks bzip2-compressed; " + decompress_advice(name, "bunzip2", ".bz2");
  }
  if (head.starts_with(std::string_view("\xfd"
                                        "7zXZ\0",
                                        6))) {
    return name + ": looks xz-compressed; " + decompress_advice(name, "unxz", ".xz");
  }
  if (head.starts_with("\x28\xb5\x2f\xfd")) {
    return name + ": looks zstd-compressed; " + decompress_advice(name, "unzstd", ".zst");
  }
  if (head.starts_with("PK\x03\x04")) {
    return name +
           ": looks like a ZIP archive (an Excel .xlsx workbook is one), not CSV text; unzip it, "
           "or save the sheet as CSV UTF-8, first";
  }
  if (std::optional<std::string> unicode = utf16_or_32(head, name)) return unicode;
  for (const Signature& signature : kBinarySignatures) {
    if (head.starts_with(signature.magic)) {
      return name + ": not a CSV file: it looks like " + std::string(signature.what) +
             "; jobsight imports CSV text (UTF-8)";
    }
  }

  // The first non-blank line must be the header: names, never NUL or control bytes.
  std::size_t pos = head.starts_with("\xef\xbb\xbf") ? 3 : 0;
  while (pos < head.size() && (head[pos] == '\n' || head[pos] == '\r')) ++pos;
  const std::size_t line_start = pos;
  for (; pos < head.size() && head[pos] != '\n' && head[pos] != '\r'; ++pos) {
    const auto c = static_cast<unsigned char>(head[pos]);
    if (!is_control(c)) continue;
    const std::string what = c == 0 ? "a NUL byte" : "control byte " + hex_byte(c);
    return name + ": not a CSV file: it looks binary (" + what + " at byte " +
           std::to_string(pos - line_start + 1) +
           " of the first line, which should be the header); jobsight imports CSV text (UTF-8)";
  }
  return std::nullopt;
}

std::optional<TextProblem> find_text_problem(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char c = bytes[i];
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0) return TextProblem{TextProblem::Kind::nul_byte, i, c};
    // The lead byte fixes the length and the range of the second byte (RFC 3629, table 3-7 of
    // the Unicode standard): this excludes overlong forms, surrogates and values > U+10FFFF.
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return TextProblem{TextProblem::Kind::invalid_utf8, i, c};
    }
    if (i + 1 >= size || bytes[i + 1] < low || bytes[i + 1] > high) {
      return TextProblem{TextProblem::Kind::invalid_utf8, i, c};
    }
    for (std::size_t k = 2; k < length; ++k) {
      if (i + k >= size || bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) {
        return TextProblem{TextProblem::Kind::invalid_utf8, i, c};
      }
    }
    i += length;
  }
  return std::nullopt;
}

std::string describe_text_problem(const TextProblem& problem, const std::string& column) {
  const std::string where = " in column " + column + " (";
  const std::string at = " at byte " + std::to_string(problem.offset + 1) + " of the field)";
  if (problem.kind == TextProblem::Kind::nul_byte) {
    return "NUL byte" + where + at.substr(1) +
           ": CSV text holds no NUL bytes; remove them (tr -d '\\000') and import again";
  }
  return "invalid UTF-8" + where + "byte " + hex_byte(problem.byte) + at +
         ": jobsight reads UTF-8 only; if the file is Latin-1 / Windows-1252, convert it "
         "(iconv -f WINDOWS-1252 -t UTF-8) and import again";
}

}  // namespace jobsight
