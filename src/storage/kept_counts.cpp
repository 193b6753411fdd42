#include "storage/kept_counts.hpp"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <functional>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/embedded_sql.hpp"
#include "storage/statement_helpers.hpp"
#include "util/mapped_arena.hpp"

namespace jobsight {
namespace {

// Up to three text values (unused ones empty), numbered in the order first met, for count keys
// that hash a few integers instead of several strings.
struct Interned {
  using Parts = std::array<std::string, 3>;
  struct Hash {
    std::size_t operator()(const Parts& parts) const {
      std::size_t h = 0;
      for (const std::string& part : parts) h = h * 1'000'003 ^ std::hash<std::string>{}(part);
      return h;
    }
  };
  std::unordered_map<Parts, std::uint32_t, Hash> ids;
  std::vector<Parts> values;

  std::uint32_t id(Parts parts) {
    auto [found, added] = ids.try_emplace(parts, static_cast<std::uint32_t>(values.size()));
    if (added) values.push_back(std::move(parts));
    return found->second;
  }
};

// Mixes the 64-bit values of a key into one hash.
std::size_t hash_of(std::initializer_list<std::uint64_t> values) {
  std::size_t h = 0;
  for (std::uint64_t v : values) {
    h ^= std::hash<std::uint64_t>{}(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  }
  return h;
}

// A level's hash (to_string of a level).
std::uint64_t level_bits(std::string_view level) {
  return static_cast<std::uint64_t>(std::hash<std::string_view>{}(level));
}

// posting_counts: month, place and industry as Interned ids, level and AI flag.
struct PostingKey {
  std::uint32_t month, place, industry;
  std::string_view level;  // to_string of a level: static text
  int ai;
  bool operator==(const PostingKey&) const = default;
  struct Hash {
    std::size_t operator()(const PostingKey& k) const {
      return hash_of({(std::uint64_t{k.month} << 32) | k.place,
                      (std::uint64_t{k.industry} << 1) | static_cast<std::uint64_t>(k.ai),
                      level_bits(k.level)});
    }
  };
};

// skill_counts: month, skill, level and AI flag.
struct SkillKey {
  std::uint32_t month;
  std::int64_t skill_id;
  std::string_view level;
  int ai;
  bool operator==(const SkillKey&) const = default;
  struct Hash {
    std::size_t operator()(const SkillKey& k) const {
      return hash_of({static_cast<std::uint64_t>(k.skill_id),
                      (std::uint64_t{k.month} << 1) | static_cast<std::uint64_t>(k.ai),
                      level_bits(k.level)});
    }
  };
};

// skill_country_counts (place) and skill_industry_counts (industry): month, the Interned place
// or industry, skill and AI flag.
struct SkillWhereKey {
  std::uint32_t month, where;
  std::int64_t skill_id;
  int ai;
  bool operator==(const SkillWhereKey&) const = default;
  struct Hash {
    std::size_t operator()(const SkillWhereKey& k) const {
      return hash_of({static_cast<std::uint64_t>(k.skill_id),
                      (std::uint64_t{k.month} << 33) | (std::uint64_t{k.where} << 1) |
                          static_cast<std::uint64_t>(k.ai)});
    }
  };
};

// skill_pair_counts: month, skill and the skill asked for with it.
struct SkillPairKey {
  std::uint32_t month;
  std::int64_t skill_id, with_skill_id;
  bool operator==(const SkillPairKey&) const = default;
  struct Hash {
    std::size_t operator()(const SkillPairKey& k) const {
      return hash_of({static_cast<std::uint64_t>(k.skill_id),
                      static_cast<std::uint64_t>(k.with_skill_id), k.month});
    }
  };
};

template <typename Key>
using Counts = std::pmr::unordered_map<Key, std::int64_t, typename Key::Hash>;

}  // namespace

struct KeptCountsBatch::Maps {
  MappedArena arena;    // the count maps' nodes, given back whole when the batch is stored
  Interned months;      // month, quarter, year keys
  Interned places;      // country code or '', country text when there is no code else '', region
  Interned industries;  // industry or ''
  Counts<PostingKey> postings{&arena};
  Counts<SkillKey> skills{&arena};
  Counts<SkillWhereKey> skill_places{&arena}, skill_industries{&arena};
  Counts<SkillPairKey> skill_pairs{&arena};
};

KeptCountsBatch::KeptCountsBatch() : maps_(std::make_unique<Maps>()) {}

KeptCountsBatch::~KeptCountsBatch() = default;

void KeptCountsBatch::add(const NormalisedPosting& p, std::span<const std::int64_t> skill_ids) {
  Maps& m = *maps_;
  const std::uint32_t month =
      m.months.id({p.posted.month_key(), p.posted.quarter_key(), p.posted.year_key()});
  const std::string_view level = to_string(p.seniority.level);
  const int ai = p.is_ai ? 1 : 0;
  // As posting_counts keeps a place: the code and region of a known country, else the text.
  const std::uint32_t place =
      p.country != nullptr ? m.places.id({p.country->alpha2, std::string(), p.country->region})
                           : m.places.id({std::string(), p.country_text, std::string()});
  const std::uint32_t industry = m.industries.id({p.industry, {}, {}});
  ++m.postings[{month, place, industry, level, ai}];
  for (std::int64_t skill : skill_ids) {
    ++m.skills[{month, skill, level, ai}];
    ++m.skill_places[{month, place, skill, ai}];
    ++m.skill_industries[{month, industry, skill, ai}];
    for (std::int64_t with : skill_ids) ++m.skill_pairs[{month, skill, with}];
  }
}

bool KeptCountsBatch::full() const {
  const Maps& m = *maps_;
  return m.postings.size() + m.skills.size() + m.skill_places.size() + m.skill_industries.size() +
             m.skill_pairs.size() >=
         kKeysInMemory;
}

namespace {

// The upsert of one kept count table, with the parameters every such table has (the month's
// keys and the count) found once, not for each row.
struct CountUpsert {
  CountUpsert(SQLite::Database& db, const char* query)
      : statement(db, std::string(embedded_query(query))),
        month_key(statement, ":month_key"),
        quarter_key(statement, ":quarter_key"),
        year_key(statement, ":year_key"),
        postings(statement, ":postings") {}
  CountUpsert(const CountUpsert&) = delete;
  CountUpsert& operator=(const CountUpsert&) = delete;

