#!/usr/bin/env bash
# Broken rule files, as a user meets them: each mistake is reported as FILE:LINE naming the
# file that holds it, and the command exits 2 before writing anything.
# usage: rule_files_test.sh CLAIMS PROJECT_ROOT
source "$(dirname "$0")/../harness.sh" "$@"

article=$(ls corpus/*.txt | head -1)

# run NAME ARGS...: runs claims on the article; keeps stdout, stderr and the status.
run() {
  "$claims" "$@" "$article" >"$tmp/out" 2>"$tmp/err"
  status=$?
}

# line_of FILE NAME: the line where sub-pattern NAME is defined in FILE.
line_of() { grep -n "^$2 = " "$1" | cut -d: -f1; }

# A sub-pattern of en/figures.toml that many rules of other files use: reported once,
# against figures.toml and its own line.
cp -r rules "$tmp/rules"
lexicon="$tmp/rules/en/figures.toml"
sed -i "s/^tens = '/tens = '(/" "$lexicon"
run --no-default-rules --rules "$tmp/rules"
check "a broken sub-pattern exits 2" test "$status" -eq 2
check "a broken sub-pattern writes nothing on stdout" test ! -s "$tmp/out"
check "a broken sub-pattern is reported once" test "$(wc -l <"$tmp/err")" -eq 1
check "a broken sub-pattern is reported at figures.toml and its line" \
  grep -q "^$lexicon:$(line_of "$lexicon" tens): {tens} does not compile: missing )" "$tmp/err"
"$claims" rules lint --no-default-rules --rules "$tmp/rules" >"$tmp/lint"
check "lint reports the broken sub-pattern at figures.toml" \
  grep -q "^$lexicon:$(line_of "$lexicon" tens): {tens} does not compile" "$tmp/lint"
check "lint blames no rule for it" bash -c "! grep -q ': rule [a-z_.]*: pattern' '$tmp/lint'"

# A cycle made of the project's own sub-patterns: one report, at the line of the
# sub-pattern the chain starts from.
rm -rf "$tmp/rules" && cp -r rules "$tmp/rules"
sed -i "s/^ones = '/ones = '{word_below_100}|/" "$lexicon"
run --no-default-rules --rules "$tmp/rules"
check "a cycle exits 2 with nothing on stdout" bash -c "test $status -eq 2 && test ! -s '$tmp/out'"
check "a cycle is reported once" test "$(wc -l <"$tmp/err")" -eq 1
first=$(sed -n 's/.*in a cycle: {\([a-z_0-9]*\)}.*/\1/p' "$tmp/err")
check "the cycle names its chain" \
  grep -Eq "in a cycle: \{$first\} -> .*\{(ones|word_below_100)\}.* -> \{$first\}$" "$tmp/err"
check "the cycle is reported at its first sub-pattern's line" \
  grep -q "^$lexicon:$(line_of "$lexicon" "$first"): " "$tmp/err"

# A cycle in a file of its own that no rule uses, beside the built-in rules.
cat >"$tmp/cycle.toml" <<'TOML'
lang = "en"
[patterns]
loop_a = 'a{loop_b}'
loop_b = '{loop_a}b'
TOML
run --rules "$tmp/cycle.toml"
check "an unused cycle exits 2 with nothing on stdout" \
  bash -c "test $status -eq 2 && test ! -s '$tmp/out'"
check "an unused cycle is reported at its file and line" test "$(cat "$tmp/err")" = \
  "$tmp/cycle.toml:3: sub-patterns refer to each other in a cycle: {loop_a} -> {loop_b} -> {loop_a}"

# A rule file with a TOML error, beside the built-in rules: the article is not read.
printf 'lang = "en"\n[[rule]]\nid = "en.x"\nclaim =\n' >"$tmp/syntax.toml"
run --rules "$tmp/syntax.toml"
check "a TOML error exits 2 with nothing on stdout" \
  bash -c "test $status -eq 2 && test ! -s '$tmp/out'"
check "a TOML error names its file and line" grep -q "^$tmp/syntax.toml:4: " "$tmp/err"

# Files that are no rule files at all.
printf 'lang = "en"\n\x00\x01\x02' >"$tmp/binary.toml"
run --rules "$tmp/binary.toml"
check "a binary rule file exits 2" test "$status" -eq 2
check "a binary rule file is named" grep -q "^$tmp/binary.toml:2: a binary file" "$tmp/err"
printf 'lang = "en"\n[units]\n"m\xe8tres" = "m"\n' >"$tmp/latin1.toml"
run --rules "$tmp/latin1.toml"
check "a rule file that is not UTF-8 is named with its line" \
  bash -c "test $status -eq 2 && grep -q '^$tmp/latin1.toml:3: not UTF-8' '$tmp/err'"
: >"$tmp/empty.toml"
run --rules "$tmp/empty.toml"
check "an empty rule file is named" \
  bash -c "test $status -eq 2 && grep -q '^$tmp/empty.toml: the rule file is empty' '$tmp/err'"
mkdir "$tmp/nothing"
run --rules "$tmp/nothing"
check "a folder without rule files is named" \
  bash -c "test $status -eq 2 && grep -q '^$tmp/nothing: no .toml rule files' '$tmp/err'"
run --rules "$tmp/missing.toml"
check "a missing rule file is named" \
  bash -c "test $status -eq 2 && grep -q '^$tmp/missing.toml: cannot open the rule file' '$tmp/err'"

finish
