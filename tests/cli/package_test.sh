#!/usr/bin/env bash
# The Debian package: cpack -G DEB builds it from this build folder; its control file names
# the shared libraries' packages (computed by dpkg-shlibdeps), it holds the binary, manual
# page, completions and rules where Debian looks for them, and the binary it holds runs.
# usage: package_test.sh BUILD_DIR. Exit 77 (skipped) without cpack's DEB tools.
set -euo pipefail
build=$1
for tool in cpack dpkg-deb dpkg-shlibdeps file; do  # CPack's shlibdeps runs file(1)
  command -v "$tool" >/dev/null || { echo "skipped: no $tool (Debian packages dpkg-dev, file)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/claims_*.deb)
info=$(dpkg-deb --info "$deb")
for field in "Package: claims" "Depends: .*libicu[0-9]" "Depends: .*libre2" \
             "Depends: .*libtomlplusplus" "Depends: .*libstemmer" "Section: text"; do
  grep -Eq "^ $field" <<<"$info" || fail "dpkg-deb --info has no '$field'"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/claims ./usr/share/man/man1/claims.1.gz \
            ./usr/share/bash-completion/completions/claims \
            ./usr/share/zsh/vendor-completions/_claims ./usr/share/claims/rules/en/counts.toml \
            ./usr/share/claims/rules/fr/counts.toml ./usr/share/claims/rules/keys.toml \
            ./usr/share/doc/claims/LICENSE; do
  grep -qx "$path" <<<"$files" || fail "the package lacks $path"
done
grep -q '/claims_tests$\|candidate_floor' <<<"$files" && fail "the package holds a test program"

dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/claims" --version)
[[ $version == "claims "* ]] || fail "the packaged claims --version printed '$version'"
printf 'The firm employs 1,200 staff.\n' | "$work/root/usr/bin/claims" --no-header - |
  grep -q $'\tstaff\t1200\t' || fail "the packaged claims finds no staff 1200"
zcat "$work/root/usr/share/man/man1/claims.1.gz" | grep -q '^\.TH CLAIMS 1' ||
  fail "the packaged manual page is not a man(1) page"
echo "package ok: $(basename "$deb"), $(wc -l <<<"$files") paths"
