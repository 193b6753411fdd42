#!/usr/bin/env bash
# Installs DuckDB for node (the npm package @duckdb/node-api, at the version below) into DIR,
# a folder git ignores, unless that version is there already. Used by bench/run.sh
# (bench/.duckdb) and by the DuckDB view test's set-up (BUILD/duckdb, tests/CMakeLists.txt).
# Needs node and npm (Debian: nodejs, npm; scripts/install-deps.sh installs them) and the npm
# registry. Usage: scripts/install-duckdb.sh DIR
set -euo pipefail
dir=${1:?usage: scripts/install-duckdb.sh DIR}
version=1.5.6-r.1
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "install-duckdb.sh: $tool is missing (apt-get install nodejs npm, or scripts/install-deps.sh)" >&2
    exit 1
  fi
done
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)  # node's require() reads a relative path as a package name
installed() {
  node -p "require('$dir/node_modules/@duckdb/node-api/package.json').version" 2>/dev/null || true
}
# One install at a time into a folder (ctest may run two test sets at once).
exec 9>"$dir/.install-lock"
flock 9
if [ "$(installed)" != "$version" ]; then
  echo "install-duckdb.sh: installing @duckdb/node-api@$version into $dir" >&2
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@duckdb/node-api@$version" >&2
fi
[ "$(installed)" = "$version" ] || { echo "install-duckdb.sh: the install into $dir failed" >&2; exit 1; }
