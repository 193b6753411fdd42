#include "storage/kept_counts.hpp"

#include <SQLiteCpp/Statement.h>
#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <array>
#include <functional>
#include <future>
#include <memory_resource>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "storage/embedded_sql.hpp"
#include "storage/statement_helpers.hpp"
#include "util/mapped_arena.hpp"
#include "util/text.hpp"

namespace jobsight {
namespace {

// Up to three text values (unused ones empty), numbered in the order first met, for count keys
// that hash a few integers instead of several strings.
struct Interned {
  using Parts = std::array<std::string, 3>;
  std::vector<Parts> values;  // by number
};

// The numbers of values met on every posting, found by a key that costs no copy (a month's
// number, a reference-data pointer, text looked up as a view). `make` gives the Parts of a key
// not met yet. Each key names one value, and two keys with the same Parts (none in practice)
// would only make two rows of one upsert's key, which adds them.
template <typename Key, typename Hash = std::hash<Key>, typename Equal = std::equal_to<Key>>
struct InternedBy {
  std::unordered_map<Key, std::uint32_t, Hash, Equal> ids;

  template <typename Lookup, typename Make>
  std::uint32_t id(Interned& interned, const Lookup& key, Make make) {
    auto found = ids.find(key);
    if (found != ids.end()) return found->second;
    const auto id = static_cast<std::uint32_t>(interned.values.size());
    interned.values.push_back(make());
    ids.emplace(Key(key), id);
    return id;
  }
};

using InternedByText = InternedBy<std::string, TextHash, std::equal_to<>>;

// The count keys hold small numbers only (a level as its Seniority's value, the AI flag as 0 or
// 1, the widest first), so that a key with its count takes 24 or 32 bytes of a map's array
// rather than 40-48: the batch keeps 700,000 keys in about the memory 400,000 took (see
// kKeysInMemory). Each distinct word interned makes at least one key, so the words held are
// bounded by it too.

// posting_counts: month, place and industry as Interned ids, level and AI flag.
struct PostingKey {
  std::uint32_t month, place, industry;
  std::uint8_t level, ai;
  bool operator==(const PostingKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const PostingKey& k) {
    return H::combine(std::move(h), k.month, k.place, k.industry, k.level, k.ai);
  }
};

// skill_counts: skill, month, level and AI flag.
struct SkillKey {
  std::int64_t skill_id;
  std::uint32_t month;
  std::uint8_t level, ai;
  bool operator==(const SkillKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const SkillKey& k) {
    return H::combine(std::move(h), k.skill_id, k.month, k.level, k.ai);
  }
};

// skill_country_counts (place) and skill_industry_counts (industry): skill, month, the Interned
// place or industry and AI flag.
struct SkillWhereKey {
  std::int64_t skill_id;
  std::uint32_t month, where;
  std::uint8_t ai;
  bool operator==(const SkillWhereKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const SkillWhereKey& k) {
    return H::combine(std::move(h), k.skill_id, k.month, k.where, k.ai);
  }
};

// skill_pair_counts: skill, the skill asked for with it (the lower id first; both ways round in
// the table) and month.
struct SkillPairKey {
  std::int64_t skill_id, with_skill_id;
  std::uint32_t month;
  bool operator==(const SkillPairKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const SkillPairKey& k) {
    return H::combine(std::move(h), k.skill_id, k.with_skill_id, k.month);
  }
};

// title_word_counts: a word of the title as an Interned id, month, industry, level and AI flag.
struct TitleWordKey {
  std::uint32_t word, month, industry;
  std::uint8_t level, ai;
  bool operator==(const TitleWordKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const TitleWordKey& k) {
    return H::combine(std::move(h), k.word, k.month, k.industry, k.level, k.ai);
  }
};

// title_word_skill_counts: skill, a word of the title and month.
struct TitleWordSkillKey {
  std::int64_t skill_id;
  std::uint32_t word, month;
  bool operator==(const TitleWordSkillKey&) const = default;
  template <typename H>
  friend H AbslHashValue(H h, const TitleWordSkillKey& k) {
    return H::combine(std::move(h), k.skill_id, k.word, k.month);
  }
};

// The level a key holds, as the count tables store it.
std::string level_text(std::uint8_t level) {
  return std::string(to_string(static_cast<Seniority>(level)));
}

// A count per key, in one open-addressed array: a count met again costs one probe, where a
// node-based map walked a bucket's chain (5.6 times as long for the skill pairs of 1M postings).
// Its arrays live in the batch's MappedArena, apart from the heap.
template <typename Key>
using Counts =
    absl::flat_hash_map<Key, std::int64_t, absl::Hash<Key>, std::equal_to<Key>,
                        std::pmr::polymorphic_allocator<std::pair<const Key, std::int64_t>>>;

}  // namespace

struct KeptCountsBatch::Maps {
  MappedArena arena;    // the count maps' arrays, given back when outgrown or stored
  Interned months;      // month, quarter, year keys
  Interned places;      // country code or '', country text when there is no code else '', region
  Interned industries;  // industry or ''
  Interned words;       // a word of a title
  InternedBy<int> month_numbers;                   // year * 12 + month - 1
  InternedBy<const CountryInfo*> known_countries;  // a posting's country
  InternedByText country_texts, industry_texts;    // a country not known, an industry
  InternedByText word_texts;                       // a word of a title
  Counts<PostingKey> postings{&arena};
  Counts<SkillKey> skills{&arena};
  Counts<SkillWhereKey> skill_places{&arena}, skill_industries{&arena};
  Counts<SkillPairKey> skill_pairs{&arena};
  Counts<TitleWordKey> title_words{&arena};
  Counts<TitleWordSkillKey> title_word_skills{&arena};
};

// A stored posting as the counts key it: its month, place and industry as Interned ids (made
// by the writer), its level and AI flag, and how many of the chunk's skill ids and title word
// ids are its own.
struct KeptCountsBatch::Posting {
  std::uint32_t month, place, industry;
  std::uint8_t level, ai;
  std::uint32_t skills, words;
};

// Stored postings not counted yet, with their skill ids and the Interned ids of their titles'
// distinct words one after another, and an upper bound on the keys counting them adds.
struct KeptCountsBatch::Chunk {
  std::vector<Posting> postings;
  std::vector<std::int64_t> skill_ids;
  std::vector<std::uint32_t> word_ids;
  std::size_t key_bound = 0;
  void clear() {
    postings.clear();
    skill_ids.clear();
    word_ids.clear();
    key_bound = 0;
  }
};

KeptCountsBatch::KeptCountsBatch()
    : maps_(std::make_unique<Maps>()),
      pending_(std::make_unique<Chunk>()),
      in_flight_(std::make_unique<Chunk>()) {}

KeptCountsBatch::~KeptCountsBatch() {
  if (counting_.valid()) counting_.wait();  // the counting thread uses maps_ and in_flight_
}

void KeptCountsBatch::add(const NormalisedPosting& p, std::span<const std::int64_t> skill_ids) {
  Maps& m = *maps_;
  const Date& date = p.posted;
  const std::uint32_t month = m.month_numbers.id(m.months, date.year * 12 + date.month - 1, [&] {
    return Interned::Parts{date.month_key(), date.quarter_key(), date.year_key()};
  });
  // As posting_counts keeps a place: the code and region of a known country, else the text.
  const std::uint32_t place =
      p.country != nullptr
          ? m.known_countries.id(
                m.places, p.country,
                [&] {
                  return Interned::Parts{p.country->alpha2, std::string(), p.country->region};
                })
          : m.country_texts.id(m.places, std::string_view(p.country_text), [&] {
              return Interned::Parts{std::string(), p.country_text, std::string()};
            });
  const std::uint32_t industry =
      m.industry_texts.id(m.industries, std::string_view(p.industry), [&] {
        return Interned::Parts{p.industry, {}, {}};
      });
  Chunk& chunk = *pending_;
  // The distinct words of the title as stored (title_words: split by single spaces).
  const std::size_t first_word = chunk.word_ids.size();
  std::string_view rest = p.title_words;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (word.empty()) continue;
    chunk.word_ids.push_back(m.word_texts.id(m.words, word, [&] {
      return Interned::Parts{std::string(word), {}, {}};
    }));
  }
  // Each distinct word once (sorted: a title of many words costs w log w, not w²).
  const auto begin = chunk.word_ids.begin() + static_cast<std::ptrdiff_t>(first_word);
  std::sort(begin, chunk.word_ids.end());
  chunk.word_ids.erase(std::unique(begin, chunk.word_ids.end()), chunk.word_ids.end());
  const std::size_t k = skill_ids.size();
  const std::size_t w = chunk.word_ids.size() - first_word;
  chunk.postings.push_back({month, place, industry, static_cast<std::uint8_t>(p.seniority.level),
                            static_cast<std::uint8_t>(p.is_ai ? 1 : 0),
                            static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(w)});
  chunk.skill_ids.insert(chunk.skill_ids.end(), skill_ids.begin(), skill_ids.end());
  chunk.key_bound += 1 + 3 * k + k * (k + 1) / 2 + w * (1 + k);
  if (chunk.key_bound >= kKeysPerChunk) hand_over();
}

