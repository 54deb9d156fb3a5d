#!/usr/bin/env python3
"""Scores `claims compare --long` on each story of the shared development set.

usage: score_compare_devset.py CLAIMS SHARED_DIR FLOOR_TSV

A story is the family of texts SHARED_DIR/devset/articles/*_pair-<story>-*.txt. For each
story of FLOOR_TSV (columns: story, lined_up, false_merges), runs `claims compare --long`
on its texts, scores the output with SHARED_DIR/tools/score_compare.py against the gold
rows of those texts, prints the figures, and exits 1 when a story lines up fewer groups
than its floor or merges more. Exits 77 (skipped) when SHARED_DIR/devset is absent. The
articles are read in place, never copied.
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77


def story_score(claims, shared, story, gold_header, gold_rows, workdir):
    """(lined_up, groups, false_merges, last line) for one story."""
    articles = sorted(glob.glob(os.path.join(shared, "devset", "articles", f"*_pair-{story}-*.txt")))
    names = {os.path.basename(a) for a in articles}
    run = subprocess.run([claims, "compare", "--long"] + articles, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"claims compare exited with {run.returncode}: {run.stderr}")
    out_path = os.path.join(workdir, f"compare_{story}.tsv")
    gold_path = os.path.join(workdir, f"gold_{story}.tsv")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(run.stdout)
    with open(gold_path, "w", encoding="utf-8") as f:
        f.write("\t".join(gold_header) + "\n")
        f.writelines("\t".join(r) + "\n" for r in gold_rows if r[0] in names)
    scorer = os.path.join(shared, "tools", "score_compare.py")
    result = subprocess.run([sys.executable, scorer, gold_path, out_path],
                            capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    m = re.search(r"groups_lined_up=(\d+)/(\d+) false_merges=(\d+)", last)
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), result.stdout.strip()


def main():
    claims, shared, floor_path = sys.argv[1:4]
    devset = os.path.join(shared, "devset")
    if not os.path.isdir(devset) or not os.path.isfile(os.path.join(shared, "tools", "score_compare.py")):
        print(f"skipped: no development set at {devset}")
        return SKIP
    with open(os.path.join(devset, "gold.tsv"), encoding="utf-8") as f:
        gold = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(floor_path, encoding="utf-8") as f:
        floors = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))
    failed = False
    with tempfile.TemporaryDirectory() as workdir:
        for floor in floors:
            story = floor["story"]
            lined, groups, merges, report = story_score(claims, shared, story, gold[0], gold[1:], workdir)
            print(f"{story}:\n  " + report.replace("\n", "\n  "))
            share = lined / groups if groups else 1.0
            if share + 1e-9 < float(floor["lined_up"]):
                print(f"  FAIL {story}: {lined}/{groups} lined up is below the floor {floor['lined_up']}")
                failed = True
            if merges > int(floor["false_merges"]):
                print(f"  FAIL {story}: {merges} false merges, at most {floor['false_merges']}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
