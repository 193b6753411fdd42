// The skill table (declared in data_tables.hpp): spellings, AI flag, pay premium and trend of
// every skill.
#include "data_tables.hpp"

namespace jobsight_generate {
namespace {

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

}  // namespace

const std::array<SkillInfo, kSkillCount> kSkillTable = make_skills();

}  // namespace jobsight_generate
