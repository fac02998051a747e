#!/usr/bin/env bash
# Installs the Debian packages listed in the given files (Scripts/build-packages.txt, Scripts/test-packages.txt) that
# are not installed yet; says so and does nothing when all are. Run as root, or it asks sudo.
#
#   Scripts/install-packages.sh Scripts/build-packages.txt [MORE.txt ...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PACKAGES.txt ..." >&2; exit 64; }
wanted=()
for list in "$@"; do
  while read -r name _; do
    [ -n "$name" ] && [ "${name#\#}" = "$name" ] && wanted+=("$name")
  done < "$list"
done
missing=()
for name in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" || missing+=("$name")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-packages: all ${#wanted[@]} packages are installed"
  exit 0
fi
echo "install-packages: installing ${missing[*]}"
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
