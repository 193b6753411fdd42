#include "storage/embedded_sql.hpp"

#include <stdexcept>
#include <string>

namespace jobsight {

std::string_view embedded_query(std::string_view name) {
  for (const EmbeddedSql& entry : embedded_queries()) {
    if (entry.name == name) return entry.text;
  }
  throw std::logic_error("no embedded query sql/queries/" + std::string(name) + ".sql");
}

}  // namespace jobsight
