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

# Every option is honoured where it is accepted, or refused with a message.
corpus_file=corpus/002_9cc46a9fc38b9463.txt
"$claims" numbers --format csv "$corpus_file" >"$tmp/numbers.csv"
check "numbers --format csv writes CSV" python3 -c "
import csv, sys
rows = list(csv.reader(open('$tmp/numbers.csv', newline='', encoding='utf-8')))
sys.exit(0 if rows[0][:4] == ['source', 'line', 'column', 'kind'] and len(rows) > 5 else 1)"
check "numbers --no-header leaves out the header" \
  test "$("$claims" numbers --no-header "$corpus_file" | head -1 | cut -f1)" = "$corpus_file"
"$claims" numbers --format jsonl "$corpus_file" | head -1 >"$tmp/number.jsonl"
check "numbers --format jsonl writes objects" grep -q '^{"source":' "$tmp/number.jsonl"
"$claims" --explain --format csv "$corpus_file" >"$tmp/explain.csv"
check "--explain honours --format csv" grep -q '^source,line,column,number,outcome,rule,detail' \
  "$tmp/explain.csv"
check "--explain honours --no-header" \
  test "$("$claims" --explain --no-header "$corpus_file" | head -1 | cut -f1)" = "$corpus_file"

"$claims" check --expected "$tmp/none.tsv" >"$tmp/out" 2>"$tmp/err"
check "check with a missing expected file exits 2" test $? -eq 2
check "check with a missing expected file does not say passed" grep -q "check FAILED" "$tmp/out"
check "check names the missing expected file" grep -q "none.tsv" "$tmp/err"

"$claims" --format csv numbers "$corpus_file" >"$tmp/out" 2>"$tmp/err"
check "an option of claims before a subcommand is refused" test $? -eq 2
check "the refusal names the option" grep -q -- "--format is an option of claims itself" "$tmp/err"
"$claims" check --format csv >"$tmp/out" 2>"$tmp/err"
check "an option a subcommand lacks is refused" test $? -eq 2

"$claims" --fromat csv "$corpus_file" >"$tmp/out" 2>"$tmp/err"
check "a mistyped option exits 2" test $? -eq 2
check "a mistyped option suggests the one meant" grep -q -- "--fromat: did you mean --format?" "$tmp/err"
"$claims" numbers --no-heder "$corpus_file" >"$tmp/out" 2>"$tmp/err"
check "a subcommand's mistyped option suggests its own" \
  grep -q -- "claims numbers: --no-heder: did you mean --no-header?" "$tmp/err"
"$claims" compar "$corpus_file" >"$tmp/out" 2>"$tmp/err"
check "a mistyped command suggests the command" grep -q "did you mean claims compare?" "$tmp/err"
check "each subcommand's help has its own examples" \
  bash -c '"$1" numbers --help | grep -q "claims numbers --lang fr --format csv" &&
           "$1" check --help | grep -q "claims check --report github" &&
           ! "$1" check --help | grep -q "claims corpus/\*.txt > claims.tsv"' - "$claims"

