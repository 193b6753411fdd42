#include <fmt/format.h>

#include "charts/svg_writer.hpp"
#include "jobsight/charts.hpp"

namespace jobsight {
namespace {

using charts::xml_escape;

// System fonts only (nothing fetched); the print rules keep a chart and its table together and
// drop the contents list and the colours of the page around them.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  margin: 0 auto; padding: 1.5rem; max-width: 64rem; color: #111; background: #fff;
  line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.25rem; border-bottom: 1px solid #ccc; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
nav ul { columns: 3; padding-left: 1.2rem; }
figure { margin: 0.75rem 0; }
figure svg { max-width: 100%; height: auto; }
.lead { margin: 0.25rem 0; color: #333; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.45rem; vertical-align: top; }
th { background: #f2f2f2; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.command { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem;
  color: #333; }
.empty { font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  section { break-inside: avoid-page; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8pt; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
}
)";

std::string table_html(const HtmlTable& table) {
  std::string out = "<div class=\"table-wrap\"><table>\n<thead><tr>";
  for (const std::string& header : table.headers)
    out += "<th scope=\"col\">" + xml_escape(header) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool numeric = c < table.numeric.size() && table.numeric[c];
      out += (numeric ? "<td class=\"num\">" : "<td>") + xml_escape(row[c]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table></div>\n";
}

}  // namespace

std::string html_page(const HtmlPage& page) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\"/>\n"
      "<meta name=\"generator\" content=\"jobsight\"/>\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
      xml_escape(page.title), kStyle, xml_escape(page.title));
  if (!page.facts.empty()) {
    out += "<dl class=\"facts\">\n";
    for (const auto& [label, value] : page.facts) {
      out += "<dt>" + xml_escape(label) + "</dt><dd>" + xml_escape(value) + "</dd>\n";
    }
    out += "</dl>\n";
  }
  out += "</header>\n";
  if (page.sections.size() > 1) {
    out += "<nav aria-label=\"Contents\"><ul>\n";
    for (const HtmlSection& section : page.sections) {
      out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", xml_escape(section.id),
                         xml_escape(section.heading));
    }
    out += "</ul></nav>\n";
  }
  out += "<main>\n";
  for (const HtmlSection& section : page.sections) {
    out += fmt::format(
        "<section id=\"{}\" aria-labelledby=\"{}-heading\">\n<h2 id=\"{}-heading\">{}</h2>\n",
        xml_escape(section.id), xml_escape(section.id), xml_escape(section.id),
        xml_escape(section.heading));
    if (!section.lead.empty()) out += "<p class=\"lead\">" + xml_escape(section.lead) + "</p>\n";
    if (!section.svg.empty()) out += "<figure>\n" + section.svg + "</figure>\n";
    if (section.table.rows.empty() && !section.empty_text.empty()) {
      out += "<p class=\"empty\">" + xml_escape(section.empty_text) + "</p>\n";
    } else {
      out += table_html(section.table);
    }
    if (!section.command.empty()) {
      out += "<p class=\"command\">" + xml_escape(section.command) + "</p>\n";
    }
    out += "</section>\n";
  }
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace jobsight
