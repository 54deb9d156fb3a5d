#!/usr/bin/env bash
# `claims compare` on the corpus: the exact clusters, --long, --matrix, formats, errors.
source "$(dirname "$0")/../harness.sh"

"$claims" compare corpus/*.txt >"$tmp/clusters.tsv"
check "compare exits 0 with clusters" test $? -eq 0
expected=$(cat <<'TSV'
cluster	claim	value	value_max	unit	modifier	as_of	n_sources	sources	status
1	percent	100		%			1	corpus/000_29030ac9fe43aecd.txt	single
2	practices	467		count		2022-02	1	corpus/000_29030ac9fe43aecd.txt	dated
3	practices	500		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
4	hospitals	9		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
5	sites	39		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
6	laboratories	3		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
7	crematoria	7		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
8	staff	9100		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
9	vets	2400		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
10	nurses	3400		count			2	corpus/002_9cc46a9fc38b9463.txt;corpus/003_c199a4cfe6a710be.txt	agreed
11	share_price_change	2.3		%			1	corpus/004_6665feeb0a5f3ff4.txt	single
12	share_price	966		GBX			1	corpus/004_6665feeb0a5f3ff4.txt	single
TSV
)
check "the corpus gives exactly these clusters" test "$(cat "$tmp/clusters.tsv")" = "$expected"

"$claims" compare --long corpus/*.txt >"$tmp/long.tsv"
check "--long has the cluster, then every column of claims" \
  test "$(head -1 "$tmp/long.tsv")" = "cluster	$("$claims" corpus/*.txt | head -1)"
check "--long has one row per claim" \
  test "$(($(wc -l <"$tmp/long.tsv") - 1))" -eq "$(($("$claims" corpus/*.txt | wc -l) - 1))"
check "--long puts the English and French staff in one cluster" \
  test "$(awk -F'\t' '$4 == "staff" {print $1}' "$tmp/long.tsv" | sort -u | wc -l)" -eq 1

"$claims" compare --matrix corpus/*.txt >"$tmp/matrix.tsv"
check "--matrix has one column per source, then the status" \
  test "$(head -1 "$tmp/matrix.tsv" | awk -F'\t' '{print NF, $5, $NF}')" = \
  "9 corpus/000_29030ac9fe43aecd.txt status"
check "--matrix gives each source's value" \
  grep -q $'^8\tstaff\tcount\t\t\t9100 count\t9100 count\t\tagreed$' "$tmp/matrix.tsv"

"$claims" compare --format jsonl corpus/*.txt | head -1 >"$tmp/first.jsonl"
check "--format jsonl writes numbers bare" grep -q '"cluster":1,"claim":"percent","value":100,' "$tmp/first.jsonl"

"$claims" compare --long --matrix corpus/*.txt >/dev/null 2>"$tmp/err"
check "--long with --matrix is an error" test $? -eq 2
check "--long with --matrix says why" grep -q "give one" "$tmp/err"
"$claims" compare --format html --no-header corpus/*.txt >/dev/null 2>"$tmp/err"
check "--no-header with --format html is refused" test $? -eq 2
check "--no-header with --format html says why" grep -q "no header row" "$tmp/err"
"$claims" compare --format html --long corpus/*.txt >/dev/null 2>&1
check "--long with --format html is refused" test $? -eq 2
"$claims" compare --format html -o /nonexistent/dir/report.html corpus/*.txt 2>"$tmp/err"
check "an -o that cannot be written exits 2" test $? -eq 2
check "an -o that cannot be written is named" grep -q "/nonexistent/dir/report.html" "$tmp/err"
"$claims" compare corpus/002_9cc46a9fc38b9463.txt missing.txt >"$tmp/out" 2>"$tmp/err"
check "a missing input exits 2" test $? -eq 2
check "a missing input is named" grep -q "missing.txt" "$tmp/err"
check "the other inputs are still compared" grep -q $'\tstaff\t9100\t' "$tmp/out"
"$claims" compare --tolerance 0.9 corpus/*.txt >/dev/null 2>&1
check "a tolerance out of range is refused" test $? -eq 2
finish
