#include "charts/svg_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace jobsight::charts {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // XML 1.0 refuses C0 controls other than tab, LF and CR even as character references.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string coordinate(double value) {
  if (!std::isfinite(value)) return "0.0";
  double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == 0.0) rounded = 0.0;  // no "-0.0"
  return fmt::format("{:.1f}", rounded);
}

SvgWriter::SvgWriter(double width, double height, std::string_view id, std::string_view title,
                     std::string_view description) {
  const std::string safe_id = xml_escape(id);
  out_ = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-labelledby=\"{2}-title {2}-desc\" "
      "font-family=\"sans-serif\" font-size=\"12\">\n"
      "<title id=\"{2}-title\">{3}</title>\n<desc id=\"{2}-desc\">{4}</desc>\n",
      coordinate(width), coordinate(height), safe_id, xml_escape(title), xml_escape(description));
}

void SvgWriter::rect(double x, double y, double w, double h, std::string_view attributes) {
  out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n", coordinate(x),
                      coordinate(y), coordinate(std::max(w, 0.0)), coordinate(std::max(h, 0.0)),
                      attributes);
}

void SvgWriter::line(double x1, double y1, double x2, double y2, std::string_view attributes) {
  out_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>\n", coordinate(x1),
                      coordinate(y1), coordinate(x2), coordinate(y2), attributes);
}

void SvgWriter::circle(double cx, double cy, double r, std::string_view attributes) {
  out_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}/>\n", coordinate(cx), coordinate(cy),
                      coordinate(r), attributes);
}

void SvgWriter::path(std::string_view d, std::string_view attributes) {
  out_ += fmt::format("<path d=\"{}\" {}/>\n", d, attributes);
}

void SvgWriter::text(double x, double y, std::string_view text, std::string_view attributes) {
  out_ += fmt::format("<text x=\"{}\" y=\"{}\" {}>{}</text>\n", coordinate(x), coordinate(y),
                      attributes, xml_escape(text));
}

void SvgWriter::begin_group(std::string_view attributes, std::string_view tooltip) {
  out_ += fmt::format("<g {}>", attributes);
  if (!tooltip.empty()) out_ += fmt::format("<title>{}</title>", xml_escape(tooltip));
  out_ += '\n';
}

void SvgWriter::end_group() {
  out_ += "</g>\n";
}

void SvgWriter::raw(std::string_view markup) {
  out_ += markup;
}

std::string SvgWriter::finish() const {
  return out_ + "</svg>\n";
}

}  // namespace jobsight::charts
