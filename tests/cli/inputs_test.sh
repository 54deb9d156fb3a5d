#!/usr/bin/env bash
# Inputs as they come from scrapers and archives: folders, lists of files, binary files,
# charsets, invalid bytes, empty files, pipes that close and disks that fill.
# usage: inputs_test.sh CLAIMS PROJECT_ROOT
source "$(dirname "$0")/../harness.sh" "$@"
set -o pipefail
good=corpus/002_9cc46a9fc38b9463.txt
other=corpus/003_c199a4cfe6a710be.txt

"$claims" corpus "$good" >"$tmp/out" 2>"$tmp/err"
check "a folder without -r exits 2" test $? -eq 2
check "the folder is named, -r suggested" grep -q "^claims: corpus: is a directory (--recursive" "$tmp/err"
check "the file after the folder is still read" grep -q "^$good" "$tmp/out"

"$claims" -r corpus >"$tmp/recursive" 2>"$tmp/err"
check "-r reads the folder's articles" test $? -eq 0
check "-r gives the same rows as the files named" \
  test "$(cat "$tmp/recursive")" = "$("$claims" corpus/*.txt)"
mkdir -p "$tmp/tree/sub"
cp "$good" "$tmp/tree/sub/a.text"
cp "$other" "$tmp/tree/b.txt"
check "-r takes *.txt by default" \
  test "$("$claims" --no-header -r "$tmp/tree" | cut -f1 | sort -u)" = "$tmp/tree/b.txt"
check "--glob chooses the names read" \
  test "$("$claims" --no-header -r --glob '*.text' "$tmp/tree" | cut -f1 | sort -u)" = \
  "$tmp/tree/sub/a.text"

printf '%s\n%s\n' "$good" "$other" >"$tmp/list"
check "--files-from reads the files listed" \
  test "$("$claims" --files-from "$tmp/list")" = "$("$claims" "$good" "$other")"
check "--files-from - reads the list from standard input" \
  test "$(printf '%s\n' "$good" | "$claims" --files-from -)" = "$("$claims" "$good")"
check "--null reads find -print0 lists" \
  test "$(find corpus -name '00[23]*.txt' -print0 | sort -z | "$claims" --files-from - --null)" = \
  "$("$claims" "$good" "$other")"

printf '\x7fELF\x00\x00\x01\x02 500 staff\n' >"$tmp/binary.bin"
"$claims" "$tmp/binary.bin" "$good" >"$tmp/out" 2>"$tmp/err"
check "a binary file exits 2" test $? -eq 2
check "the binary file is named and skipped" grep -q "binary.bin: binary file (NUL bytes), skipped" "$tmp/err"
check "the file after it is still read" grep -q "^$good" "$tmp/out"
"$claims" --text --lang en "$tmp/binary.bin" >"$tmp/out" 2>"$tmp/err"
check "--text reads a binary file" grep -q $'\tstaff\t500\t' "$tmp/out"

: >"$tmp/empty.txt"
"$claims" "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"
check "an empty file is no error: exit 1, no rows" test $? -eq 1
check "an empty file prints no message" test ! -s "$tmp/err"

python3 -c "
import sys
text = 'The group employs 9,100 people in 39 sites.\n'
open('$tmp/utf16.txt', 'wb').write(text.encode('utf-16-le'))
open('$tmp/utf16bom.txt', 'wb').write(text.encode('utf-16'))
fr = 'Le chiffre d\'affaires a progressé de 2,3 % à Montréal, où la société emploie 500 salariés.\n'
open('$tmp/latin1.txt', 'wb').write(fr.encode('cp1252'))
open('$tmp/utf8.txt', 'wb').write(fr.encode('utf-8'))
bad = (fr * 3).encode('utf-8') + b'Puis \xff 700 salari\xc3\xa9s.\n'
open('$tmp/badutf8.txt', 'wb').write(bad)
"
check "UTF-16 without a BOM is read" \
  test "$("$claims" --no-header "$tmp/utf16.txt" | cut -f3,4 | tr '\n' ' ')" = \
  "$(printf 'people\t9100 sites\t39 ')"
