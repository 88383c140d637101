"""Latin spellings of names written in Cyrillic, Greek, Georgian and Armenian letters.

Names from these alphabets reach texts in Latin letters as passports, visas and everyday writing spell them,
which differ from one another: "Юлия" is "Yuliya", "Iuliia" or "Julija". Each name gets a few spellings: one
by the common English-language convention (the style of BGN/PCGN and of most passports) and one by the
alternatives of each letter that other conventions use. The tables are written from the published letter
correspondences of those conventions, one letter or pair of letters at a time.
"""
import unicodedata

# Each letter: (the usual spelling, the other common one). Lower case only; names are lower-cased first.
RUSSIAN = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("g", "g"), "д": ("d", "d"), "е": ("e", "e"),
    "ё": ("yo", "e"), "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("i", "i"), "й": ("y", "i"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"),
    "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"), "х": ("kh", "h"), "ц": ("ts", "c"),
    "ч": ("ch", "ch"), "ш": ("sh", "sh"), "щ": ("shch", "sch"), "ъ": ("", ""), "ы": ("y", "y"), "ь": ("", ""),
    "э": ("e", "e"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
}
UKRAINIAN = {
    **RUSSIAN,
    "г": ("h", "g"), "ґ": ("g", "g"), "е": ("e", "e"), "є": ("ye", "ie"), "и": ("y", "i"), "і": ("i", "i"),
    "ї": ("yi", "i"), "й": ("y", "i"), "х": ("kh", "h"), "щ": ("shch", "sch"), "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": ("", ""), "’": ("", ""),
}
BULGARIAN = {**RUSSIAN, "ъ": ("a", "u"), "щ": ("sht", "sht"), "ь": ("y", "y"), "х": ("h", "kh")}
MACEDONIAN = {
    **RUSSIAN,
    "ѓ": ("gj", "g"), "ќ": ("kj", "k"), "ѕ": ("dz", "dz"), "ј": ("j", "y"), "љ": ("lj", "l"), "њ": ("nj", "n"),
    "џ": ("dzh", "dz"), "х": ("h", "kh"),
}
GREEK_PAIRS = {
    "ου": ("ou", "u"), "αι": ("ai", "e"), "ει": ("ei", "i"), "οι": ("oi", "i"), "αυ": ("av", "af"),
    "ευ": ("ev", "ef"), "μπ": ("b", "mp"), "ντ": ("d", "nt"), "γγ": ("ng", "gg"), "γκ": ("g", "gk"),
}
GREEK = {
    "α": ("a", "a"), "β": ("v", "v"), "γ": ("g", "g"), "δ": ("d", "d"), "ε": ("e", "e"), "ζ": ("z", "z"),
    "η": ("i", "i"), "θ": ("th", "th"), "ι": ("i", "i"), "κ": ("k", "k"), "λ": ("l", "l"), "μ": ("m", "m"),
    "ν": ("n", "n"), "ξ": ("x", "ks"), "ο": ("o", "o"), "π": ("p", "p"), "ρ": ("r", "r"), "σ": ("s", "s"),
    "ς": ("s", "s"), "τ": ("t", "t"), "υ": ("y", "i"), "φ": ("f", "f"), "χ": ("ch", "h"), "ψ": ("ps", "ps"),
    "ω": ("o", "o"),
}
GEORGIAN = {
    "ა": ("a", "a"), "ბ": ("b", "b"), "გ": ("g", "g"), "დ": ("d", "d"), "ე": ("e", "e"), "ვ": ("v", "v"),
    "ზ": ("z", "z"), "თ": ("t", "t"), "ი": ("i", "i"), "კ": ("k", "k"), "ლ": ("l", "l"), "მ": ("m", "m"),
    "ნ": ("n", "n"), "ო": ("o", "o"), "პ": ("p", "p"), "ჟ": ("zh", "zh"), "რ": ("r", "r"), "ს": ("s", "s"),
    "ტ": ("t", "t"), "უ": ("u", "u"), "ფ": ("p", "f"), "ქ": ("k", "q"), "ღ": ("gh", "gh"), "ყ": ("q", "k"),
    "შ": ("sh", "sh"), "ჩ": ("ch", "ch"), "ც": ("ts", "ts"), "ძ": ("dz", "dz"), "წ": ("ts", "ts"),
    "ჭ": ("ch", "ch"), "ხ": ("kh", "kh"), "ჯ": ("j", "dj"), "ჰ": ("h", "h"),
}
ARMENIAN_PAIRS = {"ու": ("u", "ou"), "և": ("ev", "yev")}
ARMENIAN = {
    "ա": ("a", "a"), "բ": ("b", "b"), "գ": ("g", "g"), "դ": ("d", "d"), "ե": ("e", "e"), "զ": ("z", "z"),
    "է": ("e", "e"), "ը": ("y", "e"), "թ": ("t", "t"), "ժ": ("zh", "j"), "ի": ("i", "i"), "լ": ("l", "l"),
    "խ": ("kh", "kh"), "ծ": ("ts", "ts"), "կ": ("k", "k"), "հ": ("h", "h"), "ձ": ("dz", "dz"), "ղ": ("gh", "gh"),
    "ճ": ("ch", "ch"), "մ": ("m", "m"), "յ": ("y", "y"), "ն": ("n", "n"), "շ": ("sh", "sh"), "ո": ("o", "o"),
    "չ": ("ch", "ch"), "պ": ("p", "p"), "ջ": ("j", "j"), "ռ": ("r", "r"), "ս": ("s", "s"), "վ": ("v", "v"),
    "տ": ("t", "t"), "ր": ("r", "r"), "ց": ("ts", "ts"), "ւ": ("", ""), "փ": ("p", "p"), "ք": ("k", "k"),
    "օ": ("o", "o"), "ֆ": ("f", "f"),
}

