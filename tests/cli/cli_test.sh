#!/usr/bin/env bash
# The command line as a user meets it: header, exit statuses, errors that name the file,
# formats, standard input. usage: cli_test.sh CLAIMS PROJECT_ROOT
source "$(dirname "$0")/../harness.sh" "$@"

header=$(printf 'source\tlang\tclaim\tvalue\tvalue_max\tunit\tmodifier\ttext\tline\tcolumn\trule\tas_of')
check "header row" test "$("$claims" corpus/*.txt | head -1)" = "$header"

"$claims" corpus/*.txt >/dev/null
check "exit 0 when claims are written" test $? -eq 0

printf 'Nothing to see here.\n' >"$tmp/empty.txt"
"$claims" "$tmp/empty.txt" >"$tmp/out" 2>&1
check "exit 1 when there are no claims" test $? -eq 1

"$claims" corpus/002_9cc46a9fc38b9463.txt "$tmp/missing.txt" corpus/003_c199a4cfe6a710be.txt \
  >"$tmp/out" 2>"$tmp/err"
status=$?
check "exit 2 when an input is unreadable" test $status -eq 2
check "the error names the file" grep -q "missing.txt" "$tmp/err"
check "the other files are still read" grep -q "003_c199a4cfe6a710be.txt" "$tmp/out"

printf '\x7fELF\x00\x00\x01\x02' >"$tmp/binary.bin"
"$claims" "$tmp/binary.bin" corpus/002_9cc46a9fc38b9463.txt >"$tmp/out" 2>"$tmp/err"
check "a binary file is an error" test $? -eq 2
check "the binary file is named" grep -q "binary.bin: binary file" "$tmp/err"

check "--no-header leaves out the header" \
  test "$("$claims" --no-header corpus/002_9cc46a9fc38b9463.txt | head -1 | cut -f1)" = \
  "corpus/002_9cc46a9fc38b9463.txt"

"$claims" --format csv corpus/*.txt >"$tmp/out.csv"
check "CSV parses with the same row count" python3 -c "
import csv, sys
rows = list(csv.reader(open('$tmp/out.csv', newline='', encoding='utf-8')))
sys.exit(0 if rows[0][0] == 'source' and len(rows) > 10 else 1)"

"$claims" --format jsonl corpus/*.txt >"$tmp/out.jsonl"
check "JSON Lines parse, numbers are numbers" python3 -c "
import json, sys
rows = [json.loads(l) for l in open('$tmp/out.jsonl', encoding='utf-8')]
sys.exit(0 if rows and all(isinstance(r['value'], (int, float)) for r in rows) else 1)"

check "standard input is read as -" \
  test "$(printf 'The firm employs 9,100 staff.\n' | "$claims" --no-header - | cut -f1,3,4)" = \
  "$(printf -- '-\tstaff\t9100')"

check "--lang overrides detection" \
  test "$(printf 'Il y a 500 cabinets.\n' | "$claims" --no-header --lang fr | cut -f2)" = "fr"

mkdir -p "$tmp/rules"
printf 'lang = "en"\n\n[[rule]]\nid = "en.bad"\nclaim = "x"\nunit = "count"\npattern = '"'"'{nothing}'"'"'\nexamples = ["1"]\n' \
  >"$tmp/rules/bad.toml"
"$claims" --rules "$tmp/rules" corpus/*.txt >"$tmp/out" 2>"$tmp/err"
check "a broken rule file exits 2" test $? -eq 2
check "a broken rule file prints nothing on stdout" test ! -s "$tmp/out"
check "a broken rule file is reported as FILE:LINE:" grep -q "bad.toml:7: rule en.bad" "$tmp/err"

"$claims" --no-default-rules corpus/*.txt >"$tmp/out" 2>"$tmp/err"
check "--no-default-rules alone is an error" test $? -eq 2

check "--version prints the version" bash -c "'$claims' --version | grep -Eq '^claims [0-9]+\.[0-9]+'"
"$claims" --help >"$tmp/help"
for option in --lang --format --no-header --rules --no-default-rules --currency-default --explain --version \
  --recursive --glob --files-from --null --encoding --strict-encoding --text --block-size --jobs; do
  check "--help explains $option" grep -q -- "$option" "$tmp/help"
done
check "--help shows examples" grep -q "claims corpus/\*.txt" "$tmp/help"

"$claims" --format xml corpus/*.txt >/dev/null 2>&1
check "a bad option value exits 2" test $? -eq 2

"$claims" --explain corpus/000_29030ac9fe43aecd.txt corpus/004_6665feeb0a5f3ff4.txt >"$tmp/explain"
check "--explain has its header" \
  test "$(head -1 "$tmp/explain")" = "$(printf 'source\tline\tcolumn\tnumber\toutcome\trule\tdetail')"
check "--explain names the rule of a claim" \
  grep -q $'\t467\tclaim\ten.count\tpractices 467 count$' "$tmp/explain"
check "--explain says why a year is no claim" \
  grep -q $'\t2024\tdropped\tfr.count\tlooks like a year$' "$tmp/explain"
check "--explain says why the fallback left a year out" \
  grep -q $'\t2028\tdropped\ten.numbers.number\tnot a figure: a year, date, time or name$' "$tmp/explain"
check "--explain says why a duration is no claim" \
  grep -q $'\ttwo\tdropped\ten.count\t"weeks" is not a counted thing$' "$tmp/explain"

printf 'Revenue rose 4.7%% to \xc2\xa31.2bn.\n' | "$claims" numbers --lang en - >"$tmp/numbers"
check "numbers has the contract's header" \
  test "$(head -1 "$tmp/numbers")" = "$(printf 'source\tline\tcolumn\tkind\tvalue\tvalue_max\tunit\ttext')"
check "numbers finds a percentage" grep -q $'^-\t1\t14\tpercent\t4.7\t\t%\t4.7%$' "$tmp/numbers"
check "numbers finds an amount of money" grep -q $'\tcurrency\t1200000000\t\tGBP\t' "$tmp/numbers"
"$claims" numbers "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
check "numbers exits 2 on an unreadable file" test $? -eq 2
check "numbers names the unreadable file" grep -q "missing.txt" "$tmp/err"

finish
