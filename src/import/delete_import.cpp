#include "jobsight/error.hpp"
#include "jobsight/import.hpp"
#include "storage/import_store.hpp"

namespace jobsight {

DeletedImport delete_import(Database& db, std::int64_t import_id) {
  std::optional<ImportRemoval> removed = remove_import_run(db, import_id);
  if (!removed) {
    throw Error("there is no import " + std::to_string(import_id) +
                "; 'jobsight imports' lists them");
  }
  DeletedImport deleted;
  deleted.import_id = import_id;
  deleted.kind = removed->kind;
  deleted.file_name = removed->file_name;
  deleted.postings = removed->postings;
  deleted.skill_links = removed->skill_links;
  deleted.observations = removed->observations;
  deleted.rejected_rows = removed->rejected_rows;
  deleted.companies = removed->companies;
  deleted.new_skills = removed->new_skills;
  return deleted;
}

}  // namespace jobsight
