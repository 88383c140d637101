#!/usr/bin/env python3
"""Month names of many languages, for DataGuard's date detector.

Input: the Unicode CLDR locale files shipped by Debian's `unicode-cldr-core` (common/main/*.xml). Every
month name of the Gregorian calendar is read, wide and abbreviated, as used inside a date ("4 czerwca",
the format context) and on its own ("czerwiec", the stand-alone context), for the languages of Europe
and the most spoken other languages written in Latin letters, and those of Eastern Europe and Central Asia
written in Cyrillic and Greek letters ("февраля", "травня") (LANGUAGES, with their regional variants such as
de_AT's "Jänner"); Georgian's, Armenian's ("մարտի") and Amharic's; those of Hindi, Marathi, Nepali, Bengali, Gujarati,
Tamil, Sinhala ("मार्च") and Thai, Lao and Khmer; and for Arabic, Persian, Urdu, Hebrew and Amharic also the months of the calendars their texts
date by (CALENDARS: the Islamic months in Arabic, Persian and Urdu, the Solar Hijri months in Persian and Dari, the
Hebrew months in Hebrew, the Ethiopian months in Amharic), a
month of two words by its first word ("ربيع" of "ربيع الأول", "كانون" of "كانون الثاني"; the detector reads the
second), a month joined by a zero-width non-joiner without it ("ربیع‌الاول"), and a Hebrew month also with the
prefix "ב" that dates give it ("15 בינואר"), an Amharic month also with the prefixes "በ" and "ከ" ("በሰኔ 30"), and a
Bengali month ending in a long i also with a short one ("জানুয়ারি"). Each name is written as DataGuard's tokenizer
hashes it (lower-cased, Latin-1 and Latin Extended-A accents folded; with its capital kept too where that capital is
beyond them), a trailing period dropped. Names
shorter than three letters are left out, names shorter than five of the languages in WIDE_ONLY (Uzbek, Turkmen,
Māori, Hawaiian, Cebuano, Javanese, Sundanese, Hausa, Yoruba, Igbo, Zulu, Xhosa, Somali, Kinyarwanda, Ganda, Shona
and Malagasy, whose abbreviations are often words elsewhere), and so are the names in LEFT_OUT, which fold to a
common word of another language or a name. A name of different months in different languages ("listopad": November in
Polish and Czech, October in Croatian) keeps the month of the language listed first.
Output: one Swift raw string, one entry a line: the name, a space, the month's number.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_world_names import forms  # noqa: E402

LETTERS = re.compile(
    r"^([A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]+|[\u0400-\u04FF\-]+|[\u0370-\u03FF\u1F00-\u1FFF]+|[\u0531-\u0587]+)$"
)
UNCASED = re.compile(
    r"^([\u05D0-\u05EA]+|[\u0620-\u06D3]+|[\u10D0-\u10FF]+|[\u0900-\u0963\u0966-\u0DFF]+|[\u0E01-\u0E4E]+"
    r"|[\u1200-\u135A]+|[\u0E80-\u0EFF]+|[\u1780-\u17FF]+)$"
)
# The calendars read for each language beyond the Gregorian one.
CALENDARS = {"ar": {"islamic"}, "fa": {"persian", "islamic"}, "ur": {"islamic"}, "he": {"hebrew"}, "am": {"ethiopic"}}
# Names that, folded, are a common word of another language or a name: Maltese "Ġun" (June) is Turkish "gün" (day),
# as in "3 gün istirahat", three days' rest; the Māori abbreviations "Hongo" and "Rangi" are a Spanish word and a
# Māori given name.
LEFT_OUT = {"gun", "hongo", "rangi"}
# More languages written in Latin letters, whose abbreviations are too often words of English or another language
# ("now", "owe", "sat"): only their names of five letters or more are read. Uzbek and Turkmen, Māori and Hawaiian,
# Cebuano, Javanese and Sundanese, Hausa, Yoruba and Igbo, Zulu and Xhosa, Somali, Kinyarwanda, Ganda, Shona and
# Malagasy.
WIDE_ONLY = [
    "uz_Latn", "tk", "mi", "haw", "ceb", "jv", "su", "ha", "yo", "ig", "zu", "xh", "so", "rw", "lg", "sn", "mg",
]
LANGUAGES = [
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "sr_Latn", "hu", "ro", "tr",
    "az", "fi", "et", "lv", "lt", "sv", "da", "nb", "nn", "is", "fo", "ga", "cy", "br", "eu", "ca", "gl", "ast",
    "sq", "mt", "lb", "rm", "fy", "af", "id", "ms", "fil", "sw",
    *WIDE_ONLY,
    # Written in Cyrillic and Greek letters, listed last so that no Latin name changes its month.
    "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "el",
    # Written in Arabic-script, Hebrew, Georgian, Armenian and Ethiopic letters, listed last for the same reason.
    "ar", "fa", "ur", "he", "ka", "hy", "am",
    # Written in the scripts of South Asia: Hindi, Marathi, Nepali, Bengali, Gujarati, Tamil, Sinhala; and Thai, Lao
    # and Khmer.
    "hi", "mr", "ne", "bn", "gu", "ta", "si", "th", "lo", "km",
]


WIDE_PREFIXES = {language.split("_")[0] for language in WIDE_ONLY}


def locale_files(main):
    """The files of each language of LANGUAGES and its regional variants, in the order of LANGUAGES."""
    for language in LANGUAGES:
        yield main / f"{language}.xml"
        yield from sorted(main.glob(f"{language}_[A-Z][A-Z].xml"))


def month_names(main):
    """Each month name of the locales' files, with the month it names in the first language that has it."""
    months = {}
    for path in locale_files(main):
        root = ElementTree.parse(path).getroot()
        calendars = {"gregorian"} | CALENDARS.get(path.stem.split("_")[0], set())
        for calendar in root.iter("calendar"):
            if calendar.get("type") not in calendars:
                continue
            for month in calendar.iter("month"):
                if month.get("yeartype") or not month.text:
                    continue
                name = month.text.strip().rstrip(".")
                number = int(month.get("type"))
                if LETTERS.match(name) and len(name) >= (5 if path.stem.split("_")[0] in WIDE_PREFIXES else 3):
                    for form in forms(name):
                        months.setdefault(form, number)
                    continue
                # A month of two words by its first; abbreviations (one letter, "ي"; a Hebrew one with its geresh,
                # "ינו׳") are left out.
                word = name.replace("\u200c", "").split(" ")[0]
                # Sinhala's abbreviations of two letters are words ("දෙ", two; "මා", me).
                if UNCASED.match(word) and len(word) >= (3 if path.stem == "si" else 2):
                    months.setdefault(word, number)
                    if path.stem.startswith("he"):
                        months.setdefault("\u05d1" + word, number)
                    # Amharic glues "in" and "from" to the month: "በሰኔ 30", "ከመጋቢት 3".
                    if path.stem.startswith("am"):
                        for prefix in ("\u1260", "\u12a8"):
                            months.setdefault(prefix + word, number)
                    # Bengali writes a month's last long i as CLDR does and as a short i too ("জানুয়ারি").
                    if path.stem.startswith("bn") and word.endswith("\u09c0"):
                        months.setdefault(word[:-1] + "\u09bf", number)
    return months


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cldr", required=True, type=Path, help="CLDR's common/main folder")
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    entries = {f"{name} {number}" for name, number in month_names(a.cldr).items() if name not in LEFT_OUT}
    body = "\n".join(sorted(entries))
    assert '"""' not in body and "\\" not in body
    text = (
        "// Generated by scripts/vocabulary/build.sh; do not edit. Sources: Vocabulary/SOURCES.md.\n\n"
        "extension VocabularyData {\n"
        f"    /// Month names of many languages and calendars (Unicode CLDR), accents folded, each with its number\n"
        f"    /// ({len(entries)} entries, one a line, sorted).\n"
        f'    static let monthNames = #"""\n{body}\n"""#\n'
        "}\n"
    )
    (a.out / "VocabularyData+MonthNames.swift").write_text(text)
    print(f"monthNames: {len(entries)} entries, {len(body)} bytes")


if __name__ == "__main__":
    main()
