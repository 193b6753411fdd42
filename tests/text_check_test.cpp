#include "csv/text_check.hpp"

#include <catch2/catch.hpp>

using jobsight::describe_non_csv_input;
using jobsight::describe_text_problem;
using jobsight::find_text_problem;
using jobsight::TextProblem;

namespace {

template <std::size_t N>
std::string literal(const char (&text)[N]) {
  return std::string(text, N - 1);
}

}  // namespace

TEST_CASE("CSV text, with or without a UTF-8 BOM, is not refused", "[text_check]") {
  CHECK_FALSE(describe_non_csv_input("id,date,title\n1,2025-01-01,A\n", "a.csv"));
  CHECK_FALSE(describe_non_csv_input("\xEF\xBB\xBFid,title\n", "a.csv"));
  CHECK_FALSE(describe_non_csv_input("", "a.csv"));
  CHECK_FALSE(describe_non_csv_input("\n\nid,\ttitle\r\n", "a.csv"));
  // Legacy 8-bit text and control characters after the header are left to the rows.
  CHECK_FALSE(describe_non_csv_input("id,title\n1,Caf\xe9\x01\n", "a.csv"));
  CHECK_FALSE(describe_non_csv_input(literal("id,title\n1,A\0B\n"), "a.csv"));
}

TEST_CASE("compressed inputs are refused with the command that decompresses them", "[text_check]") {
  CHECK(describe_non_csv_input("\x1f\x8b\x08\x00", "d/jobs.csv.gz") ==
        "d/jobs.csv.gz: looks gzip-compressed; decompress it first (gunzip d/jobs.csv.gz)");
  CHECK(describe_non_csv_input("\x1f\x8b\x08\x00", "d/jobs.csv") ==
        "d/jobs.csv: looks gzip-compressed; decompress it first (gunzip -c d/jobs.csv > "
        "d/jobs-decompressed.csv)");
  CHECK(describe_non_csv_input("\x1f\x8b", "<stdin>") ==
        "<stdin>: looks gzip-compressed; pipe it through 'gunzip -c' first");
  CHECK(describe_non_csv_input("BZh91AY", "a.bz2") ==
        "a.bz2: looks bzip2-compressed; decompress it first (bunzip2 a.bz2)");
  CHECK(describe_non_csv_input(literal("\xfd"
                                       "7zXZ\0\0"),
                               "a.xz") ==
        "a.xz: looks xz-compressed; decompress it first (unxz a.xz)");
  CHECK(describe_non_csv_input("\x28\xb5\x2f\xfd", "a.zst") ==
        "a.zst: looks zstd-compressed; decompress it first (unzstd a.zst)");
  CHECK(describe_non_csv_input("PK\x03\x04", "book.xlsx") ==
        "book.xlsx: looks like a ZIP archive (an Excel .xlsx workbook is one), not CSV text; "
        "unzip it, or save the sheet as CSV UTF-8, first");
}

TEST_CASE("UTF-16 and UTF-32 are recognised by their byte order mark or their NULs",
          "[text_check]") {
  const std::string advice = "; jobsight reads UTF-8 only: convert it first: iconv -f ";
  CHECK(describe_non_csv_input(literal("\xff\xfei\0d\0"), "w.csv") ==
        "w.csv: is UTF-16 text (little-endian, with a byte order mark)" + advice +
            "UTF-16 -t UTF-8 w.csv > w-utf8.csv");
  CHECK(describe_non_csv_input(literal("\xfe\xff\0i\0d"), "w.csv") ==
        "w.csv: is UTF-16 text (big-endian, with a byte order mark)" + advice +
            "UTF-16 -t UTF-8 w.csv > w-utf8.csv");
  CHECK(describe_non_csv_input(literal("i\0d\0,\0t\0"), "w.csv") ==
        "w.csv: looks like UTF-16 text (little-endian, no byte order mark: every other byte is "
        "NUL)" +
            advice + "UTF-16LE -t UTF-8 w.csv > w-utf8.csv");
  CHECK(describe_non_csv_input(literal("\0i\0d\0,\0t"), "<stdin>") ==
        "<stdin>: looks like UTF-16 text (big-endian, no byte order mark: every other byte is "
        "NUL); jobsight reads UTF-8 only: pipe it through 'iconv -f UTF-16BE -t UTF-8' first");
  CHECK(describe_non_csv_input(literal("\xff\xfe\0\0i\0\0\0"), "w.csv") ==
        "w.csv: is UTF-32 text (little-endian, with a byte order mark)" + advice +
            "UTF-32 -t UTF-8 w.csv > w-utf8.csv");
  CHECK(describe_non_csv_input(literal("\0\0\xfe\xff\0\0\0i"), "w.csv") ==
        "w.csv: is UTF-32 text (big-endian, with a byte order mark)" + advice +
            "UTF-32 -t UTF-8 w.csv > w-utf8.csv");
}

