-- 0007: reference data: how skills are found in running text (title, description; SPEC 2.3).
-- The rule: every taxonomy name and alias is looked for as whole words, case-insensitively,
-- longest match first, EXCEPT the spellings marked `needs_context = 1` here. A spelling needs
-- context when, alone in a posting's text, it often means something other than the skill: a
-- single letter (C, R), an ordinary word whose everyday sense turns up in postings (Go, Rust,
-- Swift, spark, Excel, word, rest, Spring, React, node, express, Compliance, Networking, SAFe,
-- Workday, Chef, Helm...), or a short token that is also a common abbreviation or word (ai is an
-- Italian word and an Illustrator file; ml a millilitre; ts as in TS/SCI clearance; bi as in
-- bi-weekly; dba "doing business as"; gtm go-to-market; DBT a therapy; SEM a microscope; SAS a
-- French company form; CNN a broadcaster; GaN a semiconductor; RAG a red-amber-green status).
-- A marked spelling is found only through the forms in `skill_text_forms`, phrases that are
-- unambiguous (`r programming`, `in r`, `r/python`, `golang` is already an alias, `go developer`,
-- `excel spreadsheets`, `spark sql`, `ios swift`) and never `R&D`, `go-to-market`, `excel at`.
-- A form belongs to every skill listed for it (`node/express` is Node.js and Express.js); the
-- skills its other words name by an unmarked spelling (`spark sql` -> SQL, `ios swift` -> iOS)
-- are added by the matcher, so they are not listed. Text never adds new skills: only skills with
-- `from_taxonomy = 1` are looked for. `needs_context` changes nothing for the skills column,
-- where a cell is a skill by itself.
-- Forms are lower-case, single-spaced, and end where the context ends (`excel spreadsheets`, not
-- `excel spreadsheets and`); the matcher also refuses a form followed by `-`, `&`, `+` or `#`
-- (`in R&D`, `with go-to-market`, `in C++`) or preceded by `-` or `&`.
-- Not in the taxonomy, so not here: Access, Make (no skill of that name exists).
-- Source: the jobsight project's own review of the 0004 taxonomy. To change it, add a new
-- migration; never edit this one once shipped (reference/README.md).

ALTER TABLE skills ADD COLUMN needs_context INTEGER NOT NULL DEFAULT 0
  CONSTRAINT skill_needs_context_is_boolean CHECK (needs_context = 0 OR needs_context = 1);
ALTER TABLE skill_aliases ADD COLUMN needs_context INTEGER NOT NULL DEFAULT 0
  CONSTRAINT alias_needs_context_is_boolean CHECK (needs_context = 0 OR needs_context = 1);

-- Unambiguous phrases that find a skill in text although its short spellings need context.
CREATE TABLE skill_text_forms (
  skill_id INTEGER NOT NULL REFERENCES skills (skill_id),
  form     TEXT NOT NULL CONSTRAINT text_form_is_lower_case_and_single_spaced
             CHECK (form <> '' AND form = lower(trim(form)) AND instr(form, '  ') = 0),
  PRIMARY KEY (skill_id, form)
) WITHOUT ROWID;

-- The spellings that need context. Each must be an alias of a taxonomy skill (every name is an
-- alias of itself): for a misspelt one the subquery is NULL and NOT NULL stops the migration.
CREATE TEMP TABLE context_spellings (alias TEXT NOT NULL PRIMARY KEY COLLATE NOCASE);
INSERT INTO context_spellings (alias)
SELECT (SELECT a.alias FROM skill_aliases AS a JOIN skills AS s ON s.skill_id = a.skill_id
        WHERE a.alias = spelling.column1 AND s.from_taxonomy = 1)
