#!/usr/bin/env bash
# The office laptop test: builds the .deb (Scripts/package-deb.sh), makes a clean Debian 12 root and a clean Debian 13
# root with debootstrap (minbase, from the same mirror apt uses here; each root is cached as a tarball under
# AULA_DEB_ROOT_CACHE_DIR), checks it has no Swift, installs the package there with apt-get (which must pull in only
# runtime libraries and fonts), and runs aula there: --help, demo, status, a PDF paper, the full-screen app in tmux,
# the man page and completions. Debian 13 is tried when the mirror has it, and said so when it does not.
# Needs root (debootstrap, chroot, mounting /proc). Where debootstrap cannot run it says so and why, loudly.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() { echo "test-deb: SKIPPED, $*" >&2; echo "test-deb: SKIPPED"; exit 0; }
[ "$(id -u)" = 0 ] || skip "not root: debootstrap and chroot need root (run as root, as CI does)"
command -v debootstrap >/dev/null || { echo "test-deb: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }

deb="$(bash Scripts/package-deb.sh | tail -1)"
echo "test-deb: built $deb ($(du -h "$deb" | cut -f1))"

mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
mirror="${mirror:-$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)}"
mirror="${mirror:-http://deb.debian.org/debian}"

# One clean root of Debian `$1` (a codename), named `$2` in what is said; run in a subshell, so each root is cleaned.
try_release() {
release="$1" label="$2"
cache="${AULA_DEB_ROOT_CACHE_DIR:-/var/cache/aula-test}/$release-minbase.tar"
work="$(mktemp -d /tmp/aula-deb.XXXXXX)"
root="$work/root"
socket="aula-deb-$$"
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  umount "$root/dev/pts" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$root"
if [ -s "$cache" ]; then
  tar -xf "$cache" -C "$root"
else
  if ! debootstrap --variant=minbase "$release" "$root" "$mirror" > "$work/debootstrap.log" 2>&1; then
    tail -5 "$work/debootstrap.log" >&2
    grep -qi "chroot\|mknod\|permission denied" "$work/debootstrap.log" \
      && skip "debootstrap cannot make a root here (no chroot or device nodes in this container)"
    if [ "$release" != bookworm ] && grep -qi "Failed getting release file\|couldn't download release" "$work/debootstrap.log"; then
      echo "test-deb: $label not tried: the mirror $mirror has no $release"
      return 0
    fi
    echo "test-deb: debootstrap of $release failed (log above)" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$cache")" && tar -cf "$cache" -C "$root" .
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# A machine that has never seen Swift.
if in_root sh -c 'command -v swift || command -v swiftc || find / -xdev -name "libswiftCore*" | grep -q .'; then
  echo "test-deb: the clean root has Swift in it" >&2; exit 1
fi

before="$(in_root dpkg-query -W -f '${Package}\n' | sort)"
cp "$deb" "$root/tmp/"
in_root apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
  > "$work/install.log" 2>&1 || { tail -20 "$work/install.log" >&2; exit 1; }
added="$(comm -13 <(echo "$before") <(in_root dpkg-query -W -f '${Package}\n' | sort))"
echo "test-deb: $label: apt-get installed $(echo "$added" | wc -l) packages: $(echo "$added" | tr '\n' ' ')"
for wanted in aula libncursesw6 libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libqrencode4 fontconfig; do
  grep -qx "$wanted" <<< "$added" || grep -qx "$wanted" <<< "$before" || { echo "test-deb: $wanted not installed" >&2; exit 1; }
done
if grep -E -e '-dev$' -e 'swift' -e '^gcc' -e '^clang' -e 'build-essential' <<< "$added"; then
  echo "test-deb: the package pulled in build tools (above)" >&2; exit 1
fi

fail() { echo "test-deb: $*" >&2; exit 1; }
# Each output is read whole before it is searched: `grep -q` leaving a pipe early would fail it under pipefail.
help="$(in_root aula --help)"
grep -q "USAGE: aula" <<< "$help" || fail "aula --help printed no usage"
[ "$(in_root aula --version)" = "$(dpkg-deb -f "$deb" Version)" ] || fail "aula --version is not the package's"
in_root sh -c 'cd /root && aula demo kim' >/dev/null || fail "aula demo failed"
status="$(in_root aula status /root/kim.aula)"
grep -q "Diundang: 40" <<< "$status" || fail "aula status does not show the demo's 40 seats"
in_root aula summary /root/kim.aula --document daftar-hadir --format pdf --output /root/daftar-hadir.pdf >/dev/null \
  || fail "aula summary --format pdf failed"
cp "$root/root/daftar-hadir.pdf" "$work/"
grep -q "DAFTAR HADIR" <<< "$(pdftotext "$work/daftar-hadir.pdf" -)" || fail "the PDF made there has no DAFTAR HADIR"
grep -q -e Liberation -e DejaVu <<< "$(pdffonts "$work/daftar-hadir.pdf")" || fail "the PDF made there embeds no installed font"
grep -q '^\.Nm aula' <<< "$(in_root zcat /usr/share/man/man1/aula.1.gz)" || fail "no man page"
in_root bash -c 'source /usr/share/bash-completion/completions/aula && complete -p aula' >/dev/null || fail "no bash completion"

# The full-screen app on the terminal of the installed system.
mkdir -p "$root/dev/pts" && mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null || true
tmux -L "$socket" new-session -d -x 100 -y 30 -e LANG=C.UTF-8 \
  "chroot $root /usr/bin/env -i TERM=xterm-256color HOME=/root LANG=C.UTF-8 /usr/bin/aula tui /root/kim.aula"
for _ in $(seq 1 50); do
  grep -q "1 Hadir" <<< "$(tmux -L "$socket" capture-pane -p)" && break
  sleep 0.2
done
grep -q "1 Hadir" <<< "$(tmux -L "$socket" capture-pane -p)" || { tmux -L "$socket" capture-pane -p >&2; fail "the app did not draw"; }
tmux -L "$socket" send-keys C-q

echo "test-deb: passed ($label root without Swift: apt-get install, --help, demo, status, PDF, app, man, completion)"
}

( try_release bookworm "Debian 12" )
( try_release trixie "Debian 13" )