TEST_CASE("binary formats and a header line with NUL or control bytes are not CSV",
          "[text_check]") {
  const std::string tail = "; jobsight imports CSV text (UTF-8)";
  CHECK(describe_non_csv_input(literal("\x7f"
                                       "ELF\x02"),
                               "x") ==
        "x: not a CSV file: it looks like an ELF executable or library" + tail);
  CHECK(describe_non_csv_input("%PDF-1.7\n", "x") ==
        "x: not a CSV file: it looks like a PDF document" + tail);
  CHECK(describe_non_csv_input(literal("SQLite format 3\0"), "x") ==
        "x: not a CSV file: it looks like an SQLite database (a database is named with --db, "
        "not imported)" +
            tail);
  CHECK(describe_non_csv_input(literal("\n\nab\0c\n"), "x") ==
        "x: not a CSV file: it looks binary (a NUL byte at byte 3 of the first line, which "
        "should be the header)" +
            tail);
  CHECK(describe_non_csv_input("id,\x1b[2Jtitle\n", "x") ==
        "x: not a CSV file: it looks binary (control byte 0x1B at byte 4 of the first line, "
        "which should be the header)" +
            tail);
}

TEST_CASE("find_text_problem finds the first NUL or invalid UTF-8 sequence", "[text_check]") {
  CHECK_FALSE(find_text_problem(""));
  CHECK_FALSE(find_text_problem("plain ASCII, tabs\t and \x01 controls"));
  CHECK_FALSE(find_text_problem("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbf"));
  auto at = [](std::string_view text) {
    std::optional<TextProblem> problem = find_text_problem(text);
    REQUIRE(problem);
    return std::pair{problem->kind, problem->offset};
  };
  using Kind = TextProblem::Kind;
  CHECK(at(literal("ab\0c")) == std::pair{Kind::nul_byte, std::size_t{2}});
  CHECK(at("Caf\xe9") == std::pair{Kind::invalid_utf8, std::size_t{3}});   // Latin-1
  CHECK(at("x\xc3") == std::pair{Kind::invalid_utf8, std::size_t{1}});     // truncated
  CHECK(at("\x80") == std::pair{Kind::invalid_utf8, std::size_t{0}});      // stray continuation
  CHECK(at("\xc0\xaf") == std::pair{Kind::invalid_utf8, std::size_t{0}});  // overlong
  CHECK(at("\xe0\x80\xaf") == std::pair{Kind::invalid_utf8, std::size_t{0}});
  CHECK(at("\xed\xa0\x80") == std::pair{Kind::invalid_utf8, std::size_t{0}});      // surrogate
  CHECK(at("\xf4\x90\x80\x80") == std::pair{Kind::invalid_utf8, std::size_t{0}});  // > U+10FFFF
  CHECK(at("\xf5\x80\x80\x80") == std::pair{Kind::invalid_utf8, std::size_t{0}});
  CHECK(at("\xe2\x82") == std::pair{Kind::invalid_utf8, std::size_t{0}});
}

TEST_CASE("describe_text_problem names the column, the byte and what to do", "[text_check]") {
  CHECK(describe_text_problem({TextProblem::Kind::invalid_utf8, 3, 0xE9}, "title") ==
        "invalid UTF-8 in column title (byte 0xE9 at byte 4 of the field): jobsight reads UTF-8 "
        "only; if the file is Latin-1 / Windows-1252, convert it (iconv -f WINDOWS-1252 -t "
        "UTF-8) and import again");
  CHECK(describe_text_problem({TextProblem::Kind::nul_byte, 0, 0}, "city") ==
        "NUL byte in column city (at byte 1 of the field): CSV text holds no NUL bytes; remove "
        "them (tr -d '\\000') and import again");
}