check "UTF-16 with a BOM is read the same" \
  test "$("$claims" --no-header "$tmp/utf16bom.txt" | cut -f3-)" = \
  "$("$claims" --no-header "$tmp/utf16.txt" | cut -f3-)"
"$claims" "$tmp/latin1.txt" >"$tmp/out" 2>"$tmp/err"
check "Windows-1252 is detected and said" grep -q "latin1.txt: not UTF-8; read as windows-1252" "$tmp/err"
check "Windows-1252 gives the rows of the UTF-8 text" \
  test "$(cut -f2- "$tmp/out")" = "$("$claims" "$tmp/utf8.txt" | cut -f2-)"
"$claims" --encoding latin1 "$tmp/latin1.txt" >"$tmp/out" 2>"$tmp/err"
check "--encoding names the charset, and nothing is said" test ! -s "$tmp/err"
check "--encoding reads it" grep -q $'\tstaff\t500\t' "$tmp/out"
"$claims" --encoding no-such-thing "$good" >"$tmp/out" 2>"$tmp/err"
check "an unknown --encoding exits 2 before any output" test $? -eq 2 -a ! -s "$tmp/out"
"$claims" "$tmp/badutf8.txt" >"$tmp/out" 2>"$tmp/err"
check "invalid UTF-8 is read, with one warning naming the first bad byte" \
  test "$(cat "$tmp/err")" = \
  "claims: $tmp/badutf8.txt: invalid UTF-8 at byte offset $(($(wc -c <"$tmp/utf8.txt") * 3 + 5)); such bytes read as U+FFFD"
check "the rows after the bad byte are there" grep -q $'\tstaff\t700\t' "$tmp/out"
"$claims" --strict-encoding "$tmp/badutf8.txt" "$good" >"$tmp/out" 2>"$tmp/err"
check "--strict-encoding makes it an error" test $? -eq 2
check "--strict-encoding names the file and the byte" grep -q "badutf8.txt: invalid UTF-8 at byte offset" "$tmp/err"
check "--strict-encoding still reads the other files" grep -q "^$good" "$tmp/out"

"$claims" corpus/*.txt 2>"$tmp/err" | head -1 >/dev/null
check "a closed pipe ends quietly with status 0" test "${PIPESTATUS[0]}" -eq 0
check "a closed pipe prints nothing" test ! -s "$tmp/err"
if [ -w /dev/full ]; then
  "$claims" corpus/*.txt >/dev/full 2>"$tmp/err"
  check "a write error exits 2" test $? -eq 2
  check "a write error is reported" grep -q "cannot write the output: No space left on device" "$tmp/err"
fi
"$claims" --format csv corpus/*.txt | python3 -c "
import csv, sys
rows = list(csv.reader(sys.stdin))
sys.exit(0 if len(rows) > 10 and all(len(r) == 12 for r in rows) else 1)"
check "no row is cut or merged (CSV)" test $? -eq 0

check "/dev/stdin is standard input" \
  test "$("$claims" /dev/stdin <"$good" | cut -f2-)" = "$("$claims" - <"$good" | cut -f2-)"

# Threads: the same bytes, rows and messages in the same order, whatever -j says.
inputs=(corpus/*.txt "$tmp/latin1.txt" corpus "$tmp/missing.txt" "$tmp/badutf8.txt")
[ -d ../shared/devset/articles ] && inputs+=(../shared/devset/articles/*.txt)
"$claims" -j 1 "${inputs[@]}" >"$tmp/j1.out" 2>"$tmp/j1.err"
status1=$?
"$claims" -j 3 --block-size 8K "${inputs[@]}" >"$tmp/j3.out" 2>"$tmp/j3.err"
status3=$?
"$claims" -j 1 --block-size 8K "${inputs[@]}" >"$tmp/j1small.out" 2>/dev/null
check "-j 3 writes what -j 1 writes, byte for byte" cmp -s "$tmp/j3.out" "$tmp/j1small.out"
check "-j 3 says what -j 1 says, in the same order" cmp -s "$tmp/j1.err" "$tmp/j3.err"
check "-j 3 exits as -j 1 does" test "$status1" -eq "$status3"
check "the block size changes no row of these articles" cmp -s "$tmp/j1.out" "$tmp/j1small.out"

finish
