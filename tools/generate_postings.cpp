// jobsight-generate: a seeded, reproducible generator of realistic job postings CSV.
//
//   jobsight-generate [--rows N] [--seed S] [--bad-rows] [--out FILE]
//
// Writes a header and N data records (default 5000, seed 42) to FILE or stdout, in the postings
// format of SPEC 1.1 (RFC 4180, LF line ends). It streams, in about 4 MB whatever N is (only the
// --bad-rows schedule grows, by one byte per special row), so it writes millions of rows for
// benchmarks quickly (1,000,000 rows in about 2 s). The built-in trends (AI share, seniority mix,
// pay levels, skill growth) are described in sample_data/README.md.
//
// Reproducibility: the same arguments give byte-identical output on every platform. The only
// source of randomness is std::mt19937_64, whose raw output the standard fixes; the
// distributions on top of it are written here (std::uniform_int_distribution and friends are
// implementation-defined). Doubles only go through +, -, * and / (correctly rounded by IEEE 754,
// so portable); there are no libm calls such as log or cos whose last bits may differ. Do not
// build with -ffast-math.
//
// With --bad-rows, a fixed number of deliberately broken rows and exact duplicates replace
// ordinary rows at deterministic, scattered positions; the counts depend only on N (see
// special_counts()) and are printed on stderr. Ordinary rows are the same with or without
// --bad-rows.

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// Random numbers: portable helpers over the raw engine output.

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t bits() { return engine_(); }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n), n > 0. The modulo bias is below 2^-40 for the small n used here.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }

  bool chance(double p) { return uniform() < p; }

  // Approximately standard normal: Irwin-Hall sum of 6 uniforms, rescaled to variance 1
  // (range +-4.24). Plain arithmetic only, so identical everywhere.
  double normal() {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += uniform();
    return (sum - 3.0) * 1.4142135623730951;
  }

  // Index drawn with probability proportional to weights[i] (weights >= 0, sum > 0).
  std::size_t pick(const double* weights, std::size_t n) {
    double total = 0.0;
    for (std::size_t k = 0; k < n; ++k) total += weights[k];
    double target = uniform() * total;
    for (std::size_t k = 0; k < n; ++k) {
      if (target < weights[k]) return k;
      target -= weights[k];
    }
    // Rounding left us past the end: the last item with a positive weight.
    for (std::size_t k = n; k-- > 0;) {
      if (weights[k] > 0.0) return k;
    }
    return 0;
  }

 private:
  std::mt19937_64 engine_;
};

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

double clamp01(double v, double lo, double hi) {
  return v < lo ? lo : (v > hi ? hi : v);
}

// ---------------------------------------------------------------------------------------------
// Calendar (days since 1970-01-01, proleptic Gregorian; H. Hinnant's algorithms).

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int year;
  int month;
  int day;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

// ---------------------------------------------------------------------------------------------
// Small string helpers (fast, locale-free).

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

void append_padded(std::string& out, std::uint64_t v, int width) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  for (auto len = static_cast<int>(res.ptr - buf); len < width; ++len) out.push_back('0');
  out.append(buf, res.ptr);
}

void append_date(std::string& out, const Civil& c) {
  append_int(out, c.year);
  out.push_back('-');
  append_padded(out, static_cast<std::uint64_t>(c.month), 2);
  out.push_back('-');
  append_padded(out, static_cast<std::uint64_t>(c.day), 2);
}

void append_time(std::string& out, int seconds_of_day) {
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day / 3600), 2);
  out.push_back(':');
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day / 60 % 60), 2);
  out.push_back(':');
  append_padded(out, static_cast<std::uint64_t>(seconds_of_day % 60), 2);
}

// RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes.
void append_csv_field(std::string& out, std::string_view v) {
  bool needs_quotes = false;
  for (const char c : v) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      needs_quotes = true;
      break;
    }
  }
  if (!needs_quotes) {
    out.append(v);
    return;
  }
  out.push_back('"');
  for (const char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Rounds a pay figure the way postings state it: under 100 to the half unit (hourly rates),
// otherwise to three significant digits.
double nice_round(double x) {
  if (x < 100.0) {
    const double halves = static_cast<double>(static_cast<std::int64_t>(x * 2.0 + 0.5));
    return halves / 2.0;
  }
  double step = 1.0;
  while (x >= step * 1000.0) step *= 10.0;
  return static_cast<double>(static_cast<std::int64_t>(x / step + 0.5)) * step;
}

double nice_step(double x) {
  if (x < 100.0) return 0.5;
  double step = 1.0;
  while (x >= step * 1000.0) step *= 10.0;
  return step;
}

void append_amount(std::string& out, double v) {
  if (v < 100.0 && v > -100.0) {  // hourly-sized: two decimals
    const auto cents = static_cast<std::int64_t>(v * 100.0 + (v < 0 ? -0.5 : 0.5));
    const std::int64_t mag = cents < 0 ? -cents : cents;
    if (cents < 0) out.push_back('-');
    append_int(out, mag / 100);
    out.push_back('.');
    append_padded(out, static_cast<std::uint64_t>(mag % 100), 2);
    return;
  }
  append_int(out, static_cast<std::int64_t>(v + (v < 0 ? -0.5 : 0.5)));
}

// ---------------------------------------------------------------------------------------------
// Trends over time. f = years since 2022-01-01.

enum class Trend : std::uint8_t { steady, genai, rising, mild_rising, mild_falling, falling };
constexpr std::size_t kTrendCount = 6;

double trend_factor(Trend t, double f) {
  switch (t) {
    case Trend::steady:
      return 1.0;
    case Trend::genai:  // next to nothing before late 2022, then a steep climb
      return f < 0.92 ? 0.02 : std::min(1.5, 0.02 + 0.75 * (f - 0.92));
    case Trend::rising:
      return 0.6 + 0.2 * f;
    case Trend::mild_rising:
      return 0.85 + 0.07 * f;
    case Trend::mild_falling:
      return 1.05 - 0.08 * f;
    case Trend::falling:
      return std::max(0.12, 1.0 - 0.2 * f);
  }
  return 1.0;
}

// ---------------------------------------------------------------------------------------------
// Skills.

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

struct SkillInfo {
  std::string_view name;                     // canonical spelling
  std::array<std::string_view, 2> variants;  // spellings the alias table maps to `name`
  bool ai = false;
  double premium = 1.0;  // pay multiplier for postings that ask for it
  Trend trend = Trend::steady;
};

std::array<SkillInfo, kSkillCount> make_skills() {
  std::array<SkillInfo, kSkillCount> t{};
  auto set = [&t](Sk k, std::string_view name, std::string_view v1, std::string_view v2, bool ai,
                  double premium, Trend trend) {
    t[static_cast<std::size_t>(k)] = SkillInfo{name, {v1, v2}, ai, premium, trend};
  };
  set(kPython, "Python", "", "", false, 1.0, Trend::mild_rising);
  set(kSQL, "SQL", "", "", false, 1.0, Trend::steady);
  set(kJava, "Java", "", "", false, 1.0, Trend::mild_falling);
  set(kCpp, "C++", "", "", false, 1.02, Trend::steady);
  set(kScala, "Scala", "", "", false, 1.04, Trend::mild_falling);
  set(kRust, "Rust", "", "", false, 1.05, Trend::rising);
  set(kGo, "Go", "Golang", "", false, 1.02, Trend::mild_rising);
  set(kJavaScript, "JavaScript", "JS", "", false, 1.0, Trend::steady);
  set(kTypeScript, "TypeScript", "", "", false, 1.0, Trend::rising);
  set(kReact, "React", "ReactJS", "", false, 1.0, Trend::steady);
  set(kNodeJS, "Node.js", "NodeJS", "", false, 1.0, Trend::steady);
  set(kJQuery, "jQuery", "", "", false, 0.96, Trend::falling);
  set(kDocker, "Docker", "", "", false, 1.0, Trend::steady);
  set(kKubernetes, "Kubernetes", "K8s", "k8s", false, 1.04, Trend::mild_rising);
  set(kTerraform, "Terraform", "", "", false, 1.02, Trend::mild_rising);
  set(kAWS, "AWS", "Amazon Web Services", "", false, 1.0, Trend::steady);
  set(kGCP, "GCP", "Google Cloud", "", false, 1.0, Trend::mild_rising);
  set(kAzure, "Azure", "Microsoft Azure", "", false, 1.0, Trend::mild_rising);
  set(kLinux, "Linux", "", "", false, 1.0, Trend::steady);
  set(kGit, "Git", "", "", false, 1.0, Trend::steady);
  set(kCICD, "CI/CD", "", "", false, 1.0, Trend::steady);
  set(kAgile, "Agile", "", "", false, 1.0, Trend::mild_falling);
  set(kCommunication, "Communication", "", "", false, 1.0, Trend::steady);
  set(kProjectManagement, "Project Management", "", "", false, 1.0, Trend::steady);
  set(kFigma, "Figma", "", "", false, 1.0, Trend::mild_rising);
  set(kSalesforce, "Salesforce", "", "", false, 0.98, Trend::steady);
  set(kExcel, "Excel", "MS Excel", "", false, 0.94, Trend::mild_falling);
  set(kTableau, "Tableau", "", "", false, 0.96, Trend::mild_falling);
  set(kPowerBI, "Power BI", "PowerBI", "", false, 0.97, Trend::mild_rising);
  set(kLooker, "Looker", "", "", false, 1.0, Trend::steady);
  set(kSnowflake, "Snowflake", "", "", false, 1.02, Trend::rising);
  set(kDatabricks, "Databricks", "", "", false, 1.02, Trend::rising);
  set(kDbt, "dbt", "", "", false, 1.0, Trend::rising);
  set(kSpark, "Apache Spark", "Spark", "PySpark", false, 1.02, Trend::steady);
  set(kAirflow, "Apache Airflow", "Airflow", "", false, 1.0, Trend::steady);
  set(kKafka, "Apache Kafka", "Kafka", "", false, 1.02, Trend::steady);
  set(kHadoop, "Hadoop", "", "", false, 1.0, Trend::falling);
  set(kPostgreSQL, "PostgreSQL", "Postgres", "", false, 1.0, Trend::mild_rising);
  set(kMongoDB, "MongoDB", "", "", false, 1.0, Trend::mild_falling);
  set(kRedis, "Redis", "", "", false, 1.0, Trend::steady);
  set(kPandas, "Pandas", "", "", false, 1.0, Trend::steady);
  set(kNumPy, "NumPy", "", "", false, 1.0, Trend::steady);
  set(kRLang, "R", "", "", false, 0.98, Trend::mild_falling);
  set(kMachineLearning, "Machine Learning", "ML", "", true, 1.02, Trend::steady);
  set(kDeepLearning, "Deep Learning", "", "", true, 1.02, Trend::steady);
  set(kNLP, "NLP", "Natural Language Processing", "", true, 1.02, Trend::mild_falling);
  set(kComputerVision, "Computer Vision", "", "", true, 1.02, Trend::mild_falling);
  set(kGenerativeAI, "Generative AI", "GenAI", "", true, 1.03, Trend::genai);
  set(kLLMs, "LLMs", "LLM", "Large Language Models", true, 1.06, Trend::genai);
  set(kMLOps, "MLOps", "", "", true, 1.02, Trend::mild_rising);
  set(kPyTorch, "PyTorch", "Pytorch", "pytorch", true, 1.04, Trend::rising);
  set(kTensorFlow, "TensorFlow", "", "", true, 1.0, Trend::mild_falling);
  set(kKeras, "Keras", "", "", true, 1.0, Trend::falling);
  set(kScikitLearn, "scikit-learn", "sklearn", "", true, 1.0, Trend::steady);
  set(kHuggingFace, "Hugging Face", "HuggingFace", "", true, 1.03, Trend::rising);
  set(kLangChain, "LangChain", "", "", true, 1.02, Trend::genai);
  set(kRAG, "RAG", "", "", true, 1.03, Trend::genai);
  set(kPromptEngineering, "Prompt Engineering", "", "", true, 1.0, Trend::genai);
  return t;
}

const std::array<SkillInfo, kSkillCount> kSkillTable = make_skills();

struct PoolItem {
  Sk skill;
  double weight;
};
using Pool = std::vector<PoolItem>;

// Skill pools by role family. Non-AI pools hold no AI skill: those come only from `ai_extra`.
const Pool kPoolSoftware{
    {kPython, 8}, {kJava, 7},  {kGo, 4},    {kCpp, 4},    {kJavaScript, 5}, {kTypeScript, 4},
    {kSQL, 6},    {kGit, 6},   {kLinux, 4}, {kDocker, 5}, {kKubernetes, 4}, {kAWS, 5},
    {kCICD, 4},   {kAgile, 3}, {kRust, 2},  {kReact, 3},  {kNodeJS, 2},     {kPostgreSQL, 3},
    {kAzure, 2},  {kGCP, 2},   {kScala, 1}};
const Pool kPoolBackend{
    {kJava, 7},  {kGo, 6},     {kPython, 6},     {kNodeJS, 4}, {kPostgreSQL, 5}, {kMongoDB, 3},
    {kRedis, 3}, {kDocker, 5}, {kKubernetes, 4}, {kAWS, 5},    {kKafka, 3},      {kSQL, 4},
    {kScala, 2}, {kRust, 2},   {kGit, 3},        {kCICD, 3},   {kLinux, 3}};
const Pool kPoolFrontend{{kJavaScript, 9}, {kTypeScript, 7},   {kReact, 8}, {kJQuery, 3},
                         {kNodeJS, 3},     {kFigma, 3},        {kGit, 4},   {kCICD, 2},
                         {kAgile, 2},      {kCommunication, 2}};
const Pool kPoolFullStack{{kJavaScript, 8}, {kTypeScript, 6}, {kReact, 7},   {kNodeJS, 6},
                          {kPython, 4},     {kPostgreSQL, 4}, {kMongoDB, 3}, {kDocker, 3},
                          {kAWS, 3},        {kGit, 4},        {kJQuery, 2},  {kSQL, 3}};
const Pool kPoolDataAnalyst{{kSQL, 10},      {kExcel, 8},        {kTableau, 6}, {kPowerBI, 6},
                            {kPython, 6},    {kRLang, 3},        {kLooker, 2},  {kPandas, 3},
                            {kSnowflake, 2}, {kCommunication, 4}};
const Pool kPoolDataEngineer{{kPython, 9}, {kSQL, 9},       {kSpark, 7},      {kAirflow, 5},
                             {kKafka, 4},  {kSnowflake, 4}, {kDatabricks, 4}, {kDbt, 3},
                             {kAWS, 5},    {kGCP, 3},       {kAzure, 3},      {kScala, 3},
                             {kHadoop, 3}, {kDocker, 3},    {kTerraform, 2},  {kPostgreSQL, 2}};
const Pool kPoolDataScientist{{kPython, 10},   {kSQL, 8},     {kRLang, 5},         {kPandas, 5},
                              {kNumPy, 4},     {kTableau, 3}, {kSpark, 3},         {kDatabricks, 2},
                              {kSnowflake, 2}, {kExcel, 2},   {kCommunication, 3}, {kGit, 2}};
const Pool kPoolAnalyticsEng{{kSQL, 10},    {kDbt, 8},        {kSnowflake, 6},
                             {kLooker, 4},  {kPython, 5},     {kGit, 3},
                             {kAirflow, 3}, {kDatabricks, 2}, {kTableau, 2}};
const Pool kPoolBI{{kSQL, 9},    {kPowerBI, 8}, {kTableau, 6}, {kExcel, 5},        {kSnowflake, 3},
                   {kLooker, 3}, {kAzure, 3},   {kPython, 2},  {kCommunication, 2}};
const Pool kPoolProduct{{kAgile, 8},   {kCommunication, 8}, {kProjectManagement, 5},
                        {kSQL, 4},     {kFigma, 4},         {kExcel, 3},
                        {kTableau, 2}, {kLooker, 1},        {kSalesforce, 1},
                        {kPython, 1}};
const Pool kPoolProject{{kProjectManagement, 10},
                        {kAgile, 8},
                        {kCommunication, 8},
                        {kExcel, 5},
                        {kSalesforce, 2},
                        {kSQL, 2},
                        {kPowerBI, 2},
                        {kTableau, 1},
                        {kFigma, 1}};
const Pool kPoolBusinessAnalyst{
    {kSQL, 8},   {kExcel, 8},      {kPowerBI, 5},           {kTableau, 5}, {kCommunication, 6},
    {kAgile, 4}, {kSalesforce, 3}, {kProjectManagement, 3}, {kPython, 2}};
const Pool kPoolDevOps{{kKubernetes, 8}, {kDocker, 8}, {kTerraform, 7}, {kAWS, 7},
                       {kAzure, 4},      {kGCP, 3},    {kCICD, 7},      {kLinux, 6},
                       {kPython, 4},     {kGo, 3},     {kGit, 4}};
const Pool kPoolSRE{{kKubernetes, 8}, {kLinux, 7},     {kGo, 5},     {kPython, 5}, {kAWS, 5},
                    {kGCP, 4},        {kTerraform, 5}, {kDocker, 5}, {kCICD, 3},   {kKafka, 1}};
const Pool kPoolCloud{{kAWS, 9},    {kAzure, 7}, {kGCP, 5},    {kTerraform, 6}, {kKubernetes, 5},
                      {kDocker, 4}, {kLinux, 4}, {kPython, 3}, {kCICD, 2}};
const Pool kPoolQA{{kPython, 5}, {kJava, 5}, {kJavaScript, 4}, {kCICD, 5}, {kGit, 4},
                   {kAgile, 5},  {kSQL, 3},  {kDocker, 2},     {kLinux, 2}};
const Pool kPoolSecurity{{kLinux, 7}, {kPython, 6}, {kAWS, 5},    {kAzure, 4},     {kKubernetes, 4},
                         {kGo, 2},    {kRust, 2},   {kDocker, 3}, {kTerraform, 2}, {kGit, 2}};
const Pool kPoolUX{{kFigma, 10},     {kCommunication, 7}, {kAgile, 5},
                   {kJavaScript, 2}, {kReact, 1},         {kProjectManagement, 2},
                   {kExcel, 1},      {kSalesforce, 1},    {kSQL, 1}};
const Pool kPoolArchitect{{kAWS, 8},       {kAzure, 7},         {kGCP, 5},  {kKubernetes, 5},
                          {kTerraform, 4}, {kCommunication, 5}, {kJava, 3}, {kPython, 3},
                          {kDocker, 3},    {kKafka, 2}};
const Pool kPoolFinance{{kExcel, 10},  {kSQL, 6},           {kPowerBI, 5},
                        {kTableau, 4}, {kCommunication, 5}, {kPython, 3},
                        {kRLang, 1},   {kSalesforce, 1},    {kProjectManagement, 1}};
const Pool kPoolDBA{{kSQL, 10}, {kPostgreSQL, 8}, {kMongoDB, 4},   {kRedis, 3}, {kLinux, 5},
                    {kAWS, 3},  {kAzure, 3},      {kSnowflake, 2}, {kPython, 2}};
const Pool kPoolSalesforce{{kSalesforce, 10},   {kJavaScript, 6}, {kSQL, 4},
                           {kAgile, 4},         {kGit, 3},        {kCICD, 2},
                           {kCommunication, 2}, {kExcel, 1},      {kTypeScript, 1}};

// AI skills a non-AI role may also ask for (then it counts as an AI role by skill).
const Pool kExtraDataScience{
    {kMachineLearning, 6}, {kScikitLearn, 4}, {kPyTorch, 3}, {kTensorFlow, 3},
    {kDeepLearning, 2},    {kNLP, 1},         {kLLMs, 1}};
const Pool kExtraEngineering{
    {kMachineLearning, 4}, {kPyTorch, 2}, {kLLMs, 2}, {kGenerativeAI, 2}, {kTensorFlow, 1}};
const Pool kExtraProduct{
    {kGenerativeAI, 3}, {kLLMs, 3}, {kMachineLearning, 2}, {kPromptEngineering, 1}};
const Pool kExtraAnalyst{{kMachineLearning, 3}, {kScikitLearn, 1}, {kGenerativeAI, 1}};

// AI role pools (each holds AI skills; one is always drawn first).
const Pool kPoolMLE{{kPython, 10},      {kPyTorch, 8},     {kTensorFlow, 6}, {kMachineLearning, 9},
                    {kDeepLearning, 5}, {kScikitLearn, 4}, {kDocker, 4},     {kKubernetes, 3},
                    {kAWS, 4},          {kMLOps, 3},       {kSQL, 4},        {kSpark, 2},
                    {kGCP, 2},          {kPandas, 3},      {kNumPy, 2},      {kLLMs, 3},
                    {kHuggingFace, 2},  {kCpp, 1}};
const Pool kPoolAIEngineer{
    {kPython, 10},    {kLLMs, 7},    {kGenerativeAI, 6}, {kLangChain, 4},
    {kRAG, 4},        {kPyTorch, 4}, {kHuggingFace, 3},  {kPromptEngineering, 3},
    {kAWS, 3},        {kAzure, 3},   {kDocker, 3},       {kMachineLearning, 5},
    {kTypeScript, 2}, {kNLP, 2}};
const Pool kPoolLLM{{kLLMs, 10},     {kPython, 9},     {kPyTorch, 6},      {kHuggingFace, 5},
                    {kLangChain, 5}, {kRAG, 5},        {kGenerativeAI, 5}, {kPromptEngineering, 3},
                    {kNLP, 4},       {kKubernetes, 2}, {kDeepLearning, 3}, {kAWS, 2}};
const Pool kPoolNLP{{kNLP, 10},        {kPython, 9},       {kPyTorch, 6},
                    {kHuggingFace, 5}, {kDeepLearning, 5}, {kMachineLearning, 5},
                    {kLLMs, 4},        {kTensorFlow, 3},   {kScikitLearn, 3},
                    {kSQL, 2}};
const Pool kPoolCV{{kComputerVision, 10}, {kDeepLearning, 7}, {kPyTorch, 7},
                   {kTensorFlow, 5},      {kCpp, 5},          {kPython, 9},
                   {kDocker, 2},          {kKeras, 2},        {kLinux, 2}};
const Pool kPoolResearch{
    {kDeepLearning, 8},   {kPyTorch, 8}, {kPython, 9},       {kMachineLearning, 7}, {kNLP, 4},
    {kComputerVision, 4}, {kLLMs, 4},    {kGenerativeAI, 3}, {kTensorFlow, 3},      {kCpp, 1}};
const Pool kPoolGenAI{{kGenerativeAI, 10},     {kLLMs, 8},       {kLangChain, 6}, {kRAG, 6},
                      {kPromptEngineering, 5}, {kPython, 9},     {kAzure, 3},     {kAWS, 3},
                      {kHuggingFace, 3},       {kJavaScript, 2}, {kTypeScript, 2}};
const Pool kPoolMLOps{{kMLOps, 10},          {kKubernetes, 8}, {kDocker, 7},     {kPython, 8},
                      {kAirflow, 4},         {kTerraform, 4},  {kAWS, 5},        {kGCP, 3},
                      {kMachineLearning, 5}, {kCICD, 5},       {kDatabricks, 3}, {kPyTorch, 2}};
const Pool kPoolDL{{kDeepLearning, 10},  {kPyTorch, 8}, {kTensorFlow, 6},
                   {kKeras, 4},          {kPython, 9},  {kCpp, 3},
                   {kComputerVision, 3}, {kNLP, 2},     {kLinux, 1}};
const Pool kPoolMLScientist{{kMachineLearning, 10},
                            {kPython, 10},
                            {kScikitLearn, 6},
                            {kPyTorch, 5},
                            {kSQL, 5},
                            {kRLang, 4},
                            {kPandas, 4},
                            {kDeepLearning, 3},
                            {kTensorFlow, 3},
                            {kSpark, 2}};
const Pool kPoolAIProduct{{kMachineLearning, 7},
                          {kGenerativeAI, 7},
                          {kLLMs, 6},
                          {kAgile, 6},
                          {kCommunication, 7},
                          {kProjectManagement, 5},
                          {kSQL, 3},
                          {kPromptEngineering, 2},
                          {kFigma, 1}};
const Pool kPoolAIExec{{kMachineLearning, 8},
                       {kDeepLearning, 5},
                       {kLLMs, 5},
                       {kGenerativeAI, 5},
                       {kMLOps, 3},
                       {kPython, 5},
                       {kCommunication, 6},
                       {kProjectManagement, 4},
                       {kAWS, 2}};

// ---------------------------------------------------------------------------------------------
// Roles.

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

// clang-format off: one role per line reads best as a table.
// title, ai, weight, pay, trend, pool, ai_extra, skill_ai_base, skill_ai_slope, family
const std::vector<Role> kRoles{
    // Non-AI roles.
    {"Software Engineer", false, 14, 0.94, Trend::steady, &kPoolSoftware, &kExtraEngineering, 0.03,
     0.012, 0},
    {"Backend Engineer", false, 6, 0.92, Trend::steady, &kPoolBackend, &kExtraEngineering, 0.02,
     0.008, 0},
    {"Frontend Developer", false, 5, 0.84, Trend::mild_falling, &kPoolFrontend, &kExtraEngineering,
     0.01, 0.003, 0},
    {"Full Stack Developer", false, 5, 0.86, Trend::steady, &kPoolFullStack, &kExtraEngineering,
     0.01, 0.005, 0},
    {"Data Analyst", false, 10, 0.77, Trend::steady, &kPoolDataAnalyst, &kExtraAnalyst, 0.02, 0.005,
     1},
    {"Data Engineer", false, 7, 0.91, Trend::mild_rising, &kPoolDataEngineer, &kExtraEngineering,
     0.04, 0.01, 1},
    {"Data Scientist", false, 7, 0.94, Trend::steady, &kPoolDataScientist, &kExtraDataScience, 0.50,
     0.04, 1},
    {"Analytics Engineer", false, 2, 0.86, Trend::rising, &kPoolAnalyticsEng, &kExtraAnalyst, 0.02,
     0.005, 1},
    {"BI Developer", false, 3, 0.79, Trend::mild_falling, &kPoolBI, &kExtraAnalyst, 0.01, 0.003, 1},
    {"Product Manager", false, 6, 0.92, Trend::steady, &kPoolProduct, &kExtraProduct, 0.01, 0.015,
     2},
    {"Project Manager", false, 4, 0.79, Trend::steady, &kPoolProject, &kExtraProduct, 0.005, 0.003,
     2},
    {"Business Analyst", false, 7, 0.77, Trend::steady, &kPoolBusinessAnalyst, &kExtraAnalyst, 0.01,
     0.003, 2},
    {"DevOps Engineer", false, 5, 0.90, Trend::steady, &kPoolDevOps, &kExtraEngineering, 0.01,
     0.003, 0},
    {"Site Reliability Engineer", false, 2, 0.94, Trend::steady, &kPoolSRE, &kExtraEngineering,
     0.01, 0.003, 0},
    {"Cloud Engineer", false, 3, 0.88, Trend::mild_rising, &kPoolCloud, &kExtraEngineering, 0.01,
     0.003, 0},
    {"QA Engineer", false, 3, 0.77, Trend::mild_falling, &kPoolQA, &kExtraEngineering, 0.005, 0.002,
     0},
    {"Security Engineer", false, 3, 0.92, Trend::mild_rising, &kPoolSecurity, &kExtraEngineering,
     0.005, 0.002, 0},
    {"UX Designer", false, 2, 0.79, Trend::steady, &kPoolUX, &kExtraProduct, 0.005, 0.003, 2},
    {"Solutions Architect", false, 2, 0.95, Trend::steady, &kPoolArchitect, &kExtraEngineering,
     0.01, 0.005, 0},
    {"Financial Analyst", false, 3, 0.77, Trend::steady, &kPoolFinance, &kExtraAnalyst, 0.005,
     0.002, 2},
    {"Database Administrator", false, 1.5, 0.79, Trend::mild_falling, &kPoolDBA, &kExtraAnalyst,
     0.005, 0.002, 1},
    {"Salesforce Developer", false, 1.5, 0.84, Trend::steady, &kPoolSalesforce, &kExtraProduct,
     0.005, 0.003, 2},
    // AI roles.
    {"Machine Learning Engineer", true, 22, 1.00, Trend::steady, &kPoolMLE, nullptr, 0, 0, 3},
    {"ML Engineer", true, 8, 1.00, Trend::steady, &kPoolMLE, nullptr, 0, 0, 3},
    {"AI Engineer", true, 12, 1.00, Trend::rising, &kPoolAIEngineer, nullptr, 0, 0, 3},
    {"LLM Engineer", true, 8, 1.06, Trend::genai, &kPoolLLM, nullptr, 0, 0, 3},
    {"NLP Scientist", true, 4, 1.00, Trend::mild_falling, &kPoolNLP, nullptr, 0, 0, 3},
    {"NLP Engineer", true, 3, 0.98, Trend::mild_falling, &kPoolNLP, nullptr, 0, 0, 3},
    {"Computer Vision Engineer", true, 6, 0.98, Trend::mild_falling, &kPoolCV, nullptr, 0, 0, 3},
    {"Applied AI Researcher", true, 4, 1.05, Trend::steady, &kPoolResearch, nullptr, 0, 0, 3},
    {"AI Research Scientist", true, 4, 1.08, Trend::steady, &kPoolResearch, nullptr, 0, 0, 3},
    {"Generative AI Developer", true, 7, 0.95, Trend::genai, &kPoolGenAI, nullptr, 0, 0, 3},
    {"MLOps Engineer", true, 6, 0.95, Trend::mild_rising, &kPoolMLOps, nullptr, 0, 0, 3},
    {"Deep Learning Engineer", true, 4, 1.00, Trend::mild_falling, &kPoolDL, nullptr, 0, 0, 3},
    {"Machine Learning Scientist", true, 5, 1.02, Trend::steady, &kPoolMLScientist, nullptr, 0, 0,
     3},
    {"AI Product Manager", true, 3, 0.97, Trend::rising, &kPoolAIProduct, nullptr, 0, 0, 3},
};

// Executive titles carry their level in the title itself.
const std::vector<Role> kExecRoles{
    {"Head of Data", false, 3, 0.88, Trend::steady, &kPoolDataScientist, &kExtraDataScience, 0.05,
     0.01, 1},
    {"Director of Engineering", false, 4, 0.90, Trend::steady, &kPoolSoftware, &kExtraEngineering,
     0.02, 0.01, 0},
    {"VP of Engineering", false, 2, 0.99, Trend::steady, &kPoolSoftware, &kExtraEngineering, 0.02,
     0.01, 0},
    {"Head of Product", false, 2, 0.88, Trend::steady, &kPoolProduct, &kExtraProduct, 0.02, 0.02,
     2},
    {"Director of Analytics", false, 2, 0.83, Trend::steady, &kPoolDataAnalyst, &kExtraAnalyst,
     0.03, 0.01, 1},
    {"Chief Data Officer", false, 0.7, 1.04, Trend::steady, &kPoolDataEngineer, &kExtraDataScience,
     0.05, 0.02, 1},
    {"CTO", false, 0.7, 1.04, Trend::steady, &kPoolSoftware, &kExtraEngineering, 0.03, 0.01, 0},
    {"VP, Data Platform", false, 1, 0.97, Trend::steady, &kPoolDataEngineer, &kExtraEngineering,
     0.02, 0.01, 1},
    {"IT Director", false, 1.5, 0.77, Trend::steady, &kPoolCloud, &kExtraEngineering, 0.01, 0.005,
     0},
    {"Head of AI", true, 4, 1.00, Trend::rising, &kPoolAIExec, nullptr, 0, 0, 3},
    {"Director of Machine Learning", true, 3, 1.00, Trend::steady, &kPoolAIExec, nullptr, 0, 0, 3},
    {"VP of AI", true, 1.5, 1.12, Trend::rising, &kPoolAIExec, nullptr, 0, 0, 3},
    {"Head of Machine Learning", true, 2, 1.00, Trend::steady, &kPoolAIExec, nullptr, 0, 0, 3},
    {"Director, Applied AI", true, 1.5, 1.02, Trend::rising, &kPoolAIExec, nullptr, 0, 0, 3},
    {"Chief AI Officer", true, 1, 1.20, Trend::genai, &kPoolAIExec, nullptr, 0, 0, 3},
};
// clang-format on

enum class Level : std::uint8_t { intern, entry, mid, senior, lead, executive };
constexpr int kLevelCount = 6;

// US annual base pay (USD, 2026 level) of AI roles by level, before city, skill premiums and noise,
// which together lift the medians by about 12% (2026 medians come out near 57k / 105k / 145k /
// 190k / 255k / 325k). Other roles scale by Role::pay.
constexpr std::array<double, kLevelCount> kUsAiPay{51000, 94000, 130000, 170000, 232000, 285000};

// ---------------------------------------------------------------------------------------------
// Places.

struct City {
  std::string_view name;
  double weight;
  double pay;
};

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

const std::vector<Country> kCountries{
    {"United States",
     "US",
     "USA",
     "USA",
     "USD",
     55,
     1.00,
     1.0,
     false,
     {{"San Francisco, CA", 12, 1.12},
      {"New York, NY", 15, 1.10},
      {"Seattle, WA", 9, 1.08},
      {"Boston, MA", 6, 1.03},
      {"Austin, TX", 7, 0.96},
      {"Chicago, IL", 7, 0.93},
      {"Los Angeles, CA", 6, 1.00},
      {"Denver, CO", 4, 0.94},
      {"Atlanta, GA", 5, 0.90},
      {"Washington, DC", 5, 0.97},
      {"Dallas, TX", 5, 0.90},
      {"Raleigh, NC", 3, 0.88},
      {"Remote", 6, 0.95}}},
    {"United Kingdom",
     "GB",
     "GBR",
     "UK",
     "GBP",
     8,
     0.55,
     0.783,
     false,
     {{"London", 60, 1.10},
      {"Manchester", 12, 0.85},
      {"Edinburgh", 8, 0.88},
      {"Cambridge", 8, 0.95},
      {"Bristol", 7, 0.86},
      {"Remote", 5, 0.90}}},
    {"Germany",
     "DE",
     "DEU",
     "",
     "EUR",
     6,
     0.55,
     0.924,
     false,
     {{"Berlin", 35, 1.00},
      {"München", 25, 1.06},
      {"Hamburg", 15, 0.98},
      {"Frankfurt am Main", 15, 1.02},
      {"Köln", 10, 0.95}}},
    {"Canada",
     "CA",
     "CAN",
     "",
     "CAD",
     5,
     0.70,
     1.37,
     false,
     {{"Toronto, ON", 45, 1.03},
      {"Vancouver, BC", 25, 1.01},
      {"Montréal, QC", 20, 0.94},
      {"Ottawa, ON", 10, 0.97}}},
    {"India",
     "IN",
     "IND",
     "",
     "INR",
     6,
     0.15,
     83.6,
     true,
     {{"Bengaluru", 40, 1.08},
      {"Hyderabad", 20, 1.00},
      {"Pune", 15, 0.95},
      {"Mumbai", 10, 1.00},
      {"Gurugram", 10, 0.98},
      {"Chennai", 5, 0.92}}},
    {"France",
     "FR",
     "FRA",
     "",
     "EUR",
     3,
     0.48,
     0.924,
     false,
     {{"Paris", 70, 1.06}, {"Lyon", 15, 0.88}, {"Toulouse", 10, 0.86}, {"Nantes", 5, 0.85}}},
    {"Netherlands",
     "NL",
     "NLD",
     "",
     "EUR",
     2.5,
     0.55,
     0.924,
     false,
     {{"Amsterdam", 60, 1.04},
      {"Rotterdam", 15, 0.95},
      {"Eindhoven", 15, 0.97},
      {"Utrecht", 10, 0.95}}},
    {"Singapore", "SG", "SGP", "", "SGD", 2, 0.60, 1.336, false, {{"Singapore", 100, 1.00}}},
    {"Australia",
     "AU",
     "AUS",
     "",
     "AUD",
     2.5,
     0.60,
     1.515,
     false,
     {{"Sydney", 50, 1.04}, {"Melbourne", 35, 0.98}, {"Brisbane", 10, 0.92}, {"Perth", 5, 0.92}}},
    {"Switzerland",
     "CH",
     "CHE",
     "",
     "CHF",
     1.5,
     0.80,
     0.88,
     false,
     {{"Zürich", 60, 1.03}, {"Geneva", 20, 0.98}, {"Basel", 20, 0.96}}},
    {"Poland",
     "PL",
     "POL",
     "",
     "PLN",
     2,
     0.35,
     3.98,
     true,
     {{"Warsaw", 50, 1.05}, {"Kraków", 30, 0.97}, {"Wrocław", 20, 0.95}}},
    {"Sweden",
     "SE",
     "SWE",
     "",
     "SEK",
     1.5,
     0.48,
     10.55,
     false,
     {{"Stockholm", 70, 1.03}, {"Gothenburg", 20, 0.95}, {"Malmö", 10, 0.93}}},
    {"Brazil",
     "BR",
     "BRA",
     "",
     "BRL",
     2,
     0.20,
     5.39,
     true,
     {{"São Paulo", 65, 1.05}, {"Rio de Janeiro", 20, 0.95}, {"Belo Horizonte", 15, 0.90}}},
    {"Japan",
     "JP",
     "JPN",
     "",
     "JPY",
     1.5,
     0.45,
     151.5,
     false,
     {{"Tokyo", 80, 1.03}, {"Osaka", 15, 0.90}, {"Fukuoka", 5, 0.88}}},
    {"Spain",
     "ES",
     "ESP",
     "",
     "EUR",
     1.5,
     0.40,
     0.924,
     false,
     {{"Madrid", 55, 1.02}, {"Barcelona", 40, 1.00}, {"Valencia", 5, 0.90}}},
    {"Ireland",
     "IE",
     "IRL",
     "",
     "EUR",
     1.5,
     0.55,
     0.924,
     false,
     {{"Dublin", 85, 1.02}, {"Cork", 15, 0.92}}},
};

// Location texts that are not a country (kept verbatim by the tool, no region).
struct UnknownPlace {
  std::string_view text;
  std::string_view currency;
};
const std::array<UnknownPlace, 6> kUnknownPlaces{{{"Remote - Worldwide", "USD"},
                                                  {"EMEA", "EUR"},
                                                  {"APAC", "USD"},
                                                  {"Europe", "EUR"},
                                                  {"LATAM", "USD"},
                                                  {"Anywhere", "USD"}}};
constexpr double kUnknownCountryShare = 0.0025;

struct Industry {
  std::string_view name;
  double weight;
  double ai_level;  // AI share multiplier at the start of 2022 ...
  double ai_slope;  // ... plus this per year (faster AI growth in Technology and Finance)
  std::vector<std::string_view> companies;
};

const std::vector<Industry> kIndustries{
    {"Technology",
     30,
     1.10,
     0.10,
     {"Northwind Systems", "Contoso Software", "Fabrikam, Inc.", "Quantix Labs", "Bluefin Cloud",
      "Helix Data", "Nimbus Analytics", "Orbital Devices", "Tailspin Technologies",
      "Vantara Digital"}},
    {"Finance",
     15,
     0.95,
     0.09,
     {"Harbor Point Capital", "Meridian Bank", "Crestline Insurance", "Ledgerly", "Atlas Payments",
      "Summit Trust & Co.", "Greyfield Asset Management"}},
    {"Healthcare",
     10,
     0.90,
     0.00,
     {"CareBridge Health", "Medivance", "Aster Genomics", "Wellspring Clinics", "NovaCura Pharma",
      "Pulse Diagnostics"}},
    {"Retail",
     9,
     0.75,
     0.00,
     {"Cartwheel Stores", "UrbanNest Home", "Freshly Market", "Trendline Apparel",
      "Boxwood Commerce"}},
    {"Manufacturing",
     8,
     0.75,
     0.00,
     {"Ironclad Motors", "Precision Forge", "Kestrel Aerospace", "Greenway Plastics",
      "Vortex Robotics"}},
    {"Consulting",
     10,
     1.00,
     0.02,
     {"Halvorsen & Bright, LLP", "Keystone Advisory", "Pinnacle Partners",
      "Clearview Consulting Group", "Brightpath Analytics"}},
    {"Media",
     5,
     0.90,
     0.00,
     {"Lumen Media", "Soundwave Studios", "Daily Ledger News", "Pixelgrove Games"}},
    {"Education",
     5,
     0.65,
     0.00,
     {"Brightminds Learning", "Open Campus Online", "Westbrook University"}},
    {"Government",
     4,
     0.55,
     0.00,
     {"Department of Digital Services", "City of Riverton", "National Statistics Agency"}},
    {"Energy",
     4,
     0.65,
     0.00,
     {"Solara Energy", "Northern Grid", "Petrova Resources", "WindCrest Power"}},
};

// AI share of postings (by title) at 1 January of 2022 ... 2027; linear in between.
constexpr std::array<double, 6> kAiShareNodes{0.07, 0.095, 0.13, 0.175, 0.225, 0.275};

constexpr std::array<std::string_view, 4> kSources{"linkedin", "indeed", "glassdoor",
                                                   "company-site"};
constexpr std::array<double, 4> kSourceWeights{40, 30, 15, 15};
constexpr std::array<std::string_view, 4> kIdPrefixes{"LI-", "IN-", "GD-", "CS-"};
constexpr std::array<double, 4> kNoIdShare{0.005, 0.02, 0.005, 0.12};

// Description fragments.
// Teams by role family (engineering, data, business, AI).
constexpr std::array<std::array<std::string_view, 4>, 4> kTeams{{
    {"Core Infrastructure", "Payments", "Search", "Developer Experience"},
    {"Data Platform", "Analytics", "Customer Insights", "Growth"},
    {"Operations", "Finance", "Customer Insights", "Growth"},
    {"Machine Learning", "Applied AI", "AI Research", "Search"},
}};
constexpr std::array<std::string_view, 8> kDutiesEngineering{
    "build and operate services used by millions of customers",
    "improve the reliability of our platform",
    "write clean, well-tested code",
    "own features end to end",
    "work closely with product and design",
    "mentor other engineers",
    "automate our build and release pipelines",
    "keep our cloud costs under control"};
constexpr std::array<std::string_view, 8> kDutiesData{
    "design and maintain data pipelines", "turn business questions into analyses",
    "build dashboards for leadership",    "define metrics, run experiments and share results",
    "model our core business data",       "present findings to stakeholders",
    "improve data quality across teams",  "partner with finance, marketing and operations"};
constexpr std::array<std::string_view, 8> kDutiesBusiness{
    "gather requirements from stakeholders",    "prioritise the roadmap",
    "coordinate delivery across several teams", "write clear specifications",
    "track budgets, risks and timelines",       "talk to customers every week",
    "run workshops with business users",        "report progress to senior leadership"};
constexpr std::array<std::string_view, 6> kDutiesAiClassic{
    "train and evaluate machine learning models",
    "deploy models to production at scale",
    "build computer vision models for quality inspection",
    "design features, labels and evaluation sets",
    "improve ranking and recommendation models",
    "research and prototype new deep learning methods"};
constexpr std::array<std::string_view, 5> kDutiesAiGenerative{
    "ship LLM-powered features to production", "build retrieval-augmented generation pipelines",
    "fine-tune large language models on our data",
    "design evaluations and guardrails for generative AI",
    "build AI agents that automate internal workflows"};
constexpr std::array<std::string_view, 5> kMottos{"ship small, ship often", "customers first",
                                                  "default to open", "no ego, just results",
                                                  "learn fast"};
constexpr std::array<std::string_view, 5> kBenefits{
    "competitive pay, 25 days of leave and a learning budget",
    "health insurance, equity and flexible hours", "a hybrid schedule and a home-office allowance",
    "visa sponsorship for the right candidate", "parental leave, a pension plan and free lunches"};

// ---------------------------------------------------------------------------------------------
// One generated posting, as text fields in header order.

// clang-format off
enum Field : std::size_t {
  kJobId, kDatePosted, kSource, kTitle, kCompany, kIndustry, kCountry, kCity, kSeniority,
  kEmploymentType, kRemote, kSalaryMin, kSalaryMax, kSalary, kCurrency, kPayPeriod, kSkills,
  kDescription, kFieldCount
};
// clang-format on

constexpr std::string_view kHeader =
    "job_id,date_posted,source,title,company,industry,country,city,seniority,employment_type,"
    "remote,salary_min,salary_max,salary,currency,pay_period,skills,description\n";

using Fields = std::array<std::string, kFieldCount>;

struct RowInfo {
  bool has_id = false;
  std::string id;                // the job_id, even when the row leaves it out
  double pay_period_amount = 0;  // the posting's pay, in local currency per stated period
  std::string_view period;       // stated period ("year" when the row leaves it empty)
  std::string_view currency;     // the local currency
};

// ---------------------------------------------------------------------------------------------

// "a" or "an" before a title, by how it is read out ("an ML Engineer", "a UX Designer").
std::string_view article(std::string_view title) {
  auto starts = [title](std::string_view p) { return title.substr(0, p.size()) == p; };
  if (starts("UX") || starts("Uni")) return "a";
  if (starts("ML") || starts("NLP") || starts("LLM") || starts("SRE")) return "an";
  const char c = title.empty() ? 'x' : title[0];
  return (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U') ? "an" : "a";
}

class Generator {
 public:
  Generator(std::uint64_t seed, std::uint64_t rows) : rng_(seed) {
    // Dates: 2022-01-01 .. 2026-10-31, volume growing ~35% over the period, with weekly and
    // seasonal patterns.
    first_day_ = days_from_civil(2022, 1, 1);
    const std::int64_t last_day = days_from_civil(2026, 10, 31);
    const auto n_days = static_cast<std::size_t>(last_day - first_day_ + 1);
    constexpr std::array<double, 12> kMonthFactor{1.05, 1.05, 1.05, 1.00, 1.00, 0.98,
                                                  0.95, 0.95, 1.03, 1.02, 0.97, 0.85};
    day_cumulative_.resize(n_days);
    double total = 0.0;
    for (std::size_t k = 0; k < n_days; ++k) {
      const std::int64_t z = first_day_ + static_cast<std::int64_t>(k);
      const Civil c = civil_from_days(z);
      const std::int64_t weekday = (z + 4) % 7;  // 0 = Sunday
      const double week_factor = (weekday == 0 || weekday == 6) ? 0.35 : 1.0;
      const double growth = 1.0 + 0.35 * static_cast<double>(k) / static_cast<double>(n_days - 1);
      total += growth * week_factor * kMonthFactor[static_cast<std::size_t>(c.month - 1)];
      day_cumulative_[k] = total;
    }

    for (const auto& country : kCountries) country_weights_.push_back(country.weight);
    for (const auto& industry : kIndustries) industry_weights_.push_back(industry.weight);
    industry_weight_total_ = 0.0;
    for (const double w : industry_weights_) industry_weight_total_ += w;

    // job_id numbers: a bijection of the row index modulo 10^width, so ids never repeat.
    if (rows <= 10'000'000ULL) {
      id_modulus_ = 10'000'000ULL;
      id_multiplier_ = 7'654'321ULL;
      id_width_ = 7;
    } else {
      id_modulus_ = 1'000'000'000'000ULL;
      id_multiplier_ = 1'000'003ULL;
      id_width_ = 12;
    }
    id_offset_ = splitmix64(seed) % id_modulus_;
  }

  void make_row(std::uint64_t index, Fields& out, RowInfo& info);

 private:
  double ai_share(double f, std::size_t industry) const;
  Level pick_level(double f);
  const Role& pick_role(bool ai, Level level, std::size_t industry);
  void build_title(std::string& out, Level level, const Role& role, bool must_carry, int year);
  void build_skills(std::string& out, const Role& role, double f, double& premium, Sk& first_skill);
  void build_description(std::string& out, const Role& role, std::string_view title,
                         std::string_view company, std::string_view industry, std::string_view city,
                         Sk first_skill, double f);

  // trend_factor() of every Trend at the current row's date.
  double trend(Trend t) const { return trends_[static_cast<std::size_t>(t)]; }

  Rng rng_;
  std::array<double, kTrendCount> trends_{};
  std::int64_t first_day_ = 0;
  std::vector<double> day_cumulative_;
  std::vector<double> country_weights_;
  std::vector<double> industry_weights_;
  double industry_weight_total_ = 0.0;
  std::uint64_t id_modulus_ = 0;
  std::uint64_t id_multiplier_ = 0;
  std::uint64_t id_offset_ = 0;
  int id_width_ = 7;
  std::array<double, 64> scratch_{};  // weights for weighted picks
  std::array<bool, kSkillCount> chosen_{};
};

double Generator::ai_share(double f, std::size_t industry) const {
  const double pos = clamp01(f, 0.0, 4.999);
  const auto node = static_cast<std::size_t>(pos);
  const double frac = pos - static_cast<double>(node);
  const double base = kAiShareNodes[node] + (kAiShareNodes[node + 1] - kAiShareNodes[node]) * frac;
  // Industry multipliers, normalised so the overall share follows kAiShareNodes.
  double mean = 0.0;
  for (std::size_t k = 0; k < kIndustries.size(); ++k) {
    mean += industry_weights_[k] * (kIndustries[k].ai_level + kIndustries[k].ai_slope * f);
  }
  mean /= industry_weight_total_;
  const Industry& ind = kIndustries[industry];
  return clamp01(base * (ind.ai_level + ind.ai_slope * f) / mean, 0.0, 0.9);
}

Level Generator::pick_level(double f) {
  // Junior (intern + entry) about 28% in 2022 falling to 16% in 2026; senior + lead + executive
  // rising from about 38% to 49%.
  const double junior = clamp01(0.2953 - 0.0306 * f, 0.10, 0.40);
  const double senior_plus = clamp01(0.37 + 0.026 * f, 0.30, 0.55);
  const std::array<double, kLevelCount> w{
      0.2 * junior,       0.8 * junior,       1.0 - junior - senior_plus,
      0.68 * senior_plus, 0.24 * senior_plus, 0.08 * senior_plus};
  return static_cast<Level>(rng_.pick(w.data(), w.size()));
}

const Role& Generator::pick_role(bool ai, Level level, std::size_t industry) {
  const std::vector<Role>& roles = level == Level::executive ? kExecRoles : kRoles;
  const std::string_view industry_name = kIndustries[industry].name;
  for (std::size_t k = 0; k < roles.size(); ++k) {
    const Role& r = roles[k];
    double w = r.ai == ai ? r.weight * trend(r.trend) : 0.0;
    if (r.title == "Financial Analyst") w *= industry_name == "Finance" ? 4.0 : 0.4;
    if (r.title == "Salesforce Developer" && industry_name == "Retail") w *= 2.0;
    scratch_[k] = w;
  }
  return roles[rng_.pick(scratch_.data(), roles.size())];
}

bool roman_ok(std::string_view base) {
  auto ends = [base](std::string_view s) {
    return base.size() >= s.size() && base.substr(base.size() - s.size()) == s;
  };
  return ends("Engineer") || ends("Developer") || ends("Scientist") || ends("Analyst");
}

void Generator::build_title(std::string& out, Level level, const Role& role, bool must_carry,
                            int year) {
  const std::string_view base = role.title;
  out.clear();
  if (level == Level::executive) {
    out.append(base);
    return;
  }
  if (level == Level::mid) {
    out.append(base);
    if (roman_ok(base) && rng_.chance(0.15)) out.append(" II");
    return;
  }
  const bool carry = must_carry || rng_.chance(0.6);
  if (!carry) {
    out.append(base);
    return;
  }
  const double u = rng_.uniform();
  const bool roman = roman_ok(base);
  auto prefix = [&out, base](std::string_view p) {
    out.append(p);
    out.append(base);
  };
  auto suffix = [&out, base](std::string_view s) {
    out.append(base);
    out.append(s);
  };
  switch (level) {
    case Level::intern:
      if (u < 0.45) {
        suffix(" Intern");
      } else if (u < 0.60) {
        prefix("Intern - ");
      } else if (u < 0.75) {
        suffix(" Internship");
      } else if (u < 0.95) {
        suffix(" Intern (Summer ");
        append_int(out, year);
        out.push_back(')');
      } else {
        prefix("Apprentice ");
      }
      break;
    case Level::entry:
      if (u < 0.30) {
        prefix("Junior ");
      } else if (u < 0.42) {
        prefix("Jr. ");
      } else if (u < 0.47) {
        prefix("Jr ");
      } else if (u < 0.65) {
        if (roman) {
          suffix(" I");
        } else {
          prefix("Junior ");
        }
      } else if (u < 0.82) {
        prefix("Graduate ");
      } else if (u < 0.93) {
        prefix("Entry Level ");
      } else {
        suffix(" (New Grad)");
      }
      break;
    case Level::senior:
      if (u < 0.60) {
        prefix("Senior ");
      } else if (u < 0.80) {
        prefix("Sr. ");
      } else if (u < 0.85 || !roman) {
        prefix("Sr ");
      } else {
        suffix(" III");
      }
      break;
    case Level::lead:
      if (u < 0.35) {
        prefix("Lead ");
      } else if (u < 0.60) {
        prefix("Principal ");
      } else if (u < 0.85) {
        prefix("Staff ");
      } else if (u < 0.90 || !roman) {
        suffix(" Lead");
      } else {
        suffix(" IV");
      }
      break;
    case Level::mid:
    case Level::executive:
      break;
  }
}

void Generator::build_skills(std::string& out, const Role& role, double f, double& premium,
                             Sk& first_skill) {
  constexpr std::array<double, 6> kCountWeights{12, 20, 24, 20, 14, 10};  // 3..8 skills
  const std::size_t wanted = 3 + rng_.pick(kCountWeights.data(), kCountWeights.size());
  std::array<Sk, 8> picked{};
  std::size_t n = 0;
  chosen_.fill(false);

  auto draw_from = [&](const Pool& pool, bool ai_only) {
    for (std::size_t k = 0; k < pool.size(); ++k) {
      const PoolItem& item = pool[k];
      const SkillInfo& info = kSkillTable[static_cast<std::size_t>(item.skill)];
      const bool usable = !chosen_[static_cast<std::size_t>(item.skill)] && (!ai_only || info.ai);
      scratch_[k] = usable ? item.weight * trend(info.trend) : 0.0;
    }
    double total = 0.0;
    for (std::size_t k = 0; k < pool.size(); ++k) total += scratch_[k];
    if (total <= 0.0) return;
    const Sk s = pool[rng_.pick(scratch_.data(), pool.size())].skill;
    chosen_[static_cast<std::size_t>(s)] = true;
    picked[n++] = s;
  };

  if (role.ai) {
    draw_from(*role.pool, true);  // an AI role always asks for at least one AI skill
  } else if (role.ai_extra != nullptr &&
             rng_.chance(role.skill_ai_base + role.skill_ai_slope * f)) {
    draw_from(*role.ai_extra, false);
    if (rng_.chance(0.3)) draw_from(*role.ai_extra, false);
  }
  const std::size_t available = role.pool->size();
  const std::size_t target = std::min<std::size_t>(wanted, n + available);
  for (std::size_t guard = 0; n < target && guard < 16; ++guard) draw_from(*role.pool, false);

  // AI skills drawn first come first in the list only some of the time.
  if (n > 1 && rng_.chance(0.6)) std::swap(picked[0], picked[1 + rng_.below(n - 1)]);

  premium = 1.0;
  for (std::size_t k = 0; k < n; ++k)
    premium *= kSkillTable[static_cast<std::size_t>(picked[k])].premium;
  first_skill = picked[0];

  // Separator style: `;` most, `,`, `|`, or a Python / JSON style list.
  const double style_u = rng_.uniform();
  const int style = style_u < 0.50   ? 0
                    : style_u < 0.55 ? 1
                    : style_u < 0.72 ? 2
                    : style_u < 0.82 ? 3
                    : style_u < 0.95 ? 4
                                     : 5;
  out.clear();
  if (style == 4) out.push_back('[');
  if (style == 5) out.push_back('[');
  for (std::size_t k = 0; k < n; ++k) {
    const SkillInfo& info = kSkillTable[static_cast<std::size_t>(picked[k])];
    std::string_view spelling = info.name;
    if (!info.variants[0].empty() && rng_.chance(0.3)) {
      spelling =
          (!info.variants[1].empty() && rng_.chance(0.5)) ? info.variants[1] : info.variants[0];
    }
    if (k > 0) {
      switch (style) {
        case 0:
          out.push_back(';');
          break;
        case 1:
          out.append("; ");
          break;
        case 2:
          out.append(", ");
          break;
        case 3:
          out.push_back('|');
          break;
        default:
          out.append(", ");
          break;
      }
    }
    if (style == 4) out.push_back('\'');
    if (style == 5) out.push_back('"');
    out.append(spelling);
    if (style == 4) out.push_back('\'');
    if (style == 5) out.push_back('"');
  }
  if (style >= 4) out.push_back(']');
}

void Generator::build_description(std::string& out, const Role& role, std::string_view title,
                                  std::string_view company, std::string_view industry,
                                  std::string_view city, Sk first_skill, double f) {
  out.clear();
  auto duty = [this, &role, f]() -> std::string_view {
    switch (role.family) {
      case 0:
        return kDutiesEngineering[rng_.below(kDutiesEngineering.size())];
      case 1:
        return kDutiesData[rng_.below(kDutiesData.size())];
      case 2:
        return kDutiesBusiness[rng_.below(kDutiesBusiness.size())];
      default:
        if (f > 1.0 && rng_.chance(0.3 + 0.12 * f)) {
          return kDutiesAiGenerative[rng_.below(kDutiesAiGenerative.size())];
        }
        return kDutiesAiClassic[rng_.below(kDutiesAiClassic.size())];
    }
  };
  // Draw everything first, in a fixed order, then assemble.
  const auto& teams = kTeams[static_cast<std::size_t>(std::min(role.family, 3))];
  const std::string_view team = teams[rng_.below(teams.size())];
  const std::string_view a = article(title);
  const std::string_view d1 = duty();
  const std::string_view d2 = duty();
  const std::string_view d3 = duty();
  const std::string_view motto = kMottos[rng_.below(kMottos.size())];
  const std::string_view benefit = kBenefits[rng_.below(kBenefits.size())];
  const std::string_view where = (city.empty() || city == "Remote") ? "a remote-first setup" : city;
  constexpr std::array<double, 7> kTemplateWeights{25, 22, 6, 8, 6, 29, 4};
  switch (rng_.pick(kTemplateWeights.data(), kTemplateWeights.size())) {
    case 0:
      out.append(company)
          .append(" is looking for ")
          .append(a)
          .append(" ")
          .append(title)
          .append(" to join our ");
      out.append(team).append(" team in ").append(where).append(". You will ").append(d1);
      out.append(" and ").append(d2).append(".");
      break;
    case 1:
      out.append("As ").append(a).append(" ").append(title).append(" at ").append(company).append(
          ", you will ");
      out.append(d1).append(", ").append(d2).append(" and ").append(d3).append(".");
      break;
    case 2:  // multi-line
      out.append("We are hiring ")
          .append(a)
          .append(" ")
          .append(title)
          .append(". You will ")
          .append(d1);
      out.append(".\nWhat we offer: ").append(benefit).append(".");
      break;
    case 3:  // quotes
      out.append("Join ").append(company).append("! Our ").append(team).append(" team needs ");
      out.append(a).append(" ");
      out.append(title).append(" to ").append(d1).append(". Our motto is \"");
      out.append(motto).append("\".");
      break;
    case 4:  // multi-line list
      out.append("Responsibilities:\n- ").append(d1).append("\n- ").append(d2);
      out.append("\n- ").append(d3);
      break;
    case 5:
      out.append(company).append(" (").append(industry).append(") is growing. The ");
      out.append(title).append(" will ").append(d1).append("; experience with ");
      out.append(kSkillTable[static_cast<std::size_t>(first_skill)].name).append(" is a plus.");
      break;
    default:
      break;  // no description
  }
}

void Generator::make_row(std::uint64_t index, Fields& out, RowInfo& info) {
  // Date.
  const double total = day_cumulative_.back();
  const double target = rng_.uniform() * total;
  const auto it = std::upper_bound(day_cumulative_.begin(), day_cumulative_.end(), target);
  const auto day_index = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
      it - day_cumulative_.begin(), static_cast<std::ptrdiff_t>(day_cumulative_.size() - 1)));
  const std::int64_t z = first_day_ + static_cast<std::int64_t>(day_index);
  const Civil date = civil_from_days(z);
  const double f = static_cast<double>(day_index) / 365.25;  // years since 2022-01-01
  for (std::size_t k = 0; k < kTrendCount; ++k) {
    trends_[k] = trend_factor(static_cast<Trend>(k), f);
  }

  const std::size_t source = rng_.pick(kSourceWeights.data(), kSourceWeights.size());
  const std::size_t industry = rng_.pick(industry_weights_.data(), industry_weights_.size());
  const Industry& ind = kIndustries[industry];
  const std::string_view company = ind.companies[rng_.below(ind.companies.size())];

  // Place.
  const Country* country = nullptr;
  const UnknownPlace* unknown = nullptr;
  const City* city = nullptr;
  if (rng_.chance(kUnknownCountryShare)) {
    unknown = &kUnknownPlaces[rng_.below(kUnknownPlaces.size())];
  } else {
    country = &kCountries[rng_.pick(country_weights_.data(), country_weights_.size())];
    for (std::size_t k = 0; k < country->cities.size(); ++k)
      scratch_[k] = country->cities[k].weight;
    city = &country->cities[rng_.pick(scratch_.data(), country->cities.size())];
  }

  const bool ai = rng_.chance(ai_share(f, industry));
  const Level level = pick_level(f);
  const Role& role = pick_role(ai, level, industry);

  // Seniority column: LinkedIn words or EN/MI/SE/EX codes depending on the source; only terms
  // whose meaning SPEC 2.1 fixes. Empty for about 40% of rows.
  std::string_view seniority;
  {
    bool codes = false;
    double given = 0.0;
    switch (source) {
      case 0:
        given = 0.95;
        break;
      case 1:
        given = 0.85;
        codes = rng_.chance(0.5);
        break;
      case 2:
        given = 0.95;
        codes = true;
        break;
      default:
        given = 0.75;
        codes = true;
        break;
    }
    const bool give = rng_.chance(given);
    const bool alt = rng_.chance(0.3);
    if (give) {
      switch (level) {
        case Level::intern:
          seniority = codes ? "" : "Internship";
          break;
        case Level::entry:
          seniority = codes ? "EN" : (alt ? "Associate" : "Entry level");
          break;
        case Level::mid:
          seniority = codes ? "MI" : "";
          break;
        case Level::senior:
          seniority = codes ? "SE" : "Mid-Senior level";
          break;
        case Level::lead:
          seniority = "";
          break;
        case Level::executive:
          seniority = codes ? "EX" : (alt ? "Executive" : "Director");
          break;
      }
    }
  }
  const int intern_year = date.month <= 6 ? date.year : date.year + 1;
  build_title(out[kTitle], level, role, seniority.empty(), intern_year);

  // Employment type.
  std::string_view employment;
  {
    const double u = rng_.uniform();
    if (level == Level::intern) {
      employment = u < 0.85 ? "Internship" : u < 0.95 ? "Part-time" : "Full-time";
    } else if (level == Level::executive) {
      employment = u < 0.97 ? "Full-time" : "Contract";
    } else {
      employment = u < 0.88 ? "Full-time" : u < 0.96 ? "Contract" : "Part-time";
    }
  }

  // Remote: remote share falls from ~28% to ~15%, hybrid rises from ~22% to ~37%.
  std::string_view remote;
  {
    const double p_remote = clamp01(0.28 - 0.03 * f, 0.1, 0.4);
    const double p_hybrid = clamp01(0.22 + 0.035 * f, 0.1, 0.45);
    const double u = rng_.uniform();
    int mode = u < p_remote ? 2 : u < p_remote + p_hybrid ? 1 : 0;  // 0 onsite 1 hybrid 2 remote
    if (unknown != nullptr) mode = 2;
    const bool empty = rng_.chance(0.08);
    const double form = rng_.uniform();
    static constexpr std::array<std::string_view, 3> kLower{"onsite", "hybrid", "remote"};
    static constexpr std::array<std::string_view, 3> kCapital{"Onsite", "Hybrid", "Remote"};
    static constexpr std::array<std::string_view, 3> kRatio{"0", "50", "100"};
    const auto m = static_cast<std::size_t>(mode);
    if (empty) {
      remote = "";
    } else if (source == 0) {
      remote = kCapital[m];
    } else if (source == 1) {
      remote = (form < 0.5 && mode != 1) ? (mode == 2 ? "true" : "false") : kLower[m];
    } else if (source == 2) {
      remote = form < 0.8 ? kRatio[m] : kLower[m];
    } else {
      remote = kLower[m];
    }
  }

  // Skills.
  double premium = 1.0;
  Sk first_skill = kPython;
  build_skills(out[kSkills], role, f, premium, first_skill);

  // Pay: an annual USD figure, then the local currency and the stated period.
  const auto lv = static_cast<std::size_t>(level);
  double role_factor = role.pay;
  if (level == Level::intern) role_factor = 1.0 - (1.0 - role.pay) * 0.5;
  const double place_factor = unknown != nullptr ? 0.75 : country->pay * city->pay;
  const double time_factor = 0.90 + 0.022 * f;  // ~2.4% a year nominal growth to 2026
  const double noise = 1.0 + 0.10 * clamp01(rng_.normal(), -2.5, 2.5);
  double annual_usd = kUsAiPay[lv] * role_factor * place_factor * time_factor * premium * noise;
  if (annual_usd < 6500.0) annual_usd = 6500.0;  // keep clear of the 5,000 USD outlier floor
  const std::string_view currency = unknown != nullptr ? unknown->currency : country->currency;
  const double per_usd = unknown != nullptr ? (currency == "EUR" ? 0.924 : 1.0) : country->per_usd;
  const double annual_local = annual_usd * per_usd;

  std::string_view period;
  {
    const double u = rng_.uniform();
    if (level == Level::intern) {
      period = u < 0.55 ? "hour" : u < 0.70 ? "month" : "year";
    } else if (employment == "Contract") {
      period = u < 0.50 ? "hour" : u < 0.65 ? "day" : u < 0.70 ? "week" : "year";
    } else if (employment == "Part-time") {
      period = u < 0.70 ? "hour" : "year";
    } else if (country != nullptr && country->monthly_pay) {
      period = u < 0.50 ? "month" : u < 0.98 ? "year" : "hour";
    } else {
      period = u < 0.93 ? "year" : u < 0.96 ? "month" : u < 0.99 ? "hour" : "week";
    }
  }
  double divisor = 1.0;
  if (period == "hour")
    divisor = 2080.0;
  else if (period == "day")
    divisor = 260.0;
  else if (period == "week")
    divisor = 52.0;
  else if (period == "month")
    divisor = 12.0;
  const double amount = annual_local / divisor;
  const double width = 0.08 + 0.14 * rng_.uniform();
  double lo = nice_round(amount * (1.0 - width));
  double hi = nice_round(amount * (1.0 + width));
  if (hi <= lo) hi = lo + nice_step(lo);
  const double single = nice_round(amount);

  const double pay_u = rng_.uniform();
  const int pay_kind = pay_u < 0.55 ? 2 : pay_u < 0.65 ? 1 : 0;  // 2 range, 1 single, 0 none
  const bool currency_empty = unknown == nullptr && rng_.chance(0.15);
  const bool period_empty = period == "year" && rng_.chance(0.10);
  for (const Field k : {kSalaryMin, kSalaryMax, kSalary, kCurrency, kPayPeriod}) out[k].clear();
  if (pay_kind == 2) {
    append_amount(out[kSalaryMin], lo);
    append_amount(out[kSalaryMax], hi);
  } else if (pay_kind == 1) {
    append_amount(out[kSalary], single);
  }
  if (pay_kind != 0) {
    if (!currency_empty) out[kCurrency].assign(currency);
    if (!period_empty) out[kPayPeriod].assign(period);
  }
  info.pay_period_amount = single;
  info.period = period;
  info.currency = currency;

  // Identity.
  info.id.assign(kIdPrefixes[source]);
  append_padded(info.id, (index % id_modulus_ * id_multiplier_ + id_offset_) % id_modulus_,
                id_width_);
  info.has_id = !rng_.chance(kNoIdShare[source]);
  out[kJobId].assign(info.has_id ? std::string_view(info.id) : std::string_view());

  // Date text: mostly YYYY-MM-DD; some sources give a time, an ISO timestamp or epoch time.
  std::string& d = out[kDatePosted];
  d.clear();
  {
    const double u = rng_.uniform();
    const auto secs = static_cast<int>(rng_.below(86400));
    const int office_secs = 9 * 3600 + static_cast<int>(rng_.below(9 * 3600));
    const std::int64_t epoch = z * 86400 + secs;
    if (source == 0 && u < 0.15) {
      append_int(d, epoch * 1000 + static_cast<std::int64_t>(rng_.below(1000)));
    } else if (source == 1 && u < 0.30) {
      append_date(d, date);
      d.push_back(' ');
      append_time(d, secs);
    } else if (source == 2 && u < 0.10) {
      append_int(d, epoch);
    } else if (source == 3 && u < 0.40) {
      // Office hours with offsets within -05:00..+05:30, so the UTC date is the same day.
      static constexpr std::array<std::string_view, 6> kOffsets{"Z",      "+01:00", "+02:00",
                                                                "-05:00", "+05:30", "-04:00"};
      append_date(d, date);
      d.push_back('T');
      append_time(d, office_secs);
      d.append(kOffsets[rng_.below(kOffsets.size())]);
    } else {
      append_date(d, date);
    }
  }

  out[kSource].assign(kSources[source]);
  out[kCompany].assign(company);
  out[kIndustry].assign(ind.name);
  out[kSeniority].assign(seniority);
  out[kEmploymentType].assign(employment);
  out[kRemote].assign(remote);

  // Country text: name, ISO alpha-2, alpha-3 or a common alias.
  std::string_view city_text;
  if (unknown != nullptr) {
    out[kCountry].assign(unknown->text);
    city_text = rng_.chance(0.5) ? "Remote" : "";
  } else {
    const double u = rng_.uniform();
    std::string_view text = country->name;
    if (u < 0.60)
      text = country->name;
    else if (u < 0.80)
      text = country->alpha2;
    else if (u < 0.90)
      text = country->alpha3;
    else if (!country->alias.empty())
      text = country->alias;
    out[kCountry].assign(text);
    city_text = city->name;
  }
  out[kCity].assign(city_text);

  build_description(out[kDescription], role, out[kTitle], company, ind.name, city_text, first_skill,
                    f);
}

