#include "storage/posting_store.hpp"

#include "util/text_words.hpp"
#include "storage/statement_helpers.hpp"

namespace jobsight {

PostingWriter::PostingWriter(Database& db, std::int64_t import_id)
    : db_(db),
      import_id_(import_id),
      insert_posting_(db.sql(),
                      "INSERT INTO postings (identity, source, external_id, import_id, "
                      "source_line, posted_date, month_key, quarter_key, year_key, title, "
                      "company_id, industry, country_text, country_code, region, city, "
                      "seniority_given, seniority, seniority_inferred, employment_type, remote, "
                      "salary_min, salary_max, salary, salary_currency, salary_period, "
                      "pay_status, pay_usd_annual, pay_outlier, is_ai, ai_by_title, description) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                      "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, "
                      "?30, ?31, ?32) ON CONFLICT (identity) DO NOTHING"),
      insert_link_(db.sql(),
                   "INSERT OR IGNORE INTO posting_skills (posting_id, skill_id) VALUES (?, ?)"),
      find_company_(db.sql(), "SELECT company_id FROM companies WHERE name = ?"),
      insert_company_(db.sql(), "INSERT INTO companies (name) VALUES (?)"),
      find_skill_(db.sql(), "SELECT skill_id FROM skills WHERE name = ?"),
      insert_skill_(db.sql(),
                    "INSERT INTO skills (name, category, from_taxonomy) VALUES (?, 'other', 0)") {}

std::int64_t PostingWriter::company_id(const std::string& name) {
  auto it = companies_.find(name);
  if (it != companies_.end()) return it->second;
  std::int64_t id = 0;
  find_company_.bind(1, name);
  if (find_company_.executeStep()) {
    id = find_company_.getColumn(0).getInt64();
  } else {
    insert_company_.bind(1, name);
    insert_company_.exec();
    insert_company_.reset();
    id = db_.sql().getLastInsertRowid();
  }
  find_company_.reset();
  companies_.emplace(name, id);
  return id;
}

std::int64_t PostingWriter::skill_id(const PostingSkill& skill) {
  if (skill.id > 0) return skill.id;
  std::string key = to_lower(skill.name);
  auto it = new_skills_.find(key);
  if (it != new_skills_.end()) return it->second;
  std::int64_t id = 0;
  find_skill_.bind(1, skill.name);  // skills.name is COLLATE NOCASE
  if (find_skill_.executeStep()) {
    id = find_skill_.getColumn(0).getInt64();
  } else {
    insert_skill_.bind(1, skill.name);
    insert_skill_.exec();
    insert_skill_.reset();
    id = db_.sql().getLastInsertRowid();
  }
  find_skill_.reset();
  new_skills_.emplace(std::move(key), id);
  return id;
}

bool PostingWriter::insert(const NormalisedPosting& p, std::size_t source_line) {
  SQLite::Statement& s = insert_posting_;
  s.bind(1, p.identity);
  s.bind(2, p.source);
  bind_text_or_null(s, 3, p.external_id);
  s.bind(4, import_id_);
  s.bind(5, static_cast<std::int64_t>(source_line));
  s.bind(6, p.posted.iso());
  s.bind(7, p.posted.month_key());
  s.bind(8, p.posted.quarter_key());
  s.bind(9, p.posted.year_key());
  s.bind(10, p.title);
  if (p.company.empty()) {
    s.bind(11);
  } else {
    s.bind(11, company_id(p.company));
  }
  bind_text_or_null(s, 12, p.industry);
  bind_text_or_null(s, 13, p.country_text);
  if (p.country != nullptr) {
    s.bind(14, p.country->alpha2);
    bind_text_or_null(s, 15, p.country->region);
  } else {
    s.bind(14);
    s.bind(15);
  }
  bind_text_or_null(s, 16, p.city);
  bind_text_or_null(s, 17, p.seniority_given);
  s.bind(18, std::string(to_string(p.seniority.level)));
  s.bind(19, p.seniority.inferred ? 1 : 0);
  bind_text_or_null(s, 20, p.employment_type);
  bind_optional(s, 21, p.remote);
  bind_optional(s, 22, p.salary_min);
  bind_optional(s, 23, p.salary_max);
  bind_optional(s, 24, p.salary);
  bind_text_or_null(s, 25, p.salary_currency);
  bind_text_or_null(s, 26, p.salary_period);
  s.bind(27, std::string(to_string(p.pay_status)));
  bind_optional(s, 28, p.pay_usd_annual);
  s.bind(29, p.pay_outlier ? 1 : 0);
  s.bind(30, p.is_ai ? 1 : 0);
  s.bind(31, p.ai_by_title ? 1 : 0);
  bind_text_or_null(s, 32, p.description);
  int changes = s.exec();
  s.reset();
  if (changes == 0) return false;
  std::int64_t posting_id = db_.sql().getLastInsertRowid();
  for (const PostingSkill& skill : p.skills) {
    insert_link_.bind(1, posting_id);
    insert_link_.bind(2, skill_id(skill));
    insert_link_.exec();
    insert_link_.reset();
  }
  return true;
}

}  // namespace jobsight
