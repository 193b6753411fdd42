#!/usr/bin/env bash
# The README's first command: installs what is missing, builds jobsight in Release, imports
# sample_data/ into a fresh database (build/demo.db) and prints trend reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DJOBSIGHT_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target jobsight >/dev/null
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
build/jobsight --db "$db" import postings sample_data/postings.csv
echo
echo "== AI share of postings per year (jobsight report ai-share --period year)"
build/jobsight --db "$db" report ai-share --period year
echo
echo "== Junior vs senior demand per year (jobsight report seniority-mix --period year)"
build/jobsight --db "$db" report seniority-mix --period year
echo
echo "== Pay by skill, skills in 200+ paid postings (jobsight report pay-by-skill --min-n 200)"
build/jobsight --db "$db" report pay-by-skill --min-n 200
echo
echo "== The digest (jobsight report summary)"
build/jobsight --db "$db" report summary
echo
echo "== Every report's chart and table on one page (jobsight dashboard --out build/dashboard.html)"
build/jobsight --db "$db" dashboard --out build/dashboard.html --claims sample_data/claims/ai-engineer-pay-2026.csv
echo
echo "Database: $db (open it with: sqlite3 $db 'SELECT * FROM report_ai_share')"
echo "Dashboard: build/dashboard.html (open it in any browser; it fetches nothing)"