// ---------------------------------------------------------------------------------------------
// Deliberately bad rows and duplicates (--bad-rows).

enum class Special : std::uint8_t {
  empty_title,
  missing_date,
  impossible_date,
  date_text,
  unknown_currency,
  unknown_period,
  negative_salary,
  too_few_fields,
  duplicate,
};
constexpr std::size_t kSpecialKinds = 9;
constexpr std::array<std::string_view, kSpecialKinds> kSpecialNames{
    "empty_title",    "missing_date",    "impossible_date", "date_text", "unknown_currency",
    "unknown_period", "negative_salary", "too_few_fields",  "duplicate"};

struct SpecialCounts {
  std::uint64_t per_bad_kind = 0;
  std::uint64_t duplicates = 0;
};

// Fixed by the row count alone: 2 of each bad kind and 5 duplicates up to 8,000 rows; at scale
// N/4000 of each kind (0.2% bad in all) and N/1000 duplicates.
SpecialCounts special_counts(std::uint64_t rows) {
  SpecialCounts c;
  if (rows >= 1000) {
    c.per_bad_kind = std::max<std::uint64_t>(2, rows / 4000);
    c.duplicates = std::max<std::uint64_t>(5, rows / 1000);
  } else {
    c.per_bad_kind = rows / 500;
    c.duplicates = rows / 200;
  }
  return c;
}

