// Trends and description fragments (declared in data_tables.hpp).
#include "data_tables.hpp"

#include <algorithm>

namespace jobsight_generate {

// ---------------------------------------------------------------------------------------------
// Trends over time. f = years since 2022-01-01.

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
// Description fragments.

// Teams by role family (engineering, data, business, AI).
const std::array<std::array<std::string_view, 4>, 4> kTeams{{
    {"Core Infrastructure", "Payments", "Search", "Developer Experience"},
    {"Data Platform", "Analytics", "Customer Insights", "Growth"},
    {"Operations", "Finance", "Customer Insights", "Growth"},
    {"Machine Learning", "Applied AI", "AI Research", "Search"},
}};
const std::array<std::string_view, 8> kDutiesEngineering{
    "build and operate services used by millions of customers",
    "improve the reliability of our platform",
    "write clean, well-tested code",
    "own features end to end",
    "work closely with product and design",
    "mentor other engineers",
    "automate our build and release pipelines",
    "keep our cloud costs under control"};
const std::array<std::string_view, 8> kDutiesData{
    "design and maintain data pipelines", "turn business questions into analyses",
    "build dashboards for leadership",    "define metrics, run experiments and share results",
    "model our core business data",       "present findings to stakeholders",
    "improve data quality across teams",  "partner with finance, marketing and operations"};
const std::array<std::string_view, 8> kDutiesBusiness{
    "gather requirements from stakeholders",    "prioritise the roadmap",
    "coordinate delivery across several teams", "write clear specifications",
    "track budgets, risks and timelines",       "talk to customers every week",
    "run workshops with business users",        "report progress to senior leadership"};
const std::array<std::string_view, 6> kDutiesAiClassic{
    "train and evaluate machine learning models",
    "deploy models to production at scale",
    "build computer vision models for quality inspection",
    "design features, labels and evaluation sets",
    "improve ranking and recommendation models",
    "research and prototype new deep learning methods"};
const std::array<std::string_view, 5> kDutiesAiGenerative{
    "ship LLM-powered features to production", "build retrieval-augmented generation pipelines",
    "fine-tune large language models on our data",
    "design evaluations and guardrails for generative AI",
    "build AI agents that automate internal workflows"};
const std::array<std::string_view, 5> kMottos{"ship small, ship often", "customers first",
                                              "default to open", "no ego, just results",
                                              "learn fast"};
const std::array<std::string_view, 5> kBenefits{
    "competitive pay, 25 days of leave and a learning budget",
    "health insurance, equity and flexible hours", "a hybrid schedule and a home-office allowance",
    "visa sponsorship for the right candidate", "parental leave, a pension plan and free lunches"};

}  // namespace jobsight_generate
