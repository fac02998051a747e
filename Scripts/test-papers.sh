#!/usr/bin/env bash
# The papers on real machinery: `aula print` through a CUPS scheduler with a cups-pdf queue (the printed PDF must
# have as many pages as the paper's PDF, and the --text form as many as its form feeds), and the HTML papers printed to A4 PDF by headless Chromium (their text must hold
# every roster name). Needs root (cupsd), cups, cups-bsd, printer-driver-cups-pdf, poppler-utils and
# chromium-headless-shell; .ci/run installs them. Prints "N passed, N failed" at the end.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
aula="$root/.build/debug/aula"
work=$(mktemp -d /tmp/aula-papers.XXXXXX)
export AULA_DESK=ci HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
passed=0 failed=0
cupsd_pid=""

cleanup() {
  [ -n "$cupsd_pid" ] && kill "$cupsd_pid" 2>/dev/null && wait "$cupsd_pid" 2>/dev/null
  [ -f "$work/cups-pdf.conf" ] && cp "$work/cups-pdf.conf" /etc/cups/cups-pdf.conf
  lpadmin -x AulaPDF 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

check() {  # check NAME CONDITION-RESULT DETAIL
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1: $3"; fi
}

"$aula" demo "$work/kim" >/dev/null
"$aula" checkin "$work/kim" tohe --at 08:52 >/dev/null
"$aula" checkin "$work/kim" camat raihat --status diwakili --by "Maria Bete" >/dev/null

# --- CUPS with a PDF queue -------------------------------------------------------------------------------
cp /etc/cups/cups-pdf.conf "$work/cups-pdf.conf"   # put back on exit
sed -i "s|^Out .*|Out $work/pdf|" /etc/cups/cups-pdf.conf
mkdir -p "$work/pdf"
/usr/sbin/cupsd -f &
cupsd_pid=$!
for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
lpadmin -p AulaPDF -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
for doc in daftar-hadir rekap notulen laporan; do
  rm -f "$work/pdf"/*.pdf
  out=$("$aula" print "$work/kim" --document "$doc" --printer AulaPDF 2>&1)
  check "print $doc queued" $? "$out"
  # The PDF appears before it is complete: wait for the job to leave the queue.
  for _ in $(seq 300); do [ -z "$(lpstat -o AulaPDF 2>/dev/null)" ] && break; sleep 0.1; done
  pdf=$(ls "$work/pdf"/*.pdf 2>/dev/null | head -n 1)
  expected=$(pdfinfo "$work/kim.aula/exports/$doc.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  pages=$( [ -n "$pdf" ] && pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  [ -n "$expected" ] && [ "${pages:-0}" = "$expected" ]
  check "print $doc: the printed PDF has the paper's pages ($expected)" $? "pdf=${pdf:-none} pages=${pages:-none}"
done
# The text form for dot-matrix printers: as many pages as its form feeds say.
rm -f "$work/pdf"/*.pdf
out=$("$aula" print "$work/kim" --document daftar-hadir --text --printer AulaPDF 2>&1)
check "print --text queued" $? "$out"
for _ in $(seq 300); do [ -z "$(lpstat -o AulaPDF 2>/dev/null)" ] && break; sleep 0.1; done
pdf=$(ls "$work/pdf"/*.pdf 2>/dev/null | head -n 1)
expected=$(( $(tr -cd '\f' < "$work/kim.aula/exports/daftar-hadir.txt" | wc -c) + 1 ))
pages=$( [ -n "$pdf" ] && pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" = "$expected" ]
check "print --text: PDF pages = text pages ($expected)" $? "pdf=${pdf:-none} pages=${pages:-none}"
# The undangan printed for sending is kept for the berkas SPJ, the first time only.
out=$("$aula" print "$work/kim" --document undangan --printer AulaPDF 2>&1)
echo "$out" | grep -q "disimpan sebagai yang dikirim"
check "print undangan: kept as the one sent" $? "$out"
for _ in $(seq 300); do [ -z "$(lpstat -o AulaPDF 2>/dev/null)" ] && break; sleep 0.1; done
out=$("$aula" print "$work/kim" --document undangan --printer AulaPDF 2>&1)
! echo "$out" | grep -q "disimpan"
check "print undangan again: not kept again" $? "$out"
for _ in $(seq 300); do [ -z "$(lpstat -o AulaPDF 2>/dev/null)" ] && break; sleep 0.1; done
lpadmin -x AulaPDF
kill "$cupsd_pid"; wait "$cupsd_pid" 2>/dev/null; cupsd_pid=""
out=$("$aula" print "$work/kim" --document rekap 2>&1)
status=$?
[ $status -ne 0 ] && echo "$out" | grep -q "exports/rekap.pdf"
check "print without a scheduler says where the PDF is" $? "$out"

# --- HTML in a real browser ------------------------------------------------------------------------------
names=$("$aula" export "$work/kim" | python3 -c 'import json,sys; print("\n".join(a["name"] for a in json.load(sys.stdin)["attendees"] if a["name"]))')
for doc in daftar-hadir rekap notulen laporan; do
  "$aula" summary "$work/kim" --document "$doc" --format html --output "$work/$doc.html" 2>/dev/null
  timeout 120 chromium-headless-shell --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/$doc.pdf" \
    "file://$work/$doc.html" >/dev/null 2>&1
  pdfinfo "$work/$doc.pdf" 2>/dev/null | grep -q "Page size:.*(A4)"
  check "html $doc prints to A4 PDF" $? "$(pdfinfo "$work/$doc.pdf" 2>&1 | grep -E 'Page size|Error')"
done
text=$(pdftotext -raw "$work/daftar-hadir.pdf" - 2>/dev/null | tr -s ' \n' ' ')
missing=0
while IFS= read -r name; do
  grep -qF "$name" <<<"$text" || { missing=$((missing + 1)); echo "     not in the PDF: $name"; }
done <<<"$names"
check "html daftar hadir PDF holds every roster name" $missing "$missing names missing"

echo "papers: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