FROM (VALUES
  -- single letters
  ('C'), ('R'),
  -- ordinary words, and first names (Julia)
  ('Go'), ('Rust'), ('Swift'), ('Dart'), ('Julia'), ('Assembly'), ('Bash'), ('shell'), ('Apex'),
  ('spark'), ('airflow'), ('hive'), ('glue'), ('beam'), ('iceberg'), ('synapse'),
  ('bedrock'), ('torch'), ('Transformers'), ('lambda'),
  ('Chef'), ('Helm'), ('Maven'), ('Cypress'), ('elk'), ('Networking'),
  ('React'), ('node'), ('express'), ('Bootstrap'), ('Flask'), ('Spring'), ('rails'), ('rest'),
  ('Postman'), ('accessibility'), ('maui'), ('hana'),
  ('Excel'), ('word'), ('Workday'), ('Compliance'), ('Waterfall'), ('SAFe'),
  ('Sketch'), ('illustrator'), ('Blender'), ('Amplitude'), ('flexibility'),
  -- short tokens that are also other abbreviations or words
  ('ai'), ('ml'), ('ts'), ('bi'), ('d3'), ('RAG'), ('cnn'), ('gan'), ('LoRA'),
  ('dbt'), ('adf'), ('mdm'), ('gtm'), ('SEM'), ('dba'), ('SAS')
) AS spelling;

UPDATE skill_aliases SET needs_context = 1
WHERE alias IN (SELECT alias FROM temp.context_spellings);
UPDATE skills SET needs_context = 1
WHERE from_taxonomy = 1 AND name IN (SELECT alias FROM temp.context_spellings);
DROP TABLE temp.context_spellings;

