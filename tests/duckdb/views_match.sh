#!/usr/bin/env bash
# The DuckDB view test (issue 11), registered with ctest by tests/CMakeLists.txt: imports a data
# set with the real binary into a fresh database and runs views_match.mjs on it, which checks that
# every report_* view's text gives the same rows in DuckDB as in SQLite.
#
#   tests/duckdb/views_match.sh JOBSIGHT DUCKDB_DIR|--import-only sample|fixture
#
# --import-only: only the import, with no DuckDB (the sanitized run, scripts/test.sh).
#
# sample: sample_data/postings.csv; fixture: the hand-made fixture_postings.csv and
# fixture_salaries.csv beside this script (small groups whose percentile ranks fall between two
# figures, observations beside postings, missing industries and countries, several years).
set -euo pipefail
usage="usage: views_match.sh JOBSIGHT DUCKDB_DIR|--import-only sample|fixture"
jobsight=${1:?$usage}
duckdb_dir=${2:?$usage}
data=${3:?$usage}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/views.db
case $data in
  sample)
    "$jobsight" --db "$db" import postings "$here/../../sample_data/postings.csv" --quiet ;;
  fixture)
    "$jobsight" --db "$db" import postings "$here/fixture_postings.csv" --quiet
    "$jobsight" --db "$db" import salaries "$here/fixture_salaries.csv" --quiet ;;
  *) echo "views_match.sh: unknown data set $data" >&2; exit 2 ;;
esac
[ "$duckdb_dir" = "--import-only" ] && exit 0
# The pay views read the kept statistics while they are current, and compute them (window SQL)
# while they are stale: both are checked.
echo "== kept pay statistics current"
node "$here/views_match.mjs" "$duckdb_dir" "$db"
sqlite3 "$db" "UPDATE kept_pay_stats_state SET current = 0"
echo "== kept pay statistics stale"
node "$here/views_match.mjs" "$duckdb_dir" "$db"
