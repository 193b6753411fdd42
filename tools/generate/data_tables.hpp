// The generator's fixed data: trends, skills and their pools, roles, pay levels, places,
// industries, sources and description fragments. Definitions live in data_tables.cpp (trends,
// sources, description text), tables_skills.cpp, tables_roles.cpp and tables_places.cpp.
//
// Every value here shapes the output: changing, adding or reordering an entry changes the
// generated rows (and sample_data/postings.csv, whose trends sample_data/README.md describes).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace jobsight_generate {

// ---------------------------------------------------------------------------------------------
// Trends over time. f = years since 2022-01-01.

// How the popularity of a role or skill moves over the years.
enum class Trend : std::uint8_t { steady, genai, rising, mild_rising, mild_falling, falling };

// Number of Trend values.
constexpr std::size_t kTrendCount = 6;

// Weight multiplier of trend t at f years after 2022-01-01 (1.0 for steady).
double trend_factor(Trend t, double f);

// ---------------------------------------------------------------------------------------------
// Skills.

// Every skill the generator lists, as an index into kSkillTable; kSkillCount is their number.
// clang-format off
enum Sk : int {
  kPython, kSQL, kJava, kCpp, kScala, kRust, kGo, kJavaScript, kTypeScript, kReact, kNodeJS,
  kJQuery, kDocker, kKubernetes, kTerraform, kAWS, kGCP, kAzure, kLinux, kGit, kCICD, kAgile,
  kCommunication, kProjectManagement, kFigma, kSalesforce, kExcel, kTableau, kPowerBI, kLooker,
  kSnowflake, kDatabricks, kDbt, kSpark, kAirflow, kKafka, kHadoop, kPostgreSQL, kMongoDB, kRedis,
  kPandas, kNumPy, kRLang,
  // The AI cluster (category `ai` in the taxonomy).
  kMachineLearning, kDeepLearning, kNLP, kComputerVision, kGenerativeAI, kLLMs, kMLOps, kPyTorch,
  kTensorFlow, kKeras, kScikitLearn, kHuggingFace, kLangChain, kRAG, kPromptEngineering,
  kSkillCount
};
// clang-format on

// One skill: how it is spelled, whether it is an AI skill, its pay premium and trend.
struct SkillInfo {
  std::string_view name;                     // canonical spelling
  std::array<std::string_view, 2> variants;  // spellings the alias table maps to `name`
  bool ai = false;
  double premium = 1.0;  // pay multiplier for postings that ask for it
  Trend trend = Trend::steady;
};

// SkillInfo of every Sk, indexed by the Sk value (tables_skills.cpp).
extern const std::array<SkillInfo, kSkillCount> kSkillTable;

// A skill in a pool, with its relative weight there.
struct PoolItem {
  Sk skill;
  double weight;
};

// The skills a role family asks for, with weights (defined with the roles, tables_roles.cpp).
using Pool = std::vector<PoolItem>;

// ---------------------------------------------------------------------------------------------
// Roles.

// A job title and what goes with it: weight, pay, trend and skill pools.
struct Role {
  std::string_view title;  // base title (or the whole title for executive roles)
  bool ai;                 // an AI title
  double weight;
  double pay;  // pay factor vs US AI roles of the same level
  Trend trend;
  const Pool* pool;
  const Pool* ai_extra;  // non-AI roles: AI skills they may list
  double skill_ai_base;  // non-AI roles: chance of listing AI skills, base + slope * years
  double skill_ai_slope;
  int family;  // for descriptions: 0 engineering, 1 data, 2 business, 3 AI
};

// Roles below executive level; their titles get a level word ("Senior ", " Intern", ...).
extern const std::vector<Role> kRoles;

// Executive roles: the title carries the level itself and is used as is.
extern const std::vector<Role> kExecRoles;

// Seniority level of a posting.
enum class Level : std::uint8_t { intern, entry, mid, senior, lead, executive };

// Number of Level values.
constexpr int kLevelCount = 6;

