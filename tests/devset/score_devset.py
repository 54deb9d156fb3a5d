#!/usr/bin/env python3
"""Scores `claims` on the shared development set and fails below the recorded floor.

usage: score_devset.py CLAIMS SHARED_DIR FLOOR_TSV

Runs CLAIMS on SHARED_DIR/devset/articles/*.txt, scores the output per language and
overall with SHARED_DIR/tools/score_figures.py, prints the figures, and exits 1 when any
figure is below its floor in FLOOR_TSV (columns: lang, recall, precision, signs). Exits 77
(skipped) when SHARED_DIR/devset is absent. The articles are read in place, never copied.
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77


def score(scorer, gold_rows, gold_header, output_rows, output_header, workdir, name):
    gold_path = os.path.join(workdir, f"gold_{name}.tsv")
    out_path = os.path.join(workdir, f"out_{name}.tsv")
    with open(gold_path, "w", encoding="utf-8") as f:
        f.write("\t".join(gold_header) + "\n")
        f.writelines("\t".join(r) + "\n" for r in gold_rows)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(output_header)
        f.writelines(output_rows)
    result = subprocess.run([sys.executable, scorer, gold_path, out_path],
                            capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    figures = {}
    for metric in ("recall", "precision", "signs"):
        m = re.search(metric + r"=(\d+)/(\d+)", last)
        figures[metric] = int(m.group(1)) / int(m.group(2)) if m and int(m.group(2)) else 0.0
    return figures, last


def main():
    claims, shared, floor_path = sys.argv[1:4]
    devset = os.path.join(shared, "devset")
    scorer = os.path.join(shared, "tools", "score_figures.py")
    if not os.path.isdir(devset) or not os.path.isfile(scorer):
        print(f"skipped: no development set at {devset}")
        return SKIP
    articles = sorted(glob.glob(os.path.join(devset, "articles", "*.txt")))
    run = subprocess.run([claims] + articles, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(run.stderr)
        print(f"claims exited with {run.returncode}")
        return 1
    lines = run.stdout.splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    with open(os.path.join(devset, "gold.tsv"), encoding="utf-8") as f:
        gold = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    gold_header, gold_rows = gold[0], gold[1:]
    floors = {}
    with open(floor_path, encoding="utf-8") as f:
        for row in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            floors[row["lang"]] = {k: float(v) for k, v in row.items() if k != "lang"}
    failed = False
    with tempfile.TemporaryDirectory() as workdir:
        for lang in ("all", "en", "fr"):
            prefix = "" if lang == "all" else lang + "_"
            g = [r for r in gold_rows if r[0].startswith(prefix)]
            o = [r for r in rows if os.path.basename(r.split("\t", 1)[0]).startswith(prefix)]
            figures, line = score(scorer, g, gold_header, o, header, workdir, lang)
            print(f"{lang}: {line}")
            for metric, floor in floors.get(lang, {}).items():
                if figures[metric] + 1e-9 < floor:
                    print(f"  FAIL {lang} {metric} {figures[metric]:.3f} is below the floor {floor:.3f}")
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
