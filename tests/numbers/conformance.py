#!/usr/bin/env python3
"""Conformance of `claims numbers` with Microsoft Recognizers-Text's published cases.

usage: conformance.py CLAIMS SPECS_DIR FLOOR_TSV [--write-floor]

SPECS_DIR is ../shared/conformance/recognizers-text/Specs beside the checkout. Each case's
Input goes through the number layer; the case passes when the set of (matched text, value)
pairs of the spec file's kind equals the expected set: text compared case-insensitively,
values numerically, ranges as their two ends (an open end is None). Prints passed/cases per
file, fails (exit 1) when a file falls below its floor in FLOOR_TSV, exits 77 (ctest's skip
code) when SPECS_DIR is absent. --write-floor records today's counts as the floor.
"""
import json
import os
import subprocess
import sys
import tempfile

# spec file -> (language, our kind)
SPECS = [
    ("Number/English/NumberModel.json", "en", "number"),
    ("Number/French/NumberModel.json", "fr", "number"),
    ("Number/English/PercentModel.json", "en", "percent"),
    ("Number/French/PercentModel.json", "fr", "percent"),
    ("Number/English/NumberRangeModel.json", "en", "range"),
    ("Number/French/NumberRangeModel.json", "fr", "range"),
    ("NumberWithUnit/English/CurrencyModel.json", "en", "currency"),
    ("NumberWithUnit/French/CurrencyModel.json", "fr", "currency"),
    ("NumberWithUnit/English/DimensionModel.json", "en", "dimension"),
    ("NumberWithUnit/French/DimensionModel.json", "fr", "dimension"),
]


def number(text):
    if text is None or text == "" or text == "null":  # the spec writes no value as "null" too
        return None
    text = str(text).strip().rstrip("%").strip()
    try:
        return float(text)
    except ValueError:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text  # compared as text: it will not match


def expected_value(kind, resolution):
    value = (resolution or {}).get("value")
    if kind != "range":
        return number(value)
    # "(20,35]", "[3965,)", "(,100]"
    inner = value.strip()[1:-1]
    low, _, high = inner.partition(",")
    return (number(low), number(high))


def same(a, b):
    if isinstance(a, tuple) or isinstance(b, tuple):
        return (isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b)
                and all(same(x, y) for x, y in zip(a, b)))
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def same_sets(found, expected):
    found, expected = list(found), list(expected)
    if len(found) != len(expected):
        return False
    for text, value in expected:
        for i, (t, v) in enumerate(found):
            if t == text and same(v, value):
                del found[i]
                break
        else:
            return False
    return True


def run_layer(claims, lang, kind, inputs):
    """The (text, value) pairs of `kind` per input, one input per line of one file."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        for text in inputs:
            f.write(text.replace("\r", " ").replace("\n", " ") + "\n")
        path = f.name
    try:
        out = subprocess.run([claims, "numbers", "--lang", lang, path], capture_output=True,
                             text=True, encoding="utf-8")
    finally:
        os.unlink(path)
    if out.returncode not in (0, 1):
        sys.exit(f"claims numbers failed ({out.returncode}): {out.stderr.strip()}")
    found = [[] for _ in inputs]
    for row in out.stdout.splitlines()[1:]:
        source, line, column, row_kind, value, value_max, unit, text = row.split("\t")
        if row_kind != kind:
            continue
        if kind == "range":
            pair = (number(value), number(value_max))
        else:
            pair = number(value)
        found[int(line) - 1].append((text.lower(), pair))
    return found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    write_floor = "--write-floor" in sys.argv
    verbose = "--verbose" in sys.argv
    if len(args) != 3:
        sys.exit(__doc__)
    claims, specs, floor_path = args
    if not os.path.isdir(specs):
        print(f"skipped: {specs} is absent (the shared conformance cases are not beside "
              "this checkout)")
        return 77
    floors = {}
    if os.path.exists(floor_path):
        with open(floor_path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    name, floor = line.split("\t")[:2]
                    if name != "file":
                        floors[name] = int(floor)
    counts = {}
    failed = False
    for name, lang, kind in SPECS:
        with open(os.path.join(specs, name), encoding="utf-8-sig") as f:
            cases = json.load(f)
        found = run_layer(claims, lang, kind, [c["Input"] for c in cases])
        passed = 0
        for case, ours in zip(cases, found):
            expected = [(r["Text"].lower(), expected_value(kind, r.get("Resolution")))
                        for r in case["Results"]]
            if same_sets(ours, expected):
                passed += 1
            elif verbose:
                print(f"  FAIL {name}: {case['Input'][:100]!r}\n    expected {expected}\n"
                      f"    found    {ours}")
        counts[name] = passed
        floor = floors.get(name, 0)
        mark = "" if passed >= floor else f"  BELOW THE FLOOR {floor}"
        failed = failed or passed < floor
        print(f"{name}\t{passed}/{len(cases)}{mark}")
    if write_floor:
        with open(floor_path, "w", encoding="utf-8") as f:
            f.write("# Cases of each Recognizers-Text spec file that `claims numbers` must keep\n"
                    "# passing (tests/numbers/conformance.py); raise them as coverage grows.\n")
            f.write("file\tfloor\n")
            for name, _, _ in SPECS:
                f.write(f"{name}\t{counts[name]}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
