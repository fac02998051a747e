#!/usr/bin/env bash
# The pictures of the papers in docs/ (and of a surat undangan and a sheet of name tags): the demo session taken through a morning (check-ins, the agenda with its
# notes and a question, the laporan's fields) at the clock times of 27 March 2020 (faketime), every paper made as
# PDF, and the first page of each drawn at 60 dpi with pdftoppm. Needs a debug build, faketime and poppler-utils.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
aula="$root/.build/debug/aula"
work=$(mktemp -d /tmp/aula-docs.XXXXXX)
trap 'rm -rf "$work"' EXIT
export AULA_DESK=meja1 HOME="$work/home"
at() { TZ=Asia/Makassar faketime "2020-03-27 $1" "$aula" "${@:2}" >/dev/null; }

"$aula" demo "$work/kim" >/dev/null
kim="$work/kim"
"$aula" set "$kim" kop "PEMERINTAH KABUPATEN BELU
DINAS KOMUNIKASI DAN INFORMATIKA
Jl. Basuki Rahmat No. 1, Atambua" >/dev/null
"$aula" set "$kim" kota-ttd Atambua >/dev/null
"$aula" set "$kim" nomor-surat "005/045/Kominfo/III/2020" >/dev/null
"$aula" set "$kim" sifat Penting >/dev/null
"$aula" set "$kim" tanggal-surat 2020-03-20 >/dev/null
"$aula" set "$kim" tembusan "Bupati Belu (sebagai laporan)
Sekretaris Daerah Kabupaten Belu" >/dev/null
"$aula" set "$kim" penanggung-jawab "Johanes Andes Prihatin, SE, MM" >/dev/null
"$aula" set "$kim" jabatan-penanggung-jawab "Kepala Dinas Komunikasi dan Informatika" >/dev/null
"$aula" set "$kim" umum "Keterbukaan informasi publik sampai ke desa memerlukan Kelompok Informasi Masyarakat (KIM) sebagai mitra pemerintah daerah." >/dev/null
"$aula" set "$kim" maksud-tujuan "Menyamakan pemahaman camat dan kepala desa tentang pembentukan KIM dan penggunaan Dana Desa untuknya." >/dev/null
"$aula" set "$kim" kesimpulan "KIM dibentuk di setiap desa paling lambat Juni 2020 dengan SK kepala desa." >/dev/null
for seat in "tohe" "camat raihat" "lamaknen" "fatuba'a" "sadi" "kewar" "camat lasiolat" "lasiolat" "dualaus" "naekasa"; do
  at "08:$(printf '%02d' $((20 + RANDOM % 40)))" checkin "$kim" "$seat" 2>/dev/null || true
done
at 08:47 checkin "$kim" camat tasifeto timur --status diwakili --by "Maria Bete" --by-jabatan Sekcam 2>/dev/null || true
at 08:50 checkin "$kim" nanaet --status izin 2>/dev/null || true
at 09:03 agenda start "$kim" 1
at 09:15 agenda start "$kim" 2
at 09:16 agenda note "$kim" --item 2 "Kepala Dinas membuka rapat dan menekankan pentingnya KIM di setiap desa."
at 09:40 agenda start "$kim" 3
at 10:02 agenda note "$kim" --item 3 "KIM adalah lembaga layanan publik dari, oleh dan untuk masyarakat, dibentuk dengan SK kepala desa."
at 10:30 agenda start "$kim" 4
at 11:05 agenda start "$kim" 5
at 11:12 agenda question "$kim" --item 5 --from tohe "Apakah KIM boleh dibiayai Dana Desa?" --answer "Boleh, melalui APBDes sesuai prioritas penggunaan Dana Desa."
at 11:40 agenda start "$kim" 6
at 11:55 agenda end "$kim"
"$aula" summary "$kim" --format pdf >/dev/null
"$aula" summary "$kim" --document undangan --format pdf --per-invitee --output "$kim.aula/exports/undangan.pdf" 2>/dev/null
"$aula" summary "$kim" --document tanda-nama --format pdf >/dev/null
mkdir -p "$root/docs"
for paper in daftar-hadir rekap notulen laporan undangan tanda-nama; do
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$kim.aula/exports/$paper.pdf" "$root/docs/$paper"
done
ls -l "$root/docs"
