#!/usr/bin/env bash
# Installs jobsight's build and test dependencies from Debian 12's packages, plus any package
# named as an argument, only when missing.
set -euo pipefail
packages=(build-essential cmake pkg-config libsqlite3-dev libsqlitecpp-dev libcli11-dev libfmt-dev
          catch2 nlohmann-json3-dev libssl-dev libutf8proc-dev sqlite3 "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "jobsight: these packages are missing: ${missing[*]}; run this script as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
