#!/usr/bin/env python3
"""Writes the bilingual noun lexicon claims embeds, from FreeDict's dictionaries.

usage: noun_lexicon.py DICTD_DIR OUTPUT

Reads DICTD_DIR/freedict-fra-eng.dict.dz and DICTD_DIR/freedict-eng-fra.dict.dz (Debian's
dict-freedict-fra-eng and dict-freedict-eng-fra, GPL-2+) and writes OUTPUT, one noun a line:
"fr<TAB>noun<TAB>its English lemma" and "en<TAB>word<TAB>word" for the English words. Single words only, lower case. A missing dictionary gives an empty lexicon (and a
message): claims then keys unknown nouns by their own words.
"""
import gzip
import os
import re
import sys

# A noun of fra-eng ("banque /bɑ̃k/ <n, fem>"); eng-fra marks no part of speech, so there
# any lower-case single word ("bank /bæŋk/") is taken.
HEADWORD = {"fr": re.compile(r"^(\S+) /[^/]*/ <n\b[^>]*>$"), "en": re.compile(r"^([a-z]\S*) /[^/]*/$")}


def entries(path, lang):
    """(headword, the translations of all its senses) of each single-word entry."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines[:-1]):
        m = HEADWORD[lang].match(line)
        if not m:
            continue
        # Every sense: "1. adhérent, affilié" then "2. membre".
        senses = []
        for following in lines[i + 1:i + 6]:
            if following and not re.match(r"^\d+\.\s", following) and senses:
                break
            if not following or HEADWORD[lang].match(following):
                break
            senses.append(re.sub(r"^\d+\.\s*", "", following.strip()))
        sense = re.sub(r"\([^)]*\)", "", ", ".join(senses)).replace(";", ",")
        words = [w.strip().lower() for w in sense.split(",")]
        words = [w for w in words if w and " " not in w]
        if words:
            yield m.group(1).lower(), words


def main():
    dictd, output = sys.argv[1:3]
    french, english = {}, {}
    for name, lang, table in (("freedict-fra-eng.dict.dz", "fr", french),
                              ("freedict-eng-fra.dict.dz", "en", english)):
        path = os.path.join(dictd, name)
        if not os.path.isfile(path):
            print(f"noun_lexicon.py: no {path}: the noun lexicon has no {lang} nouns", file=sys.stderr)
            continue
        for word, translations in entries(path, lang):
            table.setdefault(word, translations)
    # A French noun's lemma is the first of its translations that translates back to it
    # ("banque": bank; "bank" gives "banque"); a noun whose translations do not lead back
    # to it has none (the dictionaries' first senses are too often another word's: "rame"
    # gives "oar"). An English word is its own lemma.
    rows = set()
    for noun, translations in french.items():
        mutual = [t for t in translations if noun in english.get(t, [])]
        if mutual:
            rows.add(f"fr\t{noun}\t{mutual[0]}\n")
    rows |= {f"en\t{word}\t{word}\n" for word in english}
    text = "".join(sorted(rows))
    if not os.path.exists(output) or open(output, encoding="utf-8").read() != text:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
