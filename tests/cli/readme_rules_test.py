#!/usr/bin/env python3
"""The README's worked examples work as written.

usage: readme_rules_test.py CLAIMS README

A fenced block after `<!-- readme-test: file PATH -->` is written to PATH in a scratch
folder; in a ```console block after `<!-- readme-test: command -->`, each `$ ` line is run
there with bash (CLAIMS's folder first on PATH) and must print exactly the lines that follow
it. Exits 1 on the first difference, naming the command.
"""
import os
import re
import subprocess
import sys
import tempfile

MARK = re.compile(r"^<!-- readme-test: (file (\S+)|command) -->$")


def blocks(readme):
    """(kind, path or None, block lines) for each marked fenced block."""
    lines = readme.splitlines()
    for i, line in enumerate(lines):
        m = MARK.match(line)
        if not m:
            continue
        start = i + 1
        assert lines[start].startswith("```"), f"README line {start + 1}: no fence after the mark"
        end = next(j for j in range(start + 1, len(lines)) if lines[j].startswith("```"))
        yield ("file" if m.group(2) else "command"), m.group(2), lines[start + 1:end]


def commands(block):
    """(command, expected output lines) for each `$ ` line of a console block."""
    current = None
    for line in block:
        if line.startswith("$ "):
            if current:
                yield current
            current = (line[2:], [])
        elif current:
            current[1].append(line)
    if current:
        yield current


def main():
    claims, readme_path = sys.argv[1:3]
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(claims)) + os.pathsep +
               os.environ.get("PATH", ""))
    ran = 0
    with tempfile.TemporaryDirectory() as folder:
        for kind, path, block in blocks(readme):
            if kind == "file":
                target = os.path.join(folder, path)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as f:
                    f.write("\n".join(block) + "\n")
                continue
            for command, expected in commands(block):
                run = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=folder,
                                     env=env, capture_output=True, text=True)
                got = run.stdout.splitlines()
                if got != expected or run.returncode != 0:
                    print(f"FAIL: $ {command}\n  exit {run.returncode}, wanted:\n    " +
                          "\n    ".join(expected) + "\n  got:\n    " + "\n    ".join(got) +
                          ("\n  stderr: " + run.stderr if run.stderr else ""))
                    return 1
                ran += 1
    if ran == 0:
        print("FAIL: the README has no readme-test command")
        return 1
    print(f"{ran} README commands give what the README says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
