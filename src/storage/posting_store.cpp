#include "storage/posting_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "storage/database_failure.hpp"
#include "storage/embedded_sql.hpp"
#include "storage/kept_counts.hpp"
#include "storage/shared_columns.hpp"
#include "storage/sqlite_connection.hpp"
#include "storage/statement_helpers.hpp"
#include "util/text_words.hpp"

namespace jobsight {
namespace {

constexpr const char* kInsertPosting =
    "INSERT INTO postings (identity, source, external_id, import_id, source_line, posted_date, "
    "month_key, quarter_key, year_key, title, company_id, industry, country_text, country_code, "
    "region, city, seniority_given, seniority, seniority_inferred, employment_type, remote, "
    "salary_min, salary_max, salary, salary_currency, salary_period, pay_status, pay_usd_annual, "
    "pay_outlier, is_ai, ai_by_title, description, pay_text, pay_period_inferred, "
    "pay_currency_assumed, pay_problem, state, experience_given, seniority_method, title_words) "
    "VALUES (:identity, :source, :external_id, :import_id, :source_line, :date, :month_key, "
    ":quarter_key, :year_key, :title, :company_id, :industry, :country_text, :country_code, "
    ":region, :city, :seniority_given, :seniority, :seniority_inferred, :employment_type, "
    ":remote, :salary_min, :salary_max, :salary, :salary_currency, :salary_period, :pay_status, "
    ":pay_usd_annual, :pay_outlier, :is_ai, :ai_by_title, :description, :pay_text, "
    ":pay_period_inferred, :pay_currency_assumed, :pay_problem, :state, :experience_given, "
    ":seniority_method, :title_words) "
    // No conflict target: while a large import has set postings_by_identity aside there is no
    // unique index to name, and posting_id is always new, so nothing conflicts.
    "ON CONFLICT DO NOTHING";

}  // namespace

struct PostingWriter::Statements {
  explicit Statements(SQLite::Database& db)
      : insert_posting(db, kInsertPosting),
        insert_link(db,
                    "INSERT OR IGNORE INTO posting_skills (posting_id, skill_id, from_text) VALUES "
                    "(?, ?, ?)"),
        find_company(db, "SELECT company_id FROM companies WHERE name = ?"),
        insert_company(db, "INSERT INTO companies (name) VALUES (?)"),
        delete_company(db, "DELETE FROM companies WHERE company_id = ?"),
        find_skill(db, "SELECT skill_id FROM skills WHERE name = ?"),
        insert_skill(db,
                     "INSERT INTO skills (name, category, from_taxonomy) VALUES (?, 'other', 0)"),
        shared(insert_posting),
        identity(insert_posting, ":identity"),
        source(insert_posting, ":source"),
        external_id(insert_posting, ":external_id"),
        title(insert_posting, ":title"),
        title_words(insert_posting, ":title_words"),
        company_id(insert_posting, ":company_id"),
        industry(insert_posting, ":industry"),
        city(insert_posting, ":city"),
        seniority_given(insert_posting, ":seniority_given"),
        employment_type(insert_posting, ":employment_type"),
        remote(insert_posting, ":remote"),
        salary_min(insert_posting, ":salary_min"),
        salary_max(insert_posting, ":salary_max"),
        salary(insert_posting, ":salary"),
        salary_currency(insert_posting, ":salary_currency"),
        salary_period(insert_posting, ":salary_period"),
        ai_by_title(insert_posting, ":ai_by_title"),
        description(insert_posting, ":description"),
        state(insert_posting, ":state"),
        experience_given(insert_posting, ":experience_given") {}