  void bind_month(const Interned::Parts& month) {
    month_key.bind(month[0]);
    quarter_key.bind(month[1]);
    year_key.bind(month[2]);
  }
  // Binds the count and runs the upsert.
  void run(std::int64_t count) {
    postings.bind(count);
    statement.exec();
    statement.reset();
  }

  SQLite::Statement statement;
  Parameter month_key, quarter_key, year_key, postings;
};

// A place's parameters, as posting_counts and skill_country_counts key it.
struct PlaceParameters {
  explicit PlaceParameters(SQLite::Statement& statement)
      : code(statement, ":country_code"),
        text(statement, ":country_text"),
        region(statement, ":region") {}
  void bind(const Interned::Parts& place) {
    code.bind(place[0]);
    text.bind(place[1]);
    region.bind(place[2]);
  }
  Parameter code, text, region;
};

}  // namespace

void KeptCountsBatch::store(SQLite::Database& db) {
  Maps& m = *maps_;
  {
    CountUpsert upsert(db, "posting_counts_upsert");
    PlaceParameters place(upsert.statement);
    Parameter industry(upsert.statement, ":industry"), level(upsert.statement, ":seniority"),
        ai(upsert.statement, ":is_ai");
    for (const auto& [key, count] : m.postings) {
      upsert.bind_month(m.months.values.at(key.month));
      place.bind(m.places.values.at(key.place));
      industry.bind(m.industries.values.at(key.industry)[0]);
      level.bind(std::string(key.level));
      ai.bind(static_cast<std::int64_t>(key.ai));
      upsert.run(count);
    }
  }
  {
    CountUpsert upsert(db, "skill_counts_upsert");
    Parameter skill(upsert.statement, ":skill_id"), level(upsert.statement, ":seniority"),
        ai(upsert.statement, ":is_ai");
    for (const auto& [key, count] : m.skills) {
      upsert.bind_month(m.months.values.at(key.month));
      skill.bind(key.skill_id);
      level.bind(std::string(key.level));
      ai.bind(static_cast<std::int64_t>(key.ai));
      upsert.run(count);
    }
  }
  {
    CountUpsert upsert(db, "skill_country_counts_upsert");
    PlaceParameters place(upsert.statement);
    Parameter skill(upsert.statement, ":skill_id"), ai(upsert.statement, ":is_ai");
    for (const auto& [key, count] : m.skill_places) {
      upsert.bind_month(m.months.values.at(key.month));
      place.bind(m.places.values.at(key.where));
      skill.bind(key.skill_id);
      ai.bind(static_cast<std::int64_t>(key.ai));
      upsert.run(count);
    }
  }
  {
    CountUpsert upsert(db, "skill_industry_counts_upsert");
    Parameter industry(upsert.statement, ":industry"), skill(upsert.statement, ":skill_id"),
        ai(upsert.statement, ":is_ai");
    for (const auto& [key, count] : m.skill_industries) {
      upsert.bind_month(m.months.values.at(key.month));
      industry.bind(m.industries.values.at(key.where)[0]);
      skill.bind(key.skill_id);
      ai.bind(static_cast<std::int64_t>(key.ai));
      upsert.run(count);
    }
  }
  {
    CountUpsert upsert(db, "skill_pair_counts_upsert");
    Parameter skill(upsert.statement, ":skill_id"), with(upsert.statement, ":with_skill_id");
    for (const auto& [key, count] : m.skill_pairs) {
      upsert.bind_month(m.months.values.at(key.month));
      skill.bind(key.skill_id);
      with.bind(key.with_skill_id);
      upsert.run(count);
    }
  }
  maps_ = std::make_unique<Maps>();  // the old arena's memory goes back to the system
}

}  // namespace jobsight