-- (skill name, form). The subquery is NULL for a misspelt skill name and NOT NULL stops the
-- migration.
INSERT INTO skill_text_forms (skill_id, form)
SELECT (SELECT skill_id FROM skills WHERE name = f.column1 AND from_taxonomy = 1), f.column2
FROM (VALUES
  ('C', 'c programming'), ('C', 'c programmer'), ('C', 'c developer'), ('C', 'c language'),
  ('C', 'embedded c'), ('C', 'ansi c'), ('C', 'c99'), ('C', 'c/c++'), ('C', 'c and c++'),
  ('C', 'c, c++'), ('C', 'in c'), ('C', 'with c'), ('C', 'using c'),

  ('R', 'r programming'), ('R', 'r programmer'), ('R', 'r developer'), ('R', 'r language'),
  ('R', 'r studio'), ('R', 'rstudio'), ('R', 'r shiny'), ('R', 'r markdown'), ('R', 'rmarkdown'),
  ('R', 'r packages'), ('R', 'tidyverse'), ('R', 'dplyr'), ('R', 'ggplot2'),
  ('R', 'r/python'), ('R', 'python/r'), ('R', 'r or python'), ('R', 'python or r'),
  ('R', 'r and python'), ('R', 'python and r'), ('R', 'r, python'), ('R', 'python, r'),
  ('R', 'r, sql'), ('R', 'sql, r'), ('R', 'r/sas'), ('R', 'sas/r'), ('R', 'r or sas'),
  ('R', 'sas or r'), ('R', 'in r'), ('R', 'with r'), ('R', 'using r'),

  ('Go', 'go developer'), ('Go', 'go developers'), ('Go', 'go engineer'), ('Go', 'go engineers'),
  ('Go', 'go programming'), ('Go', 'go language'), ('Go', 'go lang'), ('Go', 'go/golang'),
  ('Go', 'go microservices'), ('Go', 'go services'), ('Go', 'go/python'), ('Go', 'python/go'),
  ('Go', 'go, python'), ('Go', 'python, go'), ('Go', 'go/java'), ('Go', 'java/go'),
  ('Go', 'go/rust'), ('Go', 'rust/go'), ('Go', 'in go'), ('Go', 'with go'), ('Go', 'using go'),

  ('Rust', 'rust programming'), ('Rust', 'rust language'), ('Rust', 'rust developer'),
  ('Rust', 'rust developers'), ('Rust', 'rust engineer'), ('Rust', 'rust engineers'),
  ('Rust', 'rustlang'), ('Rust', 'rust-lang'), ('Rust', 'rust/c++'), ('Rust', 'c++/rust'),
  ('Rust', 'go/rust'), ('Rust', 'rust/go'),

  ('Swift', 'swift programming'), ('Swift', 'swift language'), ('Swift', 'swift developer'),
  ('Swift', 'swift developers'), ('Swift', 'swift engineer'), ('Swift', 'ios swift'),
  ('Swift', 'swiftui'), ('Swift', 'swift/swiftui'), ('Swift', 'swift/objective-c'),
  ('Swift', 'objective-c/swift'), ('Swift', 'swift and objective-c'),
  ('Swift', 'objective-c and swift'), ('Swift', 'swift/kotlin'), ('Swift', 'kotlin/swift'),
  ('Swift', 'using swift'),

  ('Dart', 'dart programming'), ('Dart', 'dart language'), ('Dart', 'dart developer'),
  ('Dart', 'dart/flutter'), ('Dart', 'flutter/dart'), ('Dart', 'dart and flutter'),
  ('Dart', 'flutter and dart'),

  ('Julia', 'julia programming'), ('Julia', 'julia language'), ('Julia', 'julialang'),
  ('Julia', 'python/julia'), ('Julia', 'julia/python'),

  ('Assembly', 'assembly programming'), ('Assembly', 'assembly code'),
  ('Assembly', 'x86 assembly'), ('Assembly', 'arm assembly'),

  ('Bash', 'bash scripts'), ('Bash', 'bash script'), ('Bash', 'bash shell'), ('Bash', 'bash/shell'),
  ('Bash', 'shell/bash'), ('Bash', 'bash/python'), ('Bash', 'python/bash'),
  ('Bash', 'bash/powershell'), ('Bash', 'powershell/bash'),
  ('Shell Scripting', 'shell scripts'), ('Shell Scripting', 'shell script'),
  ('Shell Scripting', 'unix shell'), ('Shell Scripting', 'linux shell'),
  ('Shell Scripting', 'bash shell'), ('Shell Scripting', 'bash/shell'),
  ('Shell Scripting', 'shell/bash'),

  ('Apex', 'apex code'), ('Apex', 'apex classes'), ('Apex', 'apex triggers'),
  ('Apex', 'apex programming'), ('Apex', 'apex development'), ('Apex', 'apex developer'),
  ('Apex', 'apex/visualforce'), ('Apex', 'apex and visualforce'), ('Apex', 'apex, visualforce'),

  ('Apache Spark', 'spark sql'), ('Apache Spark', 'spark streaming'),
  ('Apache Spark', 'spark jobs'),
  ('Apache Spark', 'spark applications'), ('Apache Spark', 'spark developer'),
  ('Apache Spark', 'spark mllib'), ('Apache Spark', 'spark dataframes'),
  ('Apache Spark', 'spark/scala'), ('Apache Spark', 'scala/spark'),
  ('Apache Spark', 'spark/hadoop'),
  ('Apache Spark', 'hadoop/spark'), ('Apache Spark', 'spark and hadoop'),
  ('Apache Spark', 'hadoop and spark'), ('Apache Spark', 'spark, hadoop'),
  ('Apache Spark', 'hadoop, spark'), ('Apache Spark', 'spark/databricks'),
  ('Apache Spark', 'databricks/spark'), ('Apache Spark', 'spark/kafka'),
  ('Apache Spark', 'kafka/spark'), ('Apache Spark', 'spark/hive'), ('Apache Spark', 'hive/spark'),

  ('Apache Airflow', 'airflow dags'), ('Apache Airflow', 'airflow dag'),
  ('Apache Airflow', 'airflow pipelines'), ('Apache Airflow', 'airflow/dbt'),
  ('Apache Airflow', 'dbt/airflow'),
  ('Apache Hive', 'hiveql'), ('Apache Hive', 'hive sql'), ('Apache Hive', 'hive tables'),
  ('Apache Hive', 'hive/hadoop'), ('Apache Hive', 'hadoop/hive'), ('Apache Hive', 'spark/hive'),
  ('Apache Hive', 'hive/spark'),
  ('AWS Glue', 'glue etl'),
  ('Apache Iceberg', 'iceberg tables'),
  ('Azure Synapse', 'synapse analytics'),
  ('dbt', 'dbt models'), ('dbt', 'dbt cloud'), ('dbt', 'dbt core'), ('dbt', 'dbt labs'),
  ('dbt', 'dbt/airflow'), ('dbt', 'airflow/dbt'), ('dbt', 'dbt/snowflake'),
  ('dbt', 'snowflake/dbt'), ('dbt', 'dbt and snowflake'), ('dbt', 'snowflake and dbt'),

  ('Artificial Intelligence', 'ai/ml'), ('Artificial Intelligence', 'ml/ai'),
  ('Artificial Intelligence', 'ai & ml'), ('Artificial Intelligence', 'ai and ml'),
  ('Artificial Intelligence', 'ml and ai'), ('Artificial Intelligence', 'ai/machine learning'),
  ('Artificial Intelligence', 'machine learning/ai'),
  ('Artificial Intelligence', 'ai and machine learning'),
  ('Artificial Intelligence', 'ai & machine learning'),
  ('Artificial Intelligence', 'machine learning and ai'),
  ('Artificial Intelligence', 'ai/llm'), ('Artificial Intelligence', 'ai engineer'),
  ('Artificial Intelligence', 'ai engineers'), ('Artificial Intelligence', 'ai engineering'),
  ('Artificial Intelligence', 'ai developer'), ('Artificial Intelligence', 'ai development'),
  ('Artificial Intelligence', 'ai research'), ('Artificial Intelligence', 'ai researcher'),
  ('Artificial Intelligence', 'ai scientist'), ('Artificial Intelligence', 'ai models'),
  ('Artificial Intelligence', 'ai model'), ('Artificial Intelligence', 'ai systems'),
  ('Artificial Intelligence', 'ai applications'), ('Artificial Intelligence', 'ai frameworks'),
  ('Artificial Intelligence', 'ai algorithms'),
  ('Machine Learning', 'ai/ml'), ('Machine Learning', 'ml/ai'), ('Machine Learning', 'ai & ml'),
  ('Machine Learning', 'ai and ml'), ('Machine Learning', 'ml and ai'),
  ('Machine Learning', 'ml engineer'), ('Machine Learning', 'ml engineers'),
  ('Machine Learning', 'ml engineering'), ('Machine Learning', 'ml models'),
  ('Machine Learning', 'ml model'), ('Machine Learning', 'ml pipelines'),
  ('Machine Learning', 'ml pipeline'), ('Machine Learning', 'ml systems'),
  ('Machine Learning', 'ml platform'), ('Machine Learning', 'ml platforms'),
  ('Machine Learning', 'ml infrastructure'), ('Machine Learning', 'ml research'),
  ('Machine Learning', 'ml researcher'), ('Machine Learning', 'ml scientist'),
  ('Machine Learning', 'ml frameworks'), ('Machine Learning', 'ml algorithms'),
  ('Machine Learning', 'applied ml'), ('Machine Learning', 'ml/dl'), ('Machine Learning', 'ml/nlp'),
  ('Machine Learning', 'nlp/ml'),
  ('Deep Learning', 'ml/dl'),
  ('Transformers', 'transformers library'), ('Transformers', 'hugging face transformers'),
  ('Transformers', 'transformer architecture'), ('Transformers', 'transformer architectures'),
  ('RAG', 'rag pipelines'), ('RAG', 'rag pipeline'), ('RAG', 'rag systems'), ('RAG', 'rag system'),
  ('RAG', 'rag applications'), ('RAG', 'rag architecture'), ('RAG', 'rag architectures'),
  ('RAG', 'rag-based'), ('RAG', 'agentic rag'), ('RAG', 'graphrag'), ('RAG', 'llm/rag'),
  ('RAG', 'rag/llm'),
  ('Convolutional Neural Networks', 'cnn models'),
  ('Convolutional Neural Networks', 'cnn architectures'),
  ('Convolutional Neural Networks', 'cnn/rnn'), ('Convolutional Neural Networks', 'cnn and rnn'),
  ('Convolutional Neural Networks', 'cnn/lstm'),
  ('GANs', 'gan models'),
  ('LoRA', 'qlora'), ('LoRA', 'lora/qlora'), ('LoRA', 'lora adapters'),
  ('LoRA', 'lora fine-tuning'),
  ('AWS Lambda', 'lambda functions'), ('AWS Lambda', 'lambda function'),

  ('TypeScript', 'ts/js'), ('TypeScript', 'js/ts'),
  ('React', 'react developer'), ('React', 'react developers'), ('React', 'react engineer'),
  ('React', 'react development'), ('React', 'react applications'), ('React', 'react apps'),
  ('React', 'react components'), ('React', 'react hooks'), ('React', 'react framework'),
  ('React', 'react frontend'), ('React', 'react front-end'), ('React', 'react/redux'),
  ('React', 'react and redux'), ('React', 'react/typescript'), ('React', 'typescript/react'),
  ('React', 'react and typescript'), ('React', 'typescript and react'),
  ('React', 'javascript/react'), ('React', 'react/javascript'), ('React', 'react/next.js'),
  ('React', 'react/node.js'), ('React', 'react/node'), ('React', 'node/react'),
  ('React', 'react/angular'), ('React', 'angular/react'), ('React', 'react or angular'),
  ('React', 'angular or react'), ('React', 'react, angular'), ('React', 'angular, react'),
  ('React', 'react/vue'), ('React', 'vue/react'), ('React', 'react, vue'),
  ('Node.js', 'node/react'), ('Node.js', 'react/node'), ('Node.js', 'node/express'),
  ('Node.js', 'express/node'), ('Node.js', 'node and express'), ('Node.js', 'node developer'),
  ('Node.js', 'node backend'), ('Node.js', 'node/typescript'), ('Node.js', 'typescript/node'),
  ('Express.js', 'node/express'), ('Express.js', 'express/node'),
  ('Express.js', 'node and express'), ('Express.js', 'node.js/express'),
  ('Express.js', 'node.js and express'), ('Express.js', 'express framework'),
  ('Bootstrap', 'bootstrap css'), ('Bootstrap', 'bootstrap 4'), ('Bootstrap', 'bootstrap 5'),
  ('Bootstrap', 'twitter bootstrap'), ('Bootstrap', 'bootstrap framework'),
  ('Bootstrap', 'css/bootstrap'), ('Bootstrap', 'bootstrap/css'),
  ('Bootstrap', 'html/css/bootstrap'), ('Bootstrap', 'tailwind/bootstrap'),
  ('Bootstrap', 'bootstrap/tailwind'),
  ('Flask', 'flask/django'), ('Flask', 'django/flask'), ('Flask', 'flask or django'),
  ('Flask', 'django or flask'), ('Flask', 'flask, django'), ('Flask', 'django, flask'),
  ('Flask', 'flask and django'), ('Flask', 'django and flask'), ('Flask', 'flask/fastapi'),
  ('Flask', 'fastapi/flask'), ('Flask', 'flask or fastapi'), ('Flask', 'fastapi or flask'),
  ('Flask', 'python flask'), ('Flask', 'flask api'), ('Flask', 'flask apis'),
  ('Flask', 'flask framework'),
  ('Spring', 'spring boot'), ('Spring', 'springboot'), ('Spring', 'spring mvc'),
  ('Spring', 'spring cloud'), ('Spring', 'spring security'), ('Spring', 'spring data'),
  ('Spring', 'spring batch'), ('Spring', 'java spring'), ('Spring', 'java spring boot'),
  ('Spring', 'java/spring'),
  ('Spring', 'spring/hibernate'), ('Spring', 'spring and hibernate'),
  ('Spring Boot', 'springboot'),
  ('Ruby on Rails', 'rails developer'), ('Ruby on Rails', 'rails engineer'),
  ('Ruby on Rails', 'rails api'), ('Ruby on Rails', 'rails applications'),
  ('Ruby on Rails', 'ruby/rails'), ('Ruby on Rails', 'rails/ruby'),
  ('REST APIs', 'rest services'), ('REST APIs', 'rest web services'),
  ('REST APIs', 'rest endpoints'),
  ('REST APIs', 'rest/graphql'), ('REST APIs', 'graphql/rest'), ('REST APIs', 'rest and graphql'),
  ('REST APIs', 'graphql and rest'), ('REST APIs', 'rest/soap'), ('REST APIs', 'soap/rest'),
  ('REST APIs', 'restful'), ('REST APIs', 'restful services'),
  ('REST APIs', 'restful web services'),
  ('Postman', 'postman collections'), ('Postman', 'postman/swagger'),
  ('Postman', 'swagger/postman'),
  ('Web Accessibility', 'accessibility standards'), ('Web Accessibility', 'accessibility testing'),
  ('Web Accessibility', 'accessibility guidelines'),
  ('Web Accessibility', 'accessibility best practices'),
  ('Web Accessibility', 'digital accessibility'), ('Web Accessibility', 'a11y'),
  ('Web Accessibility', 'section 508'),

  ('Chef', 'chef infra'), ('Chef', 'chef cookbooks'), ('Chef', 'chef/puppet'),
  ('Chef', 'puppet/chef'), ('Chef', 'chef or puppet'), ('Chef', 'puppet or chef'),
  ('Chef', 'puppet, chef'), ('Chef', 'chef, puppet'), ('Chef', 'ansible/chef'),
  ('Chef', 'chef/ansible'), ('Chef', 'ansible, chef'),
  ('Helm', 'helm charts'), ('Helm', 'helm chart'), ('Helm', 'helm 3'), ('Helm', 'kubernetes/helm'),
  ('Helm', 'helm/kubernetes'),
  ('Maven', 'maven/gradle'), ('Maven', 'gradle/maven'), ('Maven', 'maven or gradle'),
  ('Maven', 'gradle or maven'), ('Maven', 'maven and gradle'), ('Maven', 'gradle and maven'),
  ('Maven', 'maven builds'),
  ('Cypress', 'cypress.io'), ('Cypress', 'cypress tests'), ('Cypress', 'cypress testing'),
  ('Cypress', 'cypress/playwright'), ('Cypress', 'playwright/cypress'),
  ('Cypress', 'selenium/cypress'), ('Cypress', 'cypress/selenium'),
  ('Cypress', 'selenium, cypress'),
  ('Cypress', 'cypress, playwright'), ('Cypress', 'jest/cypress'), ('Cypress', 'cypress/jest'),
  ('Networking', 'networking protocols'), ('Networking', 'networking concepts'),
  ('Networking', 'networking fundamentals'), ('Networking', 'cisco networking'),
  ('Networking', 'linux networking'), ('Networking', 'cloud networking'),
  ('Networking', 'tcp/ip networking'),

  ('SAS', 'sas programming'), ('SAS', 'sas programmer'), ('SAS', 'sas base'), ('SAS', 'base sas'),
  ('SAS', 'sas/stat'), ('SAS', 'sas enterprise guide'), ('SAS', 'sas eg'), ('SAS', 'sas viya'),
  ('SAS', 'sas macros'), ('SAS', 'sas/sql'), ('SAS', 'r/sas'), ('SAS', 'sas/r'),
  ('SAS', 'r or sas'), ('SAS', 'sas or r'), ('SAS', 'sas/spss'), ('SAS', 'spss/sas'),
  ('SAS', 'sas, spss'), ('SAS', 'spss, sas'),
  ('Business Intelligence', 'bi tools'), ('Business Intelligence', 'bi developer'),
  ('Business Intelligence', 'bi developers'), ('Business Intelligence', 'bi analyst'),
  ('Business Intelligence', 'bi engineer'), ('Business Intelligence', 'bi reporting'),
  ('Business Intelligence', 'bi dashboards'), ('Business Intelligence', 'bi solutions'),
  ('Business Intelligence', 'bi platforms'),
  ('Amplitude', 'amplitude analytics'), ('Amplitude', 'amplitude/mixpanel'),
  ('Amplitude', 'mixpanel/amplitude'), ('Amplitude', 'amplitude or mixpanel'),
  ('Amplitude', 'mixpanel or amplitude'), ('Amplitude', 'amplitude, mixpanel'),
  ('Amplitude', 'mixpanel, amplitude'),
  ('Database Administration', 'database administrator'),
  ('Database Administration', 'database administrators'), ('Database Administration', 'sql dba'),
  ('Database Administration', 'oracle dba'), ('Database Administration', 'sql server dba'),
  ('Database Administration', 'postgresql dba'), ('Database Administration', 'mysql dba'),

  ('Excel', 'excel spreadsheets'), ('Excel', 'excel spreadsheet'), ('Excel', 'excel workbooks'),
  ('Excel', 'excel formulas'), ('Excel', 'excel macros'), ('Excel', 'excel skills'),
  ('Excel', 'excel proficiency'), ('Excel', 'advanced excel'), ('Excel', 'excel dashboards'),
  ('Excel', 'excel models'), ('Excel', 'excel modeling'), ('Excel', 'excel modelling'),
  ('Excel', 'excel reporting'), ('Excel', 'excel pivot tables'), ('Excel', 'vlookup'),
  ('Excel', 'vlookups'), ('Excel', 'xlookup'), ('Excel', 'excel vba'), ('Excel', 'excel/vba'),
  ('Excel', 'in excel'), ('Excel', 'with excel'), ('Excel', 'using excel'),
  ('Excel', 'excel/google sheets'), ('Excel', 'google sheets/excel'),
  ('Excel', 'excel or google sheets'), ('Excel', 'google sheets or excel'),
  ('Excel', 'excel and powerpoint'), ('Excel', 'powerpoint and excel'),
  ('Excel', 'excel/powerpoint'), ('Excel', 'powerpoint/excel'), ('Excel', 'excel, powerpoint'),
  ('Excel', 'powerpoint, excel'), ('Excel', 'word and excel'), ('Excel', 'excel and word'),
  ('Excel', 'word, excel'), ('Excel', 'excel, word'), ('Excel', 'word/excel'),
  ('Excel', 'excel/word'),
  ('Microsoft Word', 'word documents'), ('Microsoft Word', 'word and excel'),
  ('Microsoft Word', 'excel and word'), ('Microsoft Word', 'word, excel'),
  ('Microsoft Word', 'excel, word'), ('Microsoft Word', 'word/excel'),
  ('Microsoft Word', 'excel/word'), ('Microsoft Word', 'word and powerpoint'),
  ('Microsoft Word', 'word, powerpoint'),
  ('Workday', 'workday hcm'), ('Workday', 'workday financials'), ('Workday', 'workday hris'),
  ('Workday', 'workday integrations'), ('Workday', 'workday studio'),
  ('Workday', 'workday reporting'), ('Workday', 'workday recruiting'),
  ('Compliance', 'compliance management'), ('Compliance', 'compliance monitoring'),
  ('Compliance', 'compliance programs'), ('Compliance', 'compliance program'),
  ('Compliance', 'compliance frameworks'), ('Compliance', 'compliance framework'),
  ('Compliance', 'compliance audits'), ('Compliance', 'compliance audit'),
  ('Compliance', 'compliance reporting'), ('Compliance', 'compliance officer'),
  ('Compliance', 'compliance analyst'), ('Compliance', 'compliance risk'),
  ('Compliance', 'aml compliance'),
  ('Waterfall', 'waterfall methodology'), ('Waterfall', 'waterfall methodologies'),
  ('Waterfall', 'agile/waterfall'), ('Waterfall', 'waterfall/agile'),
  ('Waterfall', 'agile and waterfall'), ('Waterfall', 'waterfall and agile'),
  ('Waterfall', 'agile or waterfall'), ('Waterfall', 'waterfall or agile'),
  ('Waterfall', 'agile, waterfall'), ('Waterfall', 'waterfall project management'),
  ('SAFe', 'safe agile'), ('SAFe', 'safe agilist'), ('SAFe', 'safe pi planning'),
  ('SAFe', 'safe scrum master'), ('SAFe', 'safe practitioner'),
  ('SAFe', 'safe program consultant'), ('SAFe', 'safe spc'),
  ('SEM', 'seo/sem'), ('SEM', 'sem/seo'), ('SEM', 'seo and sem'), ('SEM', 'sem and seo'),
  ('SEM', 'seo & sem'), ('SEM', 'seo, sem'), ('SEM', 'sem, seo'), ('SEM', 'ppc/sem'),
  ('SEM', 'sem/ppc'),

  ('Sketch', 'sketch app'), ('Sketch', 'figma/sketch'), ('Sketch', 'sketch/figma'),
  ('Sketch', 'figma or sketch'), ('Sketch', 'sketch or figma'), ('Sketch', 'figma, sketch'),
  ('Sketch', 'sketch, figma'), ('Sketch', 'figma and sketch'), ('Sketch', 'sketch and figma'),
  ('Adobe Illustrator', 'photoshop/illustrator'), ('Adobe Illustrator', 'illustrator/photoshop'),
  ('Adobe Illustrator', 'photoshop and illustrator'),
  ('Adobe Illustrator', 'illustrator and photoshop'),
  ('Adobe Illustrator', 'photoshop, illustrator'),
  ('Adobe Illustrator', 'illustrator, photoshop'),
  ('Adobe Illustrator', 'illustrator, indesign'), ('Adobe Illustrator', 'illustrator/indesign'),
  ('Blender', 'blender 3d'), ('Blender', 'blender/maya'), ('Blender', 'maya/blender'),
  ('Blender', 'blender and maya'), ('Blender', 'maya and blender')
) AS f;