void KeptCountsBatch::count(const Chunk& chunk, Maps& m) {
  std::size_t next_skill = 0, next_word = 0;
  for (const Posting& p : chunk.postings) {
    ++m.postings[{p.month, p.place, p.industry, p.level, p.ai}];
    const std::span<const std::int64_t> skill_ids(chunk.skill_ids.data() + next_skill, p.skills);
    next_skill += p.skills;
    const std::span<const std::uint32_t> word_ids(chunk.word_ids.data() + next_word, p.words);
    next_word += p.words;
    for (const std::uint32_t word : word_ids) {
      ++m.title_words[{word, p.month, p.industry, p.level, p.ai}];
      for (const std::int64_t skill : skill_ids) ++m.title_word_skills[{skill, word, p.month}];
    }
    for (std::size_t i = 0; i < skill_ids.size(); ++i) {
      const std::int64_t skill = skill_ids[i];
      ++m.skills[{skill, p.month, p.level, p.ai}];
      ++m.skill_places[{skill, p.month, p.place, p.ai}];
      ++m.skill_industries[{skill, p.month, p.industry, p.ai}];
      // Each pair once, the lower id first; store() adds it both ways round.
      for (std::size_t j = i; j < skill_ids.size(); ++j) {
        const std::int64_t with = skill_ids[j];
        ++m.skill_pairs[{std::min(skill, with), std::max(skill, with), p.month}];
      }
    }
  }
}

