#!/usr/bin/env python3
"""Function words of other languages than English that are also given names or surnames, for DataGuard's name
detector: "Elle", "Til", "Yang", "Ela" open sentences of French, Danish, Indonesian and Portuguese, and a
sentence's first word followed by more of the sentence is no name when it is one of these.

Input: the stopword lists of the PyPI package `stopwordsiso` (MIT; the lists of the stopwords-iso project,
MIT), every language but English, Malay and Breton (whose lists hold given names and nouns: "ahmad",
"abdul"), single words in Latin letters of two letters or more, folded as DataGuard's tokenizer hashes them
(see build_places.folded). Only those in one of the given-name or surname lists written before by
build_vocabulary.py and build_world_names.py are kept: the name detector never weighs the others as names,
and the word table stays small.
Output: one Swift raw string, one entry a line, sorted.
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_places import folded, write_swift  # noqa: E402
from build_world_names import LATIN, generated  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    lists = json.loads((a.site / "stopwordsiso" / "stopwords-iso.json").read_text())
    words = {
        folded(w.lower())
        for language, entries in lists.items() if language not in ("en", "ms", "br")
        for w in entries if LATIN.match(w)
    }
    names = set()
    for name in ("GivenNames", "Surnames", "WorldGivenNames", "WorldSurnames"):
        names |= generated(a.out, name)
    write_swift(
        a.out, "functionWords",
        "Function words of other languages that are also names (stopwords-iso), accents folded", words & names)


if __name__ == "__main__":
    main()
