#!/usr/bin/env bash
# Installs jobsight's build and test dependencies from Debian 12's packages, plus any package
# named as an argument, only when missing.
set -euo pipefail
packages=(build-essential cmake pkg-config libsqlite3-dev libsqlitecpp-dev libcli11-dev libfmt-dev
          libabsl-dev catch2 nlohmann-json3-dev libssl-dev libutf8proc-dev sqlite3 python3 nodejs npm "$@")
# node and npm count as there when their commands are: a Node.js from elsewhere (NodeSource's
# nodejs carries its own npm, and Debian's npm package cannot be installed beside it) will do.
present() {
  case $1 in
    nodejs) command -v node >/dev/null && return 0 ;;
    npm) command -v npm >/dev/null && return 0 ;;
  esac
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=()
for p in "${packages[@]}"; do
  present "$p" || missing+=("$p")
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