void KeptCountsBatch::wait_for_counting() {
  if (counting_.valid()) {
    counting_.get();  // rethrows what the counting thread threw
    in_flight_->clear();
  }
  const Maps& m = *maps_;
  counted_keys_ = m.postings.size() + m.skills.size() + m.skill_places.size() +
                  m.skill_industries.size() + m.skill_pairs.size() + m.title_words.size() +
                  m.title_word_skills.size();
}

void KeptCountsBatch::hand_over() {
  wait_for_counting();
  std::swap(pending_, in_flight_);
  try {
    counting_ = std::async(std::launch::async, [this] { count(*in_flight_, *maps_); });
  } catch (const std::system_error&) {
    count(*in_flight_, *maps_);  // no thread to be had: counted here
    in_flight_->clear();
  }
}

bool KeptCountsBatch::full() const {
  return counted_keys_ + in_flight_->key_bound + pending_->key_bound >= kKeysInMemory;
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
  wait_for_counting();
  count(*pending_, *maps_);
  pending_->clear();
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
      level.bind(level_text(key.level));
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
      level.bind(level_text(key.level));
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
      if (key.with_skill_id != key.skill_id) {  // the pair the other way round
        skill.bind(key.with_skill_id);
        with.bind(key.skill_id);
        upsert.run(count);
      }
    }
  }
  {
    CountUpsert upsert(db, "title_word_counts_upsert");
    Parameter word(upsert.statement, ":word"), industry(upsert.statement, ":industry"),
        level(upsert.statement, ":seniority"), ai(upsert.statement, ":is_ai");
    for (const auto& [key, count] : m.title_words) {
      upsert.bind_month(m.months.values.at(key.month));
      word.bind(m.words.values.at(key.word)[0]);
      industry.bind(m.industries.values.at(key.industry)[0]);
      level.bind(level_text(key.level));
      ai.bind(static_cast<std::int64_t>(key.ai));
      upsert.run(count);
    }
  }
  {
    CountUpsert upsert(db, "title_word_skill_counts_upsert");
    Parameter word(upsert.statement, ":word"), skill(upsert.statement, ":skill_id");
    for (const auto& [key, count] : m.title_word_skills) {
      upsert.bind_month(m.months.values.at(key.month));
      word.bind(m.words.values.at(key.word)[0]);
      skill.bind(key.skill_id);
      upsert.run(count);
    }
  }
  maps_ = std::make_unique<Maps>();  // the old arena's memory goes back to the system
  counted_keys_ = 0;
}

}  // namespace jobsight
