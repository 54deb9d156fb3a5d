#!/usr/bin/env bash
# The scale-out recipes of the README on a generated archive: GNU parallel, Dask, and a
# Hadoop-Streaming-style pipe must each give, once sorted, the rows of one claims run.
# usage: scaleout_test.sh CLAIMS SHARED_DIR
# Exit 77 (skipped) when SHARED_DIR is absent or every recipe is skipped; a recipe
# whose package is missing is skipped with the Debian package it needs.
shared=${2:?usage: scaleout_test.sh CLAIMS SHARED_DIR}
if [ ! -d "$shared/devset/articles" ]; then
  echo "SKIP: no shared folder at $shared (its devset/articles are the archive's texts)"
  exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../harness.sh" "$1" "$shared"
set -o pipefail
export LC_ALL=C                          # one sort order for the reference and every recipe
export DASK_TEMPORARY_DIRECTORY=$tmp/dask  # Dask's worker space, removed with $tmp
records=6000                             # ~3 MB: three 1 MB blocks for parallel and Dask
archive=$tmp/archive.jsonl
python3 "$here/make_archive.py" "$shared" "$archive" "$records" || exit 1

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

start=$(now)
"$claims" --input jsonl --no-header "$archive" >"$tmp/one_run.tsv"
status=$?
sort "$tmp/one_run.tsv" >"$tmp/reference.tsv"
reference_rows=$(wc -l <"$tmp/reference.tsv")
echo "reference: one run over $records records: $reference_rows rows, exit $status," \
  "$(seconds "$start" "$(now)") s"
# A reference of a handful of rows would let every recipe pass without splitting anything.
check "the reference run exits 0" test "$status" -eq 0
check "the reference has more than 1000 rows" test "$reference_rows" -gt 1000
if [ "$failures" -gt 0 ]; then finish; exit 1; fi

recipes=3
skipped=0
compare() {  # compare NAME STATUS START: the recipe's rows in $tmp/NAME.tsv against the reference
  local name=$1 status=$2 rows
  sort "$tmp/$name.tsv" >"$tmp/$name.sorted.tsv"
  rows=$(wc -l <"$tmp/$name.sorted.tsv")
  if [ "$status" -eq 0 ] && cmp -s "$tmp/reference.tsv" "$tmp/$name.sorted.tsv"; then
    echo "PASS: $name: $rows rows = reference $reference_rows rows, $(seconds "$3" "$(now)") s"
    passed=$((passed + 1))
  else
    echo "FAIL: $name: exit $status, $rows rows, reference $reference_rows rows"
    diff "$tmp/reference.tsv" "$tmp/$name.sorted.tsv" | head -10
    failures=$((failures + 1))
  fi
}

# GNU parallel: --pipe cuts standard input into 1 MB blocks at line ends, so every record
# stays whole; its exit status is the number of failed jobs.
if command -v parallel >/dev/null; then
  start=$(now)
  parallel --will-cite --pipe --block 1M -j 2 -q "$claims" --input jsonl --no-header - \
    <"$archive" >"$tmp/parallel.tsv"
  compare parallel $? "$start"
else
  echo "SKIP: parallel: no parallel command (Debian package parallel)"
  skipped=$((skipped + 1))
fi

# Dask: any Python that has distributed; pyenv's python3 may not, Debian's /usr/bin/python3 may.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import distributed' 2>/dev/null; then python=$candidate; break; fi
done
if [ -n "$python" ]; then
  start=$(now)
  "$python" "$here/dask_claims.py" "$claims" "$archive" "$tmp/dask.tsv"
  compare dask $? "$start"
else
  echo "SKIP: dask: no Python that can import distributed (Debian package python3-distributed)"
  skipped=$((skipped + 1))
fi

# Hadoop Streaming: claims is the mapper as it is (records on standard input, rows out) and
# sort is the shuffle; the mapper's own exit status is the one that counts.
start=$(now)
cat "$archive" | "$claims" --input jsonl --no-header - | sort >"$tmp/streaming.tsv"
statuses=("${PIPESTATUS[@]}")
status=0
for s in "${statuses[@]}"; do [ "$s" -eq 0 ] || status=$s; done
compare streaming "$status" "$start"

# The pipe needs only coreutils, so in practice it always runs; the rule is kept general.
if [ "$skipped" -eq "$recipes" ]; then echo "SKIP: no recipe could run"; exit 77; fi
finish
