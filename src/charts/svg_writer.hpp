#pragma once
// Writing SVG text: shapes and labels with their coordinates rounded to one decimal, every piece
// of text escaped for XML. The charts build on it; it knows nothing of reports.

#include <string>
#include <string_view>

namespace jobsight::charts {

// `text` safe inside XML character data and attribute values: & < > " ' become entities, and
// control characters XML 1.0 does not allow (all of C0 but tab, LF and CR) become U+FFFD, so any
// cell a report holds can be written as it is.
std::string xml_escape(std::string_view text);

// `value` with one decimal and no "-0.0" ("12.5", "0.0", "-3.0"): the form every coordinate of a
// chart is written in, so that the same chart is the same text on every machine.
std::string coordinate(double value);

// One SVG document, written shape by shape. `attributes` arguments are raw attribute text
// (`class="bar faded"`) that the caller builds from fixed names; text content is escaped here.
class SvgWriter {
 public:
  // An SVG of `width` x `height` user units whose <title> is `title` and <desc> `description`
  // (read by screen readers), labelled by both (role="img", aria-labelledby).
  SvgWriter(double width, double height, std::string_view id, std::string_view title,
            std::string_view description);

  // <rect> at (x, y) of `w` x `h`; a negative size is drawn as zero.
  void rect(double x, double y, double w, double h, std::string_view attributes);
  // <line> from (x1, y1) to (x2, y2).
  void line(double x1, double y1, double x2, double y2, std::string_view attributes);
  // <circle> at (cx, cy) of radius r.
  void circle(double cx, double cy, double r, std::string_view attributes);
  // <path d="..."> with `d` as given (built with `coordinate`).
  void path(std::string_view d, std::string_view attributes);
  // <text> at (x, y) holding `text`, escaped.
  void text(double x, double y, std::string_view text, std::string_view attributes);
  // <g> with `attributes`; when `tooltip` is not empty it opens with <title>tooltip</title>, so
  // that a browser shows it on hover and a screen reader reads it. Close with end_group.
  void begin_group(std::string_view attributes, std::string_view tooltip = {});
  void end_group();
  // Markup written as it is (a <defs> block of fixed patterns).
  void raw(std::string_view markup);

  // The document, closed.
  std::string finish() const;

 private:
  std::string out_;
};

}  // namespace jobsight::charts