void write_fields(std::string& out, const Fields& fields, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    if (k > 0) out.push_back(',');
    append_csv_field(out, fields[k]);
  }
  out.push_back('\n');
}

// Turns an ordinary row into a bad row of the given kind (one defect each).
void apply_defect(Special kind, Fields& fields, const RowInfo& info) {
  fields[kJobId] = info.id;  // bad rows always carry an id
  auto ensure_pay = [&fields, &info]() {
    if (fields[kSalaryMin].empty() && fields[kSalaryMax].empty() && fields[kSalary].empty()) {
      append_amount(fields[kSalary], info.pay_period_amount);
    }
    if (fields[kPayPeriod].empty()) fields[kPayPeriod].assign(info.period);
    if (fields[kCurrency].empty()) fields[kCurrency].assign(info.currency);
  };
  switch (kind) {
    case Special::empty_title:
      fields[kTitle].clear();
      break;
    case Special::missing_date:
      fields[kDatePosted].clear();
      break;
    case Special::impossible_date:
      fields[kDatePosted] = "2025-02-30";
      break;
    case Special::date_text:
      fields[kDatePosted] = "yesterday";
      break;
    case Special::unknown_currency:
      ensure_pay();
      fields[kCurrency] = "XYZ";
      break;
    case Special::unknown_period:
      ensure_pay();
      fields[kPayPeriod] = "fortnight";
      break;
    case Special::negative_salary:
      ensure_pay();
      fields[kSalaryMin].clear();
      fields[kSalaryMax].clear();
      fields[kSalary].clear();
      fields[kSalary].push_back('-');
      append_amount(fields[kSalary], info.pay_period_amount);
      break;
    case Special::too_few_fields:
    case Special::duplicate:
      break;
  }
}

