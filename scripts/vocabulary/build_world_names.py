#!/usr/bin/env python3
"""Given names and surnames of many countries, for DataGuard's name detector.

Input: the person providers of the PyPI package `Faker` (MIT), which list the common given names and
surnames of 80-odd locales. Names in Latin letters are kept as they are; names in Cyrillic, Greek, Georgian and
Armenian letters are kept, and spelt in Latin letters too as passports and everyday writing spell them
(transliteration.py), since that is how they reach texts in Latin letters; names in Hebrew and Arabic-script letters
(the Arabic, Persian and Hebrew locales) are kept as written, each word of a name of several words on its own, without
Arabic vowel marks; names in Chinese characters, Japanese kana and Korean Hangul (the Chinese, Taiwanese, Japanese and
Korean locales) are kept as written; names in the scripts of South Asia, Devanagari to Sinhala (the Hindi, Marathi,
Nepali, Bengali, Gujarati, Odia, Tamil and Sinhala locales), are kept as written, each word on its own, without the
zero-width joiners the tokenizer leaves out; names in other alphabets are left out.
Each name is written as DataGuard's tokenizer hashes it: lower-cased, with Latin-1, Latin Extended-A and Romanian accents folded ("Jürgen" ->
"jurgen", "Łukasz" -> "lukasz", "Ștefan" -> "stefan"); a name that starts with a capital beyond those is also written with that
capital kept, because the tokenizer lower-cases no other letters.
Names already in the US census lists (written by build_vocabulary.py) are left out.
Output: two Swift raw strings, one entry a line, sorted.
"""
import argparse
import importlib
import pkgutil
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_places import folded, folded_letter, write_swift  # noqa: E402
from transliteration import LOCALES, latin_spellings  # noqa: E402

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]+$")
# Names in Hebrew and Arabic-script letters, of one word or several ("تاج الدّين", "نازنین زهرا").
UNCASED = re.compile(r"^[\u05D0-\u05EA\u05F3\u05F4\u05BE\u0620-\u06D3\u200C ]+$")
# Names in Chinese characters, Japanese kana (with the iteration mark) and Korean Hangul: "佐々木", "さくら", "김".
EAST_ASIAN = re.compile(r"^[\u3005\u3041-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3]+$")
# Names in the scripts of South Asia (U+0900 to U+0DFF), with the zero-width joiners some spellings use.
SOUTH_ASIAN = re.compile(r"^[\u0900-\u0963\u0966-\u0DFF\u200C\u200D ]+$")
ZERO_WIDTH = re.compile(r"[\u200C\u200D]")
# Arabic vowel marks and the tatweel, which DataGuard's hash leaves out.
ARABIC_MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def names(kind):
    """The names of every locale in the attributes whose names start with `kind` ("first" or "last")."""
    import faker.providers.person as person
    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            if kind not in attribute or not attribute.endswith("names") or attribute.startswith("_"):
                continue
            value = getattr(provider, attribute)
            if not isinstance(value, (tuple, list, dict)):
                continue
            for name in (n.strip() for n in value if isinstance(n, str)):
                if LATIN.match(name):
                    out.add(name)
                elif UNCASED.match(name):
                    out.update(part for part in ARABIC_MARKS.sub("", name).split() if len(part) >= 2)
                elif EAST_ASIAN.match(name):
                    out.add(name)
                elif SOUTH_ASIAN.match(name):
                    out.update(part for part in ZERO_WIDTH.sub("", name).split() if len(part) >= 2)
                elif module.name in LOCALES:
                    out.add(name)
                    out.update(latin_spellings(name, module.name))
    return out


def forms(name):
    """The hashed forms of a name: lower-case, and capitalized where its capital is beyond Latin Extended-A."""
    lower = folded(name.lower())
    first = name[0]
    if first.lower() != first and ord(first) > 0x17F and folded_letter(first) == first:
        return {lower, first + folded(name[1:].lower())}
    return {lower}


def generated(out_dir, name):
    """The entries of a list that build_vocabulary.py wrote before."""
    text = (out_dir / f"VocabularyData+{name}.swift").read_text()
    return set(text.split('#"""\n', 1)[1].split('\n"""#', 1)[0].splitlines())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    sys.path.insert(0, str(a.site))
    # Names the US lists already hold are left out, so that the word table stays small.
    census_given, census_surnames = generated(a.out, "GivenNames"), generated(a.out, "Surnames")
    given = {f for n in names("first") for f in forms(n)} - census_given
    surnames = {f for n in names("last") for f in forms(n)} - census_surnames
    write_swift(a.out, "worldGivenNames", "Given names of 80-odd locales (Faker), accents folded", given)
    write_swift(a.out, "worldSurnames", "Surnames of 80-odd locales (Faker), accents folded", surnames)


if __name__ == "__main__":
    main()