// US annual base pay (USD, 2026 level) of AI roles by level, before city, skill premiums and noise,
// which together lift the medians by about 12% (2026 medians come out near 57k / 105k / 145k /
// 190k / 255k / 325k). Other roles scale by Role::pay.
inline constexpr std::array<double, kLevelCount> kUsAiPay{51000,  94000,  130000,
                                                          170000, 232000, 285000};

// ---------------------------------------------------------------------------------------------
// Places (tables_places.cpp).

// A city (or "Remote") of a country, with its weight and pay level within the country.
struct City {
  std::string_view name;
  double weight;
  double pay;
};

// A country: its spellings, currency, weight, pay level and cities.
struct Country {
  std::string_view name;
  std::string_view alpha2;
  std::string_view alpha3;
  std::string_view alias;  // another common spelling, empty when none is used
  std::string_view currency;
  double weight;
  double pay;        // pay level vs the US
  double per_usd;    // local currency units per USD (approximate 2024 averages)
  bool monthly_pay;  // postings there often state monthly pay
  std::vector<City> cities;
};

// The countries postings come from.
extern const std::vector<Country> kCountries;

// A location text that is not a country (kept verbatim by the tool, no region), with the
// currency its postings use.
struct UnknownPlace {
  std::string_view text;
  std::string_view currency;
};

// The location texts used instead of a country in a small share of postings.
extern const std::array<UnknownPlace, 6> kUnknownPlaces;

// Share of postings whose country column is one of kUnknownPlaces.
inline constexpr double kUnknownCountryShare = 0.0025;

// An industry: its weight, how AI-heavy it is over time, and its (made-up) companies.
struct Industry {
  std::string_view name;
  double weight;
  double ai_level;  // AI share multiplier at the start of 2022 ...
  double ai_slope;  // ... plus this per year (faster AI growth in Technology and Finance)
  std::vector<std::string_view> companies;
};

// The industries, each with its companies.
extern const std::vector<Industry> kIndustries;

// ---------------------------------------------------------------------------------------------
// AI share and sources.

// AI share of postings (by title) at 1 January of 2022 ... 2027; linear in between.
inline constexpr std::array<double, 6> kAiShareNodes{0.07, 0.095, 0.13, 0.175, 0.225, 0.275};

// Source names, in source-index order (0 linkedin, 1 indeed, 2 glassdoor, 3 company-site).
inline constexpr std::array<std::string_view, 4> kSources{"linkedin", "indeed", "glassdoor",
                                                          "company-site"};

// Relative weight of each source.
inline constexpr std::array<double, 4> kSourceWeights{40, 30, 15, 15};

// job_id prefix of each source.
inline constexpr std::array<std::string_view, 4> kIdPrefixes{"LI-", "IN-", "GD-", "CS-"};

// Share of each source's postings that leave job_id empty.
inline constexpr std::array<double, 4> kNoIdShare{0.005, 0.02, 0.005, 0.12};

// ---------------------------------------------------------------------------------------------
// Description fragments (data_tables.cpp).

// Teams by role family (engineering, data, business, AI).
extern const std::array<std::array<std::string_view, 4>, 4> kTeams;

// Duties of engineering roles (family 0).
extern const std::array<std::string_view, 8> kDutiesEngineering;

// Duties of data roles (family 1).
extern const std::array<std::string_view, 8> kDutiesData;

// Duties of business roles (family 2).
extern const std::array<std::string_view, 8> kDutiesBusiness;

// Duties of AI roles (family 3), classic machine learning.
extern const std::array<std::string_view, 6> kDutiesAiClassic;

// Duties of AI roles (family 3), generative AI (more likely in later years).
extern const std::array<std::string_view, 5> kDutiesAiGenerative;

// Company mottos, quoted in some descriptions.
extern const std::array<std::string_view, 5> kMottos;

// Benefits offered in some descriptions.
extern const std::array<std::string_view, 5> kBenefits;

}  // namespace jobsight_generate