// ---------------------------------------------------------------------------------------------

struct Options {
  std::uint64_t rows = 5000;
  std::uint64_t seed = 42;
  bool bad_rows = false;
  std::string out;  // empty: stdout
};

[[noreturn]] void usage(int code) {
  std::FILE* stream = code == 0 ? stdout : stderr;
  std::fputs(
      "usage: jobsight-generate [--rows N] [--seed S] [--bad-rows] [--out FILE]\n"
      "\n"
      "Writes N synthetic job postings (default 5000) as CSV to FILE or stdout, reproducibly\n"
      "from seed S (default 42).\n"
      "  --rows N     number of data records (header not counted)\n"
      "  --seed S     unsigned 64-bit seed\n"
      "  --bad-rows   replace a fixed number of rows with deliberately bad rows and exact\n"
      "               duplicates (counts printed on stderr)\n"
      "  --out FILE   write to FILE instead of stdout\n",
      stream);
  std::exit(code);
}

bool parse_u64(std::string_view text, std::uint64_t& value) {
  if (text.empty()) return false;
  const auto res = std::from_chars(text.data(), text.data() + text.size(), value);
  return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

Options parse_args(int argc, char** argv) {
  Options opt;
  for (int k = 1; k < argc; ++k) {
    std::string_view arg = argv[k];
    std::string_view value;
    bool has_value = false;
    if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    auto take_value = [&]() -> std::string_view {
      if (has_value) return value;
      if (k + 1 >= argc) {
        std::fprintf(stderr, "jobsight-generate: %.*s needs a value\n",
                     static_cast<int>(arg.size()), arg.data());
        usage(2);
      }
      return argv[++k];
    };
    if (arg == "--help" || arg == "-h") {
      usage(0);
    } else if (arg == "--rows") {
      const std::string_view v = take_value();
      if (!parse_u64(v, opt.rows)) {
        std::fprintf(stderr, "jobsight-generate: --rows: not a row count: %.*s\n",
                     static_cast<int>(v.size()), v.data());
        std::exit(2);
      }
    } else if (arg == "--seed") {
      const std::string_view v = take_value();
      if (!parse_u64(v, opt.seed)) {
        std::fprintf(stderr, "jobsight-generate: --seed: not an unsigned integer: %.*s\n",
                     static_cast<int>(v.size()), v.data());
        std::exit(2);
      }
    } else if (arg == "--bad-rows" && !has_value) {
      opt.bad_rows = true;
    } else if (arg == "--out") {
      opt.out = std::string(take_value());
    } else {
      std::fprintf(stderr, "jobsight-generate: unknown option: %s\n", argv[k]);
      usage(2);
    }
  }
  return opt;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse_args(argc, argv);

  std::FILE* file = stdout;
  if (!opt.out.empty()) {
    file = std::fopen(opt.out.c_str(), "wb");
    if (file == nullptr) {
      std::fprintf(stderr, "jobsight-generate: cannot open %s: %s\n", opt.out.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }

  Generator gen(opt.seed, opt.rows);

  // Schedule of special rows: the rows after a clean warm-up are cut into one stratum per
  // special row; each stratum holds one, at a seeded offset, its kind from a seeded shuffle.
  Rng special_rng(splitmix64(opt.seed ^ 0x6A6F627369676874ULL));  // "jobsight"
  std::vector<Special> schedule;
  std::uint64_t warmup = 0;
  std::uint64_t stratum = 1;
  if (opt.bad_rows) {
    const SpecialCounts counts = special_counts(opt.rows);
    for (std::size_t kind = 0; kind + 1 < kSpecialKinds; ++kind) {
      for (std::uint64_t k = 0; k < counts.per_bad_kind; ++k) {
        schedule.push_back(static_cast<Special>(kind));
      }
    }
    for (std::uint64_t k = 0; k < counts.duplicates; ++k) schedule.push_back(Special::duplicate);
    for (std::size_t k = schedule.size(); k > 1; --k) {
      std::swap(schedule[k - 1], schedule[special_rng.below(k)]);
    }
    warmup = std::min<std::uint64_t>(200, opt.rows / 20);
    if (!schedule.empty()) stratum = (opt.rows - warmup) / schedule.size();
    if (stratum == 0) schedule.clear();
  }
  std::size_t next_special = 0;
  auto special_position = [&](std::size_t s) {
    return warmup + s * stratum + special_rng.below(stratum);
  };
  std::uint64_t next_position = schedule.empty() ? opt.rows : special_position(0);

  // Recent good rows with an id, for exact duplicates.
  constexpr std::size_t kRing = 64;
  std::vector<std::string> ring(kRing);
  std::size_t ring_count = 0;
  std::size_t ring_next = 0;
  std::array<std::uint64_t, kSpecialKinds> written{};

  std::string buffer;
  constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  buffer.reserve(kFlushAt + 4096);
  buffer.append(kHeader);
  Fields fields;
  RowInfo info;
  std::string row;
  bool io_ok = true;

  for (std::uint64_t i = 0; i < opt.rows; ++i) {
    gen.make_row(i, fields, info);
    row.clear();
    if (i == next_position && next_special < schedule.size()) {
      const Special kind = schedule[next_special];
      if (kind == Special::duplicate && ring_count > 0) {
        row = ring[(ring_next + kRing - 1 - special_rng.below(ring_count)) % kRing];
        ++written[static_cast<std::size_t>(kind)];
      } else if (kind != Special::duplicate) {
        apply_defect(kind, fields, info);
        write_fields(row, fields, kind == Special::too_few_fields ? kSeniority + 1 : kFieldCount);
        ++written[static_cast<std::size_t>(kind)];
      }
      ++next_special;
      next_position = next_special < schedule.size() ? special_position(next_special) : opt.rows;
    }
    if (row.empty()) {
      write_fields(row, fields, kFieldCount);
      if (info.has_id) {
        ring[ring_next].assign(row);
        ring_next = (ring_next + 1) % kRing;
        ring_count = std::min(ring_count + 1, kRing);
      }
    }
    buffer.append(row);
    if (buffer.size() >= kFlushAt) {
      io_ok = io_ok && std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
      buffer.clear();
    }
  }
  io_ok = io_ok && std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
  io_ok = std::fflush(file) == 0 && io_ok;
  if (file != stdout) io_ok = std::fclose(file) == 0 && io_ok;
  if (!io_ok) {
    std::fprintf(stderr, "jobsight-generate: write error on %s\n",
                 opt.out.empty() ? "stdout" : opt.out.c_str());
    return 1;
  }

  std::fprintf(stderr, "jobsight-generate: %llu rows, seed %llu",
               static_cast<unsigned long long>(opt.rows),
               static_cast<unsigned long long>(opt.seed));
  if (opt.bad_rows) {
    std::uint64_t bad = 0;
    for (std::size_t k = 0; k + 1 < kSpecialKinds; ++k) bad += written[k];
    std::fprintf(stderr, "; %llu bad rows (", static_cast<unsigned long long>(bad));
    for (std::size_t k = 0; k + 1 < kSpecialKinds; ++k) {
      std::fprintf(stderr, "%s%.*s %llu", k == 0 ? "" : ", ",
                   static_cast<int>(kSpecialNames[k].size()), kSpecialNames[k].data(),
                   static_cast<unsigned long long>(written[k]));
    }
    std::fprintf(stderr, "), %llu exact duplicates",
                 static_cast<unsigned long long>(written[kSpecialKinds - 1]));
  }
  std::fputc('\n', stderr);
  return 0;
}
