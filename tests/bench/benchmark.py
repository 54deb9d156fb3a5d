#!/usr/bin/env python3
"""Throughput and memory of `claims`, as figures (not a pass/fail test).

usage: benchmark.py CLAIMS [SHARED_DIR] [--mb N] [--big-mb N]

Builds an input of about N MB (default 20) per language by repeating the development-set
articles of SHARED_DIR/devset (or, without it, the project's corpus/), in a temporary
folder, then times `claims` on it (best of three runs) and reports MB/s per core, the
start-up time on an empty file, and the peak resident memory; against the floor, the time of
one RE2 pass of the language's candidate pattern over the same text (claims_candidate_floor,
looked for beside CLAIMS), since no scanner that finds every candidate can beat it. Then, as
the tests of
tests/cli/streaming.py do: the time on the corpus put on one line against the same text
with its line breaks, and the peak memory on a file of --big-mb MiB (default 1024) that
has no line break.
"""
import glob
import os
import resource
import subprocess
import sys
import tempfile
import time


def best_time(command, runs=3):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def floor_line(claims, lang, path, size, claims_seconds):
    """The floor on `path`, and claims' one-thread time after start-up as a multiple of it."""
    tool = os.path.join(os.path.dirname(claims), "claims_candidate_floor")
    if not os.access(tool, os.X_OK):
        return f"{lang} floor: not measured ({tool} is not built)"
    run = subprocess.run([tool, "--lang", lang, path], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        return f"{lang} floor: not measured ({tool} failed: {run.stderr.strip()})"
    # "SECONDS s, MATCHES matches, BYTES bytes"
    fields = run.stdout.split()
    seconds, matches = float(fields[0]), int(fields[2])
    return (f"{lang} floor (one RE2 pass of the candidate pattern): {seconds:.3f} s, "
            f"{size / max(seconds, 1e-9):.0f} MB/s, {matches} matches; "
            f"claims is {claims_seconds / max(seconds, 1e-9):.1f}x the floor "
            f"(one thread, after start-up)")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    claims = os.path.abspath(args[0])
    shared = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
    megabytes = 20
    if "--mb" in sys.argv:
        megabytes = float(sys.argv[sys.argv.index("--mb") + 1])
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.txt")
        open(empty, "w").write("x\n")
        startup = best_time([claims, empty])
        print(f"start-up (rules compiled, empty input): {startup * 1000:.0f} ms")
        for lang in ("en", "fr"):
            sources = sorted(glob.glob(os.path.join(shared, "devset", "articles", f"{lang}_*.txt")))
            if not sources:
                sources = [p for p in sorted(glob.glob(os.path.join(root, "corpus", "*.txt")))]
            text = b"".join(open(p, "rb").read() + b"\n\n" for p in sources)
            path = os.path.join(tmp, f"big_{lang}.txt")
            with open(path, "wb") as f:
                written = 0
                while written < megabytes * 1e6:
                    f.write(text)
                    written += len(text)
            size = os.path.getsize(path) / 1e6
            elapsed = best_time([claims, "-j", "1", "--lang", lang, path])
            rate = size / max(elapsed - startup, 1e-9)
            print(f"{lang}: {size:.1f} MB in {elapsed:.2f} s: {size / elapsed:.1f} MB/s overall, "
                  f"{rate:.1f} MB/s after start-up (one thread)")
            two = best_time([claims, "-j", "2", "--lang", lang, path])
            print(f"{lang} -j 2: {size / two:.1f} MB/s overall, {elapsed / two:.2f}x one thread")
            print(floor_line(claims, lang, path, size, elapsed - startup))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory of one run: {peak:.0f} MB")
    sys.path.insert(0, os.path.join(root, "tests", "cli"))
    import streaming
    if "--big-mb" in sys.argv:
        os.environ["CLAIMS_BIG_INPUT_MB"] = sys.argv[sys.argv.index("--big-mb") + 1]
    with tempfile.TemporaryDirectory() as tmp:
        streaming.one_line(claims, root, tmp)
        streaming.big(claims, root, tmp)


if __name__ == "__main__":
    main()