# Armenian "ե" and "ո" that open a word are spelt "ye" and "vo" ("Yerevan", "Voskan").
ARMENIAN_OPENINGS = {"ե": "ye", "ո": "vo"}

# The Faker locales whose names are written in these alphabets, each with its table and pairs.
LOCALES = {
    "ru_RU": (RUSSIAN, {}), "uk_UA": (UKRAINIAN, {}), "bg_BG": (BULGARIAN, {}), "mk_MK": (MACEDONIAN, {}),
    "el_GR": (GREEK, GREEK_PAIRS), "ka_GE": (GEORGIAN, {}), "hy_AM": (ARMENIAN, ARMENIAN_PAIRS),
}
VOWELS = set("аеёиоуыэюяєіїαεηιουωაეიოუաեէըիոօ")


def spell(name, letters, pairs, choice):
    """One Latin spelling of `name` (lower case): choice 0 takes each letter's usual spelling, 1 the other;
    a Russian "е" that opens the name or follows a vowel is "ye" in the usual spelling."""
    text = name.lower()
    if letters is GREEK:  # Greek's accents and diaeresis only; Cyrillic "й" and "ї" are letters of their own
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    out = []
    k = 0
    while k < len(text):
        pair = text[k:k + 2]
        if pair in pairs:
            out.append(pairs[pair][choice])
            k += 2
            continue
        c = text[k]
        if c not in letters:
            if c in "-' ":
                out.append(c)
                k += 1
                continue
            return None
        latin = letters[c][choice]
        if c == "е" and letters is RUSSIAN and choice == 0 and (k == 0 or text[k - 1] in VOWELS):
            latin = "ye"
        elif k == 0 and c in ARMENIAN_OPENINGS and letters is ARMENIAN:
            latin = ARMENIAN_OPENINGS[c]
        out.append(latin)
        k += 1
    return "".join(out)


def latin_spellings(name, locale):
    """The Latin spellings of a name of `locale`, or an empty set when a letter is not in its table."""
    letters, pairs = LOCALES[locale]
    spellings = {spell(name, letters, pairs, choice) for choice in (0, 1)}
    return {s for s in spellings if s and len(s) >= 3}