  SQLite::Statement insert_posting, insert_link, find_company, insert_company, delete_company,
      find_skill, insert_skill;
  SharedColumns shared;
  Parameter identity, source, external_id, title, title_words, company_id, industry, city,
      seniority_given, employment_type, remote, salary_min, salary_max, salary, salary_currency,
      salary_period, ai_by_title, description, state, experience_given;
  std::unordered_map<std::string, std::int64_t> companies;
  std::unordered_map<std::string, std::int64_t> new_skills;  // lower-case name -> id
  // The postings and skill links stored since the last store_counts, counted.
  KeptCountsBatch counts;
  std::vector<std::int64_t> linked;  // the skills of the posting being stored, each once
};

namespace {

// The id of the row `find` finds for `key`, else of the row `insert` adds for it (then
// `*inserted`, when given, is set).
std::int64_t find_or_insert(SQLite::Database& db, SQLite::Statement& find,
                            SQLite::Statement& insert, const std::string& key,
                            bool* inserted = nullptr) {
  std::int64_t id = 0;
  find.bind(1, key);
  if (find.executeStep()) {
    id = find.getColumn(0).getInt64();
  } else {
    insert.bind(1, key);
    insert.exec();
    insert.reset();
    id = db.getLastInsertRowid();
    if (inserted != nullptr) *inserted = true;
  }
  find.reset();
  return id;
}

}  // namespace

PostingWriter::PostingWriter(Database& db, std::int64_t import_id)
    : db_(db), import_id_(import_id), statements_(with_database_errors(db, [&] {
        return std::make_unique<Statements>(sqlite_of(db));
      })) {}

PostingWriter::~PostingWriter() = default;

bool PostingWriter::insert(const NormalisedPosting& p, std::size_t source_line) {
  const bool stored = with_database_errors(db_, [&] {
    Statements& s = *statements_;
    SQLite::Database& db = sqlite_of(db_);
    s.shared.bind(import_id_, source_line, p.posted, p);
    s.identity.bind(p.identity);
    s.source.bind(p.source);
    s.external_id.bind_text_or_null(p.external_id);
    s.title.bind(p.title);
    s.title_words.bind(p.title_words);
    bool new_company = false;  // made for this posting
    if (p.company.empty()) {
      s.company_id.bind_null();
    } else {
      auto known = s.companies.find(p.company);
      if (known == s.companies.end()) {
        const std::int64_t id =
            find_or_insert(db, s.find_company, s.insert_company, p.company, &new_company);
        known = s.companies.emplace(p.company, id).first;
      }
      s.company_id.bind(known->second);
    }
    s.industry.bind_text_or_null(p.industry);
    s.city.bind_text_or_null(p.city);
    s.seniority_given.bind_text_or_null(p.seniority_given);
    s.employment_type.bind_text_or_null(p.employment_type);
    s.remote.bind(p.remote);
    s.salary_min.bind(p.salary_min);
    s.salary_max.bind(p.salary_max);
    s.salary.bind(p.salary);
    s.salary_currency.bind_text_or_null(p.salary_currency);
    s.salary_period.bind_text_or_null(p.salary_period);
    s.ai_by_title.bind(p.ai_by_title);
    s.description.bind_text_or_null(p.description);
    s.state.bind_text_or_null(p.state);
    s.experience_given.bind_text_or_null(p.experience_given);
    int changes = s.insert_posting.exec();
    s.insert_posting.reset();
    if (changes == 0) {
      // A duplicate: a company made for it alone goes again (remove_later_duplicates does the
      // same for the duplicates a large import finds at the end).
      if (new_company) {
        s.delete_company.bind(1, s.companies.at(p.company));
        s.delete_company.exec();
        s.delete_company.reset();
        s.companies.erase(p.company);
      }
      return false;
    }
    std::int64_t posting_id = db.getLastInsertRowid();
    s.linked.clear();
    for (const PostingSkill& skill : p.skills) {
      std::int64_t skill_id = skill.id;
      if (skill_id <= 0) {
        std::string key = to_lower(skill.name);
        auto known = s.new_skills.find(key);
        if (known == s.new_skills.end()) {
          // skills.name is COLLATE NOCASE: the first spelling met is the one kept.
          known = s.new_skills
                      .emplace(std::move(key),
                               find_or_insert(db, s.find_skill, s.insert_skill, skill.name))
                      .first;
        }
        skill_id = known->second;
      }
      s.insert_link.bind(1, posting_id);
      s.insert_link.bind(2, skill_id);
      s.insert_link.bind(3, skill.from_text ? 1 : 0);
      const int linked = s.insert_link.exec();  // 0 for a skill the posting names twice
      s.insert_link.reset();
      if (linked > 0) s.linked.push_back(skill_id);
    }
    s.counts.add(p, s.linked);
    return true;
  });
  if (statements_->counts.full()) store_counts();
  return stored;
}

void PostingWriter::store_counts() {
  with_database_errors(db_, [&] { statements_->counts.store(sqlite_of(db_)); });
}

namespace {

// The enum values of stored text; text no jobsight wrote ends the import.
std::string not_a_value(const char* column, const std::string& name) {
  return "postings." + std::string(column) + " holds '" + name + "', which jobsight never writes";
}

PayStatus pay_status_named(const std::string& name) {
  for (PayStatus status : {PayStatus::converted, PayStatus::none, PayStatus::unknown_currency,
                           PayStatus::unknown_period, PayStatus::invalid_amount}) {
    if (to_string(status) == name) return status;
  }
  throw DatabaseError(not_a_value("pay_status", name), not_a_value("pay_status", name), false);
}

PayProblem pay_problem_named(const std::string& name) {
  for (PayProblem problem :
       {PayProblem::none, PayProblem::unparsable, PayProblem::currency_conflict}) {
    if (to_string(problem) == name) return problem;
  }
  throw DatabaseError(not_a_value("pay_problem", name), not_a_value("pay_problem", name), false);
}

}  // namespace

PostingsTakenOut take_out_postings(SQLite::Database& sql) {
  PostingsTakenOut out;
  sql.exec(std::string(embedded_query("counts_take_out")));
  sql.exec(std::string(embedded_query("posting_counts_prune")));
  out.skill_links = sql.exec(
      "DELETE FROM posting_skills WHERE posting_id IN (SELECT posting_id FROM temp.postings_out)");
  out.postings = sql.exec(
      "DELETE FROM postings WHERE posting_id IN (SELECT posting_id FROM temp.postings_out)");
  out.companies = sql.exec(
      "DELETE FROM companies WHERE company_id IN (SELECT company_id FROM temp.postings_out) "
      "AND company_id NOT IN (SELECT company_id FROM postings WHERE company_id IS NOT NULL)");
  out.new_skills = sql.exec(
      "DELETE FROM skills WHERE from_taxonomy = 0 AND skill_id NOT IN "
      "(SELECT skill_id FROM posting_skills)");
  sql.exec("DROP TABLE temp.postings_out");
  return out;
}

std::vector<RemovedDuplicate> remove_later_duplicates(Database& db, std::int64_t import_id) {
  return with_database_errors(db, [&] {
    SQLite::Database& sql = sqlite_of(db);
    std::vector<RemovedDuplicate> removed;
    sql.exec(std::string(embedded_query("postings_identity_check")));
    sql.exec(kCreatePostingsOut);
    {
      SQLite::Statement later(sql, std::string(embedded_query("postings_later_duplicates")));
      Parameter(later, ":import_id").bind(import_id);
      SQLite::Statement keep(sql, "INSERT INTO temp.postings_out VALUES (?, ?)");
      while (later.executeStep()) {
        keep.bind(1, later.getColumn(0).getInt64());
        if (later.getColumn(1).isNull()) {
          keep.bind(2);
        } else {
          keep.bind(2, later.getColumn(1).getInt64());
        }
        keep.exec();
        keep.reset();
        removed.push_back(RemovedDuplicate{
            pay_status_named(later.getColumn(2).getString()),
            pay_problem_named(later.getColumn(3).getString()), later.getColumn(4).getInt() != 0,
            later.getColumn(5).getInt() != 0, later.getColumn(6).getInt() != 0});
      }
    }
    if (removed.empty()) {
      sql.exec("DROP TABLE temp.postings_out");
    } else {
      take_out_postings(sql);
    }
    sql.exec("DROP INDEX postings_identity_check");
    return removed;
  });
}

}  // namespace jobsight
