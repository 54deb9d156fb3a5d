#!/usr/bin/env python3
"""The manual page and the completions name what --help names.

usage: manual_test.py CLAIMS DOCS_DIR

For the top-level command and every subcommand, the set of options that `--help` lists must
equal the set that the manual page (DOCS_DIR/claims.1) lists for it; the bash completion
(DOCS_DIR/claims.bash), run the way bash runs it, must offer the options, the subcommands,
the values of the options that take one of a list, and file names; the zsh script must parse.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

COMMANDS = [[], ["rules"], ["rules", "test"], ["rules", "list"], ["rules", "lint"], ["check"],
            ["numbers"], ["compare"]]


def help_options(claims, words):
    """Option names in the Options: part of `claims WORDS --help`."""
    text = subprocess.run([claims] + words + ["--help"], capture_output=True, text=True,
                          check=True).stdout
    names, in_options = set(), False
    for line in text.splitlines():
        if re.match(r"^\S", line):
            in_options = line.startswith("Options:")
            continue
        m = re.match(r"^  (-[\w,-]+)", line)
        if in_options and m:
            names.update(n for n in m.group(1).split(",") if n)
    return names


def manual_options(page):
    """Command path -> option names listed under it in the roff source."""
    found, current, expect_term = {"claims": set()}, "claims", False
    for line in page.splitlines():
        m = re.match(r'^\.SS "(.*)"$', line)
        if m:
            current = m.group(1).replace("\\-", "-")
            found[current] = set()
        elif line.startswith(".SH") and not line.startswith(".SH OPTIONS") and current == "claims":
            pass
        elif line == ".TP":
            expect_term = True
        elif expect_term:
            expect_term = False
            for name in re.findall(r"\\fB((?:\\-)+[\w\\-]+)\\fR", line):
                found[current].add(name.replace("\\-", "-"))
    return found


def bash_complete(script, words):
    """What the bash completion offers for WORDS (the last one being completed)."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    run = subprocess.run(["bash", "-c", f'source "$1"; COMP_WORDS=({quoted}); '
                          f'COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _claims; '
                          f'printf "%s\\n" "${{COMPREPLY[@]}}"', "-", script],
                         capture_output=True, text=True, check=True)
    return set(run.stdout.split())


ZSH_STUBS = r"""
compadd() { while [[ $# -gt 0 && $1 != -- ]]; do shift; done; shift; print -rl -- "$@" }
_describe() { local name=$4; print -rl -- ${${(P)name}%%:*} }
_files() { print -r -- _files }
compset() { return 0 }
"""


def zsh_complete(script, words):
    """What the zsh completion offers for WORDS, with zsh's completion builtins stubbed to
    print what they are given (_files prints "_files")."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    run = subprocess.run(["zsh", "-f", "-c", ZSH_STUBS + f'source "$1" >/dev/null 2>&1; '
                          f'words=({quoted}); CURRENT=${{#words}}; _claims', "-", script],
                         capture_output=True, text=True)
    return set(run.stdout.split())


def check(condition, message, failures):
    if not condition:
        failures.append(message)


def main():
    claims, docs = sys.argv[1:3]
    failures = []
    with open(os.path.join(docs, "claims.1"), encoding="utf-8") as f:
        manual = manual_options(f.read())
    for words in COMMANDS:
        path = " ".join(["claims"] + words)
        listed = help_options(claims, words)
        check(listed, f"{path} --help lists no options", failures)
        check(manual.get(path) == listed,
              f"{path}: --help {sorted(listed)} but the manual {sorted(manual.get(path, []))}",
              failures)
    script = os.path.join(docs, "claims.bash")
    with tempfile.TemporaryDirectory() as folder:
        open(os.path.join(folder, "story-en.txt"), "w").close()
        cases = [
            (["claims", "--for"], {"--format"}),
            (["claims", "--format", ""], {"tsv", "csv", "jsonl"}),
            (["claims", "compare", "--format", ""], {"tsv", "csv", "jsonl", "html"}),
            (["claims", "check", "--report", "j"], {"junit"}),
            (["claims", "--lang", ""], {"auto", "en", "fr"}),
            (["claims", "--encoding", "ISO-8859-1"], {"ISO-8859-1"}),
            (["claims", "rules", "l"], {"list", "lint"}),
            (["claims", "co"], {"compare"}),
            (["claims", os.path.join(folder, "story")], {os.path.join(folder, "story-en.txt")}),
            (["claims", "--rules", os.path.join(folder, "st")],
             {os.path.join(folder, "story-en.txt")}),
            (["claims", "check", "--expected", os.path.join(folder, "st")],
             {os.path.join(folder, "story-en.txt")}),
            (["claims", "--format", "=", "c"], {"csv"}),
        ]
        for words, expected in cases:
            offered = bash_complete(script, words)
            check(expected <= offered and offered,
                  f"bash completion of {words}: {sorted(offered)[:10]}, wanted {sorted(expected)}",
                  failures)
    if shutil.which("zsh"):
        script = os.path.join(docs, "_claims")
        run = subprocess.run(["zsh", "-n", script], capture_output=True, text=True)
        check(run.returncode == 0, f"zsh cannot parse _claims: {run.stderr}", failures)
        for words, expected in [
                (["claims", "--for"], {"--format"}),
                (["claims", "compare", "--format", ""], {"tsv", "csv", "jsonl", "html"}),
                (["claims", "--format=c"], {"tsv", "csv", "jsonl"}),
                (["claims", "check", "--report", ""], {"text", "github", "junit", "tap"}),
                (["claims", "check", "--expected", ""], {"_files"}),
                (["claims", "rules", ""], {"test", "list", "lint"}),
                (["claims", "numbers", "--no"], {"--no-header", "--no-default-rules"}),
                (["claims", ""], {"compare", "check", "_files"})]:
            offered = zsh_complete(script, words)
            check(expected <= offered,
                  f"zsh completion of {words}: {sorted(offered)[:10]}, wanted {sorted(expected)}",
                  failures)
    else:
        print("zsh completion not run: no zsh (Debian package zsh)")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(COMMANDS)} commands, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
