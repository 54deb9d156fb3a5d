#!/usr/bin/env python3
"""Make a JSON Lines archive of news records from the shared article texts.

usage: make_archive.py SHARED_DIR OUT.jsonl [N]   (N records, default 3000)

The articles (SHARED_DIR/devset/articles/*.txt and SHARED_DIR/seeds/*.txt) are split into
paragraphs (blank-line separated; one per line for the texts that have no blank lines) and
grouped a few paragraphs per record, cycling over the articles until N records are made.
Each record is {"id": "<article-stem>-<k>", "text": ..., "lang_hint": "en"|"fr"}; lang_hint
is an extra member that claims must ignore. Deterministic: the same inputs give the same
archive byte for byte. The texts belong to their publishers, so the archive is made at test
time, outside the repository, and never committed.
"""
import csv
import glob
import json
import os
import re
import sys


def languages(shared):
    """File name -> language code, from devset/sources.tsv and the table of seeds/README.md."""
    langs = {}
    sources = os.path.join(shared, "devset", "sources.tsv")
    if os.path.exists(sources):
        with open(sources, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                langs[row["file"]] = row["lang"]
    readme = os.path.join(shared, "seeds", "README.md")
    if os.path.exists(readme):
        names = {"english": "en", "french": "fr"}
        for line in open(readme, encoding="utf-8"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[1].lower() in names:
                langs[cells[0]] = names[cells[1].lower()]
    return langs


def paragraphs(text):
    found = [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    if len(found) <= 1:  # "one paragraph per line" texts have no blank lines
        found = [line.strip() for line in text.splitlines() if line.strip()]
    return found


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    shared, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) == 4 else 3000
    files = sorted(glob.glob(os.path.join(shared, "devset", "articles", "*.txt")))
    files += sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))
    if not files:
        sys.exit(f"make_archive.py: no articles under {shared}")
    langs = languages(shared)
    articles = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            paras = paragraphs(f.read())
        if paras:
            lang = langs.get(name, name[:2] if name[:3] in ("en_", "fr_") else "und")
            articles.append((os.path.splitext(name)[0], lang, paras))
    made = 0
    next_k = {stem: 0 for stem, _, _ in articles}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        cycle = 0
        while made < count:
            for stem, lang, paras in articles:
                i = 0
                while i < len(paras) and made < count:
                    # 1 to 4 paragraphs a record; the pattern shifts each cycle, so the
                    # records of one cycle are not those of the last.
                    size = 1 + (next_k[stem] + cycle) % 4
                    record = {"id": f"{stem}-{next_k[stem]}",
                              "text": "\n\n".join(paras[i:i + size]), "lang_hint": lang}
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
                    next_k[stem] += 1
                    made += 1
                    i += size
                if made >= count:
                    break
            cycle += 1
    print(f"make_archive.py: {made} records from {len(articles)} articles in {out}")


if __name__ == "__main__":
    main()
