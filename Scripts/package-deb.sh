#!/usr/bin/env bash
# Builds aula_<version>_amd64.deb for an office laptop without Swift: the release binary with the Swift runtime linked
# in (--static-swift-stdlib), stripped, in /usr/lib/aula beside its resource bundle (the demo, the NTT region codes,
# the paper templates), /usr/bin/aula linking to it, a man page and bash/zsh/fish completions generated from the
# command tree, and Depends: found by dpkg-shlibdeps plus the fonts the papers are set in.
#
#   Scripts/package-deb.sh [OUTPUT-DIR]     (default: .build/deb; prints the .deb's path last)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/deb}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for tool in dpkg-deb dpkg-shlibdeps strip; do
  command -v "$tool" >/dev/null || { echo "package-deb: $tool is missing (apt-get install dpkg-dev binutils)" >&2; exit 1; }
done

swift build -c release --static-swift-stdlib --product aula
bin=".build/release/aula"
bundle=".build/release/Aula_AulaResources.resources"
[ -d "$bundle" ] || { echo "package-deb: $bundle was not built" >&2; exit 1; }
version="$("$bin" --version)"
case "$version" in [0-9]*.[0-9]*) ;; *) echo "package-deb: odd version '$version'" >&2; exit 1 ;; esac

# The man page comes from swift-argument-parser's own generator, of the version Aula is built with.
swift build -c release --package-path .build/checkouts/swift-argument-parser --scratch-path .build/tools \
  --product generate-manual >/dev/null

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
install -d "$root/usr/lib/aula" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/doc/aula" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d" "$root/DEBIAN"
install -m 0755 "$bin" "$root/usr/lib/aula/aula"
strip --strip-unneeded "$root/usr/lib/aula/aula"
# The bundle sits beside the binary, where the binary looks for it (it follows the /usr/bin link to its real place).
cp -R "$bundle" "$root/usr/lib/aula/"
chmod -R u=rwX,go=rX "$root/usr/lib/aula"
ln -s ../lib/aula/aula "$root/usr/bin/aula"

mkdir -p "$stage/man"
.build/tools/release/generate-manual "$bin" --section 1 --authors "Aula" --output-directory "$stage/man" >/dev/null
gzip -9n -c "$stage/man/aula.1" > "$root/usr/share/man/man1/aula.1.gz"
"$bin" --generate-completion-script bash > "$root/usr/share/bash-completion/completions/aula"
"$bin" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_aula"
"$bin" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/aula.fish"
cat > "$root/usr/share/doc/aula/copyright" <<'EOF'
Aula: daftar hadir, acara, materi dan notulen sosialisasi, tanpa internet.
The bundled region codes of Nusa Tenggara Timur are Kemendagri's (see /usr/lib/aula/Aula_AulaResources.resources/wilayah/SOURCE.md).
EOF

# Depends: the shared libraries the binary links (ncursesw, Cairo/Pango, libqrencode, libstdc++ ...), as
# dpkg-shlibdeps finds them, and the fonts the papers name (Liberation Sans, else DejaVu Sans).
mkdir -p "$stage/src/debian"
printf 'Source: aula\n\nPackage: aula\nArchitecture: amd64\n' > "$stage/src/debian/control"
libs="$(cd "$stage/src" && dpkg-shlibdeps -O "$root/usr/lib/aula/aula" | sed -n 's/^shlibs:Depends=//p')"
[ -n "$libs" ] || { echo "package-deb: dpkg-shlibdeps found no libraries" >&2; exit 1; }
size="$(du -sk "$root/usr" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: aula
Version: $version
Architecture: amd64
Maintainer: Aula <aula@localhost>
Installed-Size: $size
Depends: $libs, fonts-liberation2 | fonts-dejavu-core, fontconfig
Recommends: cups-bsd
Section: misc
Priority: optional
Description: sosialisasi from invitation to SPJ, in a terminal, offline
 Aula runs a sosialisasi for an Indonesian district office: the roster from
 Kemendagri codes and the office's Excel list, the surat undangan, check-in at
 the door (typed or by a barcode scanner), the acara with its timer, the
 notulen, and the papers filed afterwards (daftar hadir, rekap, notulen,
 laporan, daftar penerimaan, berkas SPJ) as PDF and Excel. No network needed;
 the session lives in a folder of append-only logs, one per desk.
EOF

deb="$out/aula_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
