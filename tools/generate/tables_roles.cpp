// Skill pools and roles (declared in data_tables.hpp).
#include "data_tables.hpp"

namespace jobsight_generate {
namespace {

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

}  // namespace

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

}  // namespace jobsight_generate