# What a reader of the rows asks for.
"$claims" --context corpus/*.txt >"$tmp/context.tsv"
check "--context adds a last column, context" \
  test "$(head -1 "$tmp/context.tsv" | awk -F'\t' '{print NF, $NF}')" = "13 context"
check "--context holds the sentence of the figure" \
  grep -q $'\t9,100 employees\t.*\tWith a workforce of 9,100 employees, including 2,400 [^\t]*services\.$' "$tmp/context.tsv"
printf 'Acme employs 500 staff.\n\nAcme, which employs 500 staff, grew.\n' >"$tmp/twice.txt"
check "--unique keeps one row per source, claim, value and unit" \
  test "$("$claims" --unique --no-header "$tmp/twice.txt" | wc -l)" -eq 1
check "without --unique both rows stay" test "$("$claims" --no-header "$tmp/twice.txt" | wc -l)" -eq 2
printf 'Acme employs between 500 and 700 staff.\n\nAcme employs over 500 staff.\n\nIn 2023 Acme employed 500 staff.\n' \
  >"$tmp/figures.txt"
check "--unique keeps figures that differ in range, modifier or date" \
  test "$("$claims" --unique --no-header "$tmp/figures.txt" | wc -l)" -eq 3
# Many repeats over small blocks on 4 threads: a figure's repeats fall in other pool results.
for i in $(seq 60); do cat corpus/002_9cc46a9fc38b9463.txt corpus/003_c199a4cfe6a710be.txt; done \
  >"$tmp/repeats.txt"
"$claims" --no-header "$tmp/repeats.txt" |
  awk -F'\t' '!seen[$1 FS $3 FS $4 FS $5 FS $6 FS $7 FS $12]++' >"$tmp/first.tsv"
check "--unique keeps the first row of each figure, as awk does, on any number of threads" \
  test "$("$claims" --unique --no-header -j 4 --block-size 4096 "$tmp/repeats.txt" | md5sum)" = \
  "$(md5sum <"$tmp/first.tsv")"
check "the repeats file has repeats to drop" \
  test "$(wc -l <"$tmp/first.tsv")" -lt "$("$claims" --no-header "$tmp/repeats.txt" | wc -l)"
check "--claim keeps the matching claims only (globs, repeatable)" \
  test "$("$claims" --no-header --claim 'vet*' --claim staff corpus/*.txt | cut -f3 | sort -u | tr '\n' ' ')" = \
  "staff vets "
check "--unit keeps the matching units only" \
  test "$("$claims" --no-header --unit GBX corpus/*.txt | cut -f6 | sort -u)" = "GBX"
"$claims" --no-header --claim nothing_such corpus/*.txt >"$tmp/out"
check "a filter that keeps nothing exits 1" test $? -eq 1
check "--schema is a CREATE TABLE for sqlite3" bash -c '"$1" --schema | grep -q "^  \"value\" REAL,"' - "$claims"
"$claims" --schema --format jsonl --context >"$tmp/schema.json"
check "--schema --format jsonl is a JSON Schema naming every column" python3 -c "
import json, sys
schema = json.load(open('$tmp/schema.json'))
names = list(schema['properties'])
sys.exit(0 if names[0] == 'source' and names[-1] == 'context' and len(names) == 13 and
         schema['properties']['value']['type'] == ['number', 'null'] else 1)"
"$claims" --explain --unique corpus/*.txt >"$tmp/out" 2>"$tmp/err"
check "--explain refuses the row options" test $? -eq 2

# JSON Lines in: one article a record, named by its id.
python3 -c "
import json, glob
with open('$tmp/archive.jsonl', 'w') as f:
    for p in sorted(glob.glob('corpus/*.txt')):
        f.write(json.dumps({'id': p, 'text': open(p, encoding='utf-8').read(), 'url': 'x'}) + '\\n')
    f.write('{\"id\": \"broken\", \"text\": \n')
    f.write(json.dumps({'body': 'The firm employs 1,200 staff.'}) + '\\n')
"
"$claims" corpus/*.txt >"$tmp/files.tsv"
"$claims" --input jsonl "$tmp/archive.jsonl" >"$tmp/records.tsv" 2>"$tmp/err"
check "--input jsonl exits 0 past a malformed record" test $? -eq 0
check "--input jsonl gives each record the rows of its file" \
  test "$(head -n "$(wc -l <"$tmp/files.tsv")" "$tmp/records.tsv" | md5sum)" = \
  "$(md5sum <"$tmp/files.tsv")"
check "a malformed record is reported with its line" grep -q "archive.jsonl: line 5: not JSON" "$tmp/err"
check "a record without the text field is reported" grep -q 'line 6: no string field "text"' "$tmp/err"
check "--text-field, --id-field, and INPUT:LINE for a record without an id" \
  test "$(tail -1 "$tmp/archive.jsonl" | "$claims" --input jsonl --text-field body --no-header - | cut -f1,3,4)" = \
  $'-:1\tstaff\t1200'
check "--input jsonl writes any format" \
  bash -c '"$1" --input jsonl --format jsonl "$2" 2>/dev/null | head -1 | grep -q "^{\"source\":\"corpus/"' - "$claims" "$tmp/archive.jsonl"

# Progress: one updating line on a terminal's stderr after a second, never otherwise.
# A slow pipe makes the run last past the first second, however fast claims is.
for i in $(seq 100); do cat corpus/002_9cc46a9fc38b9463.txt; done >"$tmp/long.txt"
slow="(cat '$tmp/long.txt'; sleep 1.5; cat '$tmp/long.txt') | '$claims' -j 1 - > '$tmp/out'"
env -u CI bash -c "$slow" 2>"$tmp/err"
check "no progress line when stderr is not a terminal" test ! -s "$tmp/err"
# script(1) gives the run a terminal, where the system has pseudo-terminals to give.
if command -v script >/dev/null && script -qec "test -t 2" /dev/null >/dev/null 2>&1; then
  env -u CI script -qec "$slow" "$tmp/typescript" >/dev/null
  check "a progress line on a terminal: files, MB, claims, rate" \
    grep -aq $'\rclaims: 1 file, [0-9.]* MB, [0-9,]* claims, [0-9.]* MB/s' "$tmp/typescript"
  CI=true script -qec "$slow" "$tmp/typescript" >/dev/null
  check "no progress line under CI" bash -c '! grep -aq "MB/s" "$1"' - "$tmp/typescript"
  env -u CI script -qec "${slow/-j 1/-q -j 1}" "$tmp/typescript" >/dev/null
  check "no progress line with --quiet" bash -c '! grep -aq "MB/s" "$1"' - "$tmp/typescript"
else
  echo "progress on a terminal not checked: script(1) finds no pseudo-terminal here"
fi
check "check --color always colours the report" \
  bash -c '"$1" check --color always | grep -q $'"'"'^\e\[32mcheck passed'"'"'' - "$claims"
check "check --color never: no colour" \
  bash -c '! "$1" check --color never | grep -q $'"'"'\e\['"'"'' - "$claims"
check "check --color auto into a pipe: no colour" \
  bash -c '! "$1" check | grep -q $'"'"'\e\['"'"'' - "$claims"

# --input jsonl with the other input options.
"$claims" --input jsonl --encoding latin1 "$tmp/archive.jsonl" >"$tmp/out" 2>"$tmp/err"
check "--input jsonl refuses another charset" grep -q "reads UTF-8" "$tmp/err"
"$claims" --text-field body corpus/002_9cc46a9fc38b9463.txt >"$tmp/out" 2>"$tmp/err"
check "--text-field without --input jsonl is refused" grep -q "give --input jsonl" "$tmp/err"
printf '{"id":"nul","text":"Acme\\u0000 employs 500 staff."}\n' >"$tmp/nul.jsonl"
check "a record holding U+0000 is read as text" \
  test "$("$claims" --input jsonl --no-header "$tmp/nul.jsonl" | cut -f1,4)" = $'nul\t500'
mkdir -p "$tmp/dumps" && cp "$tmp/nul.jsonl" "$tmp/dumps/a.jsonl" && cp "$tmp/twice.txt" "$tmp/dumps/"
check "-r --input jsonl reads the *.jsonl files of a folder" \
  test "$("$claims" -r --input jsonl --no-header "$tmp/dumps" | cut -f1 | sort -u)" = "nul"
check "a live JSON Lines pipe gives each record's rows before the next record comes" python3 -c "
import subprocess, sys, select
p = subprocess.Popen(['$claims', '-j', '1', '--no-header', '--input', 'jsonl', '-'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('{\"id\": \"r1\", \"text\": \"Acme employs 500 staff.\"}\\n'); p.stdin.flush()
ready, _, _ = select.select([p.stdout], [], [], 10)
first = p.stdout.readline() if ready else ''
p.stdin.write('{\"id\": \"r2\", \"text\": \"Bolt employs 700 staff.\"}\\n'); p.stdin.close()
rest = p.stdout.read(); p.wait()
sys.exit(0 if first.startswith('r1\t') and rest.startswith('r2\t') else 1)"

# Arguments in their place.
"$claims" corpus/002_9cc46a9fc38b9463.txt numbers corpus/003_c199a4cfe6a710be.txt \
  >"$tmp/out" 2>"$tmp/err"
check "a file before a subcommand is refused, not dropped" grep -q "go after its name" "$tmp/err"
check "check takes --lang and --currency-default" \
  bash -c '"$1" check --lang auto --currency-default USD >/dev/null' - "$claims"

"$claims" --lang de corpus/002_9cc46a9fc38b9463.txt >"$tmp/out" 2>"$tmp/err"
check "a language no rules know is refused, naming those known" \
  grep -q "no rules for this language (known: auto en fr)" "$tmp/err"

finish
