#!/usr/bin/env python3
"""`claims compare --format html` in a real browser (Debian's headless Chromium).

usage: html_report_test.py CLAIMS PROJECT_ROOT BUILD_DIR

Writes the corpus's report to BUILD_DIR/compare_report.html, checks that it is one
self-contained page, then renders it with Chromium: the page's text holds the expected
cells and statuses, no console message was logged, no request left the page for the
network, and a screenshot is saved as BUILD_DIR/compare_report.png. Exits 77 (skipped),
with a message, when no Chromium is installed.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps",
         "--no-first-run", "--disable-extensions", "--virtual-time-budget=2000"]

failures = []


def check(name, ok):
    if not ok:
        failures.append(name)
        print(f"FAIL: {name}")


def page_requests(net_log):
    """The URLs the page itself asked for (its network isolation key is the file's)."""
    with open(net_log, encoding="utf-8") as f:
        events = json.load(f).get("events", [])
    return sorted({e["params"]["url"] for e in events
                   if "url" in e.get("params", {})
                   and "file://" in e["params"].get("network_isolation_key", "")})


def main():
    claims, root, build = sys.argv[1:4]
    os.chdir(root)
    page = os.path.join(os.path.abspath(build), "compare_report.html")
    shot = os.path.join(os.path.abspath(build), "compare_report.png")
    corpus = sorted(os.path.join("corpus", n) for n in os.listdir("corpus") if n.endswith(".txt"))
    run = subprocess.run([claims, "compare", "--format", "html", "-o", page] + corpus,
                         capture_output=True, text=True)
    check("compare --format html exits 0", run.returncode == 0)
    html = open(page, encoding="utf-8").read()
    check("one HTML page", html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>"))
    check("self-contained: no address outside the page", "http://" not in html and "https://" not in html)
    check("a legend of the four statuses", all(f'<span class="{s}">{s}</span>' in html
                                               for s in ("agreed", "conflict", "single", "dated")))
    check("the sources with their languages", "(fr)" in html and "(en)" in html)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("skipped: no Chromium (apt-get install chromium); the page was checked as text only")
        return SKIP if not failures else 1
    with tempfile.TemporaryDirectory() as profile:
        net_log = os.path.join(profile, "net.json")
        dom = subprocess.run([browser] + FLAGS + [f"--user-data-dir={profile}/p",
                              "--enable-logging=stderr", "--v=0", f"--log-net-log={net_log}",
                              "--dump-dom", "file://" + page],
                             capture_output=True, text=True, timeout=120)
        check("Chromium renders the page", dom.returncode == 0)
        text = dom.stdout
        check("the staff cell of both sources", text.count("9100 count") == 2)
        check("467 practices shown dated", "2022-02" in text and ">dated<" in text)
        check("500 practices agreed", text.count("500 count") == 2 and ">agreed<" in text)
        check("a cell's evidence sentence", "9 100 personnes" in text)
        consoles = [l for l in dom.stderr.splitlines() if "CONSOLE" in l]
        check("no console message: " + "; ".join(consoles), not consoles)
        outside = [u for u in page_requests(net_log) if not u.startswith("file:")]
        check("no network request: " + ", ".join(outside), not outside)
        subprocess.run([browser] + FLAGS + [f"--user-data-dir={profile}/s", f"--screenshot={shot}",
                        "--window-size=1400,800", "file://" + page],
                       capture_output=True, timeout=120)
        check("a screenshot", os.path.isfile(shot) and os.path.getsize(shot) > 1000)
    print(f"{len(failures)} failed; page {page}, screenshot {shot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
