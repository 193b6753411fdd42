#!/usr/bin/env bash
# Runs jobsight's commands end to end under valgrind's memcheck: a plain Debug build (no
# sanitizers, which valgrind cannot run beside) in build-valgrind/, then the sample postings and
# the ds-salaries survey imported, every report as CSV, status, imports, rejects, skills, sql, and
# a few hostile inputs, each under `valgrind --error-exitcode=99 --leak-check=full`. A memory
# error or a leak in any command fails the run (exit 1, naming the command; logs in
# build-valgrind/valgrind/). Installs valgrind when missing. Not part of CI: it takes minutes.
# Usage: scripts/valgrind-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh valgrind
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DJOBSIGHT_SANITIZE=OFF \
  -DJOBSIGHT_BUILD_TESTS=OFF >/dev/null
cmake --build build-valgrind -j"$(nproc)" --target jobsight >/dev/null

binary=build-valgrind/jobsight
work=build-valgrind/valgrind
rm -rf "$work"
mkdir -p "$work"
db=$work/e2e.db
runs=0
failures=()

# check EXPECTED_EXIT NAME ARGS...: runs `jobsight ARGS...` under valgrind; it must exit with
# EXPECTED_EXIT (99 means valgrind found errors or leaks).
check() {
  local expected=$1 name=$2
  shift 2
  local log="$work/$name.log" started status
  started=$(date +%s)
  runs=$((runs + 1))
  set +e
  valgrind --error-exitcode=99 --leak-check=full --log-file="$log" "$binary" --db "$db" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" </dev/null
  status=$?
  set -e
  local summary
  summary=$(grep -E "ERROR SUMMARY" "$log" | tail -n 1 | sed 's/^==[0-9]*== //')
  if [ "$status" -eq "$expected" ]; then
    printf 'ok    %-28s exit %-3s %4ss  %s\n' "$name" "$status" $(($(date +%s) - started)) "$summary"
  else
    printf 'FAIL  %-28s exit %s, expected %s  %s\n' "$name" "$status" "$expected" "$summary"
    failures+=("$name")
  fi
}

salaries=../shared/datasets/ds-salaries-2023/ds_salaries.csv
hostile=$work/hostile.csv
printf 'id,date,title,company,salary,skills\n' >"$hostile"
printf 'h1,2025-01-01,=cmd|'"'"' /C calc'"'"'!A0,"'"'"'); DROP TABLE postings;--",$120k,"=1+1|LLMs"\n' \
  >>"$hostile"
printf 'h2,2025-01-02,Caf\xe9 Manager,Latin-1,,\n' >>"$hostile"
printf 'h3,2025-02-30,Impossible Date,,-5,\n' >>"$hostile"
printf 'h4,2025-01-04,Nul\000Byte,,,\n' >>"$hostile"
printf 'h5,2025-01-05,"Unterminated,,,\nh6,2025-01-06,Swallowed,,,\n' >>"$hostile"
gzip -c sample_data/postings.csv >"$work/postings.csv.gz"

check 0 import-postings import postings sample_data/postings.csv
if [ -f "$salaries" ]; then
  check 0 import-salaries import salaries "$salaries"
else
  echo "skip  import-salaries (no $salaries)"
fi
check 0 import-hostile import postings "$hostile"
check 1 import-gzip import postings "$work/postings.csv.gz"
check 0 report-list report list --format csv
for report in ai-share seniority-mix pay-by-skill pay-by-level pay-by-region top-skills \
  ai-growth summary; do
  check 0 "report-$report" report "$report" --format csv
done
check 0 report-table report pay-by-region --by country --format table
check 0 report-json report top-skills --format json
check 1 report-bad-date report ai-share --from 2025-02-30
check 0 status status
check 0 imports imports
check 0 rejects rejects --format json
check 0 skills skills
check 0 sql-csv sql "SELECT title, company_id, pay_usd_annual FROM postings LIMIT 50" --format csv
check 0 sql-json sql "SELECT * FROM import_rejects" --format json
check 1 sql-refused sql "DELETE FROM postings"

if [ ${#failures[@]} -gt 0 ]; then
  echo "valgrind: ${#failures[@]} of $runs commands failed: ${failures[*]} (logs in $work/)" >&2
  exit 1
fi
echo "valgrind: $runs commands, no memory errors and no leaks"
