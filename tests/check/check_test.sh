#!/usr/bin/env bash
# `claims check` and `claims rules lint` as CI meets them: a copy of the rules is broken
# on purpose and the exact report and exit status are asserted.
# usage: check_test.sh CLAIMS PROJECT_ROOT
source "$(dirname "$0")/../harness.sh" "$@"

# The clean corpus passes, with a one-line summary.
"$claims" check >"$tmp/out" 2>&1
check "clean corpus exits 0" test $? -eq 0
check "clean corpus prints one line" test "$(wc -l <"$tmp/out")" -eq 1
check "the summary says it passed" grep -q "^check passed: " "$tmp/out"

# Break a copy: "augmenter" (and so "augmenté") becomes a fall, and the fr.share_price rule is deleted.
cp -r rules "$tmp/rules"
sed -i 's/^"augmenter" = "+"/"augmenter" = "-"/' "$tmp/rules/fr/vocabulary.toml"
python3 - "$tmp/rules/fr/percent.toml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index('[[rule]]\nid = "fr.share_price"\n')
end = text.find("[[rule]]", start + 1)
open(path, "w", encoding="utf-8").write(text[:start] + (text[end:] if end >= 0 else ""))
PY
"$claims" check --no-default-rules --rules "$tmp/rules" >"$tmp/out" 2>&1
check "a broken rule exits 1" test $? -eq 1
grep '^corpus/' "$tmp/out" >"$tmp/diffs"
cat >"$tmp/want" <<'TXT'
corpus/004_6665feeb0a5f3ff4.txt:35:5: missing share_price 966 GBX "actions de CVS Group ont augmenté de 2,3 % à 966,00 pence" (expected from rule fr.share_price)
corpus/004_6665feeb0a5f3ff4.txt:35:5: changed share_price_change 2.3 % -> share_price_change -2.3 % "actions de CVS Group ont augmenté de 2,3 %" (rule fr.share_price_change)
corpus/004_6665feeb0a5f3ff4.txt:35:50: unexpected amount 966 GBX "966,00 pence" (from rule fr.money)
TXT
check "exact missing, changed and unexpected rows" diff -u "$tmp/want" "$tmp/diffs"
check "the failing rule example is named with file:line" \
  grep -q "^$tmp/rules/fr/percent.toml:[0-9]*: rule fr.share_price_change: example" "$tmp/out"
check "the summary counts the differences" \
  grep -q "^check FAILED: .*(1 missing, 1 unexpected, 1 changed, 0 moved)" "$tmp/out"

# GitHub workflow commands: one ::error per difference, properties escaped.
"$claims" check --no-default-rules --rules "$tmp/rules" --report github >"$tmp/gh"
check "github report exits 1" test $? -eq 1
check "github ::error lines are well formed" python3 - "$tmp/gh" <<'PY'
import re, sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.startswith("::")]
pattern = re.compile(r"^::(error|warning) file=[^,:]+(?:,line=\d+)(?:,col=\d+)?,title=[^,:]+::[^\r\n]*$")
ok = len(lines) >= 3 and all(pattern.match(l) for l in lines)
ok = ok and any("col=5,title=claims check%3A missing::missing share_price 966 GBX" in l for l in lines)
ok = ok and all("%" not in re.sub(r"%(25|0A|0D|3A|2C)", "", l) for l in lines)
sys.exit(0 if ok else 1)
PY

# JUnit XML parses, and counts one failure per difference plus each failing rule (three
# rules read a form of "augmenter").
"$claims" check --no-default-rules --rules "$tmp/rules" --report junit >"$tmp/junit.xml"
check "junit report is valid XML with the failures" python3 - "$tmp/junit.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = {s.get("name"): s for s in root.iter("testsuite")}
corpus_failures = int(suites["corpus"].get("failures"))
rules_failures = int(suites["rules"].get("failures"))
sys.exit(0 if root.tag == "testsuites" and corpus_failures == 3 and rules_failures == 3 else 1)
PY

"$claims" check --no-default-rules --rules "$tmp/rules" --report tap >"$tmp/tap"
check "tap report has a plan and not-ok lines" \
  bash -c "grep -q '^1\.\.[0-9]*$' '$tmp/tap' && grep -q '^not ok [0-9]* - corpus/004' '$tmp/tap'"

# --update rewrites the expected file, sorted; after it the check passes.
cp corpus/expected.tsv "$tmp/expected.tsv"
"$claims" check --no-default-rules --rules "$tmp/rules" --expected "$tmp/expected.tsv" --update >/dev/null
check "--update exits 0" test $? -eq 0
"$claims" check --no-default-rules --rules "$tmp/rules" --expected "$tmp/expected.tsv" >/dev/null 2>&1
check "--update makes the corpus match, apart from the failing rule examples" test $? -eq 1
check "--update wrote the new value" grep -q $'share_price_change\t-2.3' "$tmp/expected.tsv"

# A claim whose text only moved is reported, and fails only with --strict.
sed 's/\t35\t50\tfr.share_price\t$/\t35\t6\tfr.share_price\t/; s/\t35\t5\tfr.share_price\t$/\t35\t6\tfr.share_price\t/' \
  corpus/expected.tsv >"$tmp/moved.tsv"
"$claims" check --expected "$tmp/moved.tsv" >"$tmp/out" 2>&1
check "a moved claim passes without --strict" test $? -eq 0
"$claims" check --expected "$tmp/moved.tsv" --strict >"$tmp/out" 2>&1
check "a moved claim fails with --strict" test $? -eq 1
check "a moved claim is reported as moved" grep -q ": moved share_price 966 GBX from 35:6" "$tmp/out"

# An unreadable expected file is an error.
"$claims" check --expected "$tmp/none.tsv" >/dev/null 2>&1
check "a missing expected file exits 2" test $? -eq 2

# Lint: a duplicate id, an undefined sub-pattern and a non-compiling pattern, each located.
mkdir -p "$tmp/lint"
cat >"$tmp/lint/planted.toml" <<'TOML'
lang = "en"

[[rule]]
id = "en.count"
claim = "staff"
unit = "count"
pattern = '{amount} staff'
examples = ["5 staff"]
counterexamples = ["no"]

[[rule]]
id = "en.undefined"
claim = "staff"
unit = "count"
pattern = '{nowhere} staff'
examples = ["5 staff"]
counterexamples = ["no"]

[[rule]]
id = "en.broken"
claim = "staff"
unit = "count"
pattern = '{amount} (staff'
examples = ["5 staff"]
counterexamples = ["no"]
TOML
"$claims" rules lint --rules "$tmp/lint" >"$tmp/lint.out"
check "lint exits 1 on problems" test $? -eq 1
check "lint finds the duplicate id" grep -q "planted.toml:3: duplicate rule id en.count" "$tmp/lint.out"
check "lint finds the undefined sub-pattern" \
  grep -q "planted.toml:15: rule en.undefined: undefined sub-pattern {nowhere}" "$tmp/lint.out"
check "lint finds the pattern that does not compile" \
  grep -q "planted.toml:23: rule en.broken: pattern does not compile" "$tmp/lint.out"
"$claims" rules lint --no-default-rules --rules rules/ >"$tmp/lint.out"
check "the project's rules lint clean" test $? -eq 0

"$claims" rules list >"$tmp/list"
check "rules list is TSV with the contract's columns" \
  test "$(head -1 "$tmp/list")" = "$(printf 'id\tlang\tclaim\tunit\tfile\tline\texamples')"

finish
