#!/usr/bin/env python3
"""Turn libphonenumber's numbering plans into one digit automaton compiled into DataGuard.

Input: the metadata of the PyPI package `phonenumbers` (Apache-2.0), a Python port of Google's
libphonenumber. For every region, the patterns of its valid numbers (fixed line, mobile, toll free,
premium rate, shared cost, personal, VoIP, pager, UAN, voicemail) are parsed with Python's own regular
expression parser and joined into one automaton over the digits 0-9. An accepting state says how the
digits read so far make a valid number:
  1  international: country calling code, then the national number ("442079460958");
  2  national with the trunk prefix of a region that has one ("02079460958");
  4  national number of a region that dials no trunk prefix ("0612345678" in Italy, "612345678" in Spain).
The automaton is made deterministic and minimal, then written as a Swift raw string (see write_swift).
"""
import argparse
import sys

try:
    import re._parser as sre_parse
    import re._constants as sre_constants
except ImportError:  # Python before 3.11
    import sre_parse
    import sre_constants

INTERNATIONAL, TRUNK, NATIONAL = 1, 2, 4
DIGITS = frozenset(range(10))
TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip",
         "pager", "uan", "voicemail")


class NFA:
    """A Thompson automaton over digits: `edges[s]` lists (digit or None, target)."""

    def __init__(self):
        self.edges = []
        self.accept = {}

    def state(self):
        self.edges.append([])
        return len(self.edges) - 1

    def edge(self, a, digit, b):
        self.edges[a].append((digit, b))

    def literal(self, start, digits):
        for d in digits:
            nxt = self.state()
            self.edge(start, int(d), nxt)
            start = nxt
        return start

    def pattern(self, start, items):
        """Adds the parsed pattern `items` after state `start`; returns its end state."""
        for op, arg in items:
            start = self.item(start, op, arg)
        return start

    def item(self, start, op, arg):
        name = str(op)
        if name == "LITERAL":
            return self.digit_set(start, {arg - 48} if 48 <= arg <= 57 else set())
        if name == "IN":
            return self.digit_set(start, self.class_digits(arg))
        if name == "SUBPATTERN":
            return self.pattern(start, arg[-1])
        if name == "BRANCH":
            end = self.state()
            for alternative in arg[1]:
                self.edge(self.pattern(start, alternative), None, end)
            return end
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, body = arg
            if high == sre_constants.MAXREPEAT:
                raise ValueError("unbounded repeat in a numbering plan")
            end = self.state()
            current = start
            for n in range(high):
                if n >= low:
                    self.edge(current, None, end)
                current = self.pattern(current, body)
            self.edge(current, None, end)
            return end
        if name == "CATEGORY":
            return self.digit_set(start, DIGITS)
        raise ValueError(f"unsupported pattern element {name}")

    def digit_set(self, start, digits):
        end = self.state()
        for d in digits:
            self.edge(start, d, end)
        return end

    @staticmethod
    def class_digits(items):
        out = set()
        negate = False
        for op, arg in items:
            name = str(op)
            if name == "NEGATE":
                negate = True
            elif name == "LITERAL":
                if 48 <= arg <= 57:
                    out.add(arg - 48)
            elif name == "RANGE":
                out |= {c - 48 for c in range(arg[0], arg[1] + 1) if 48 <= c <= 57}
            elif name == "CATEGORY":
                out |= DIGITS
            else:
                raise ValueError(f"unsupported class element {name}")
        return DIGITS - out if negate else out


def closure(nfa, states):
    stack, seen = list(states), set(states)
    while stack:
        for digit, target in nfa.edges[stack.pop()]:
            if digit is None and target not in seen:
                seen.add(target)
                stack.append(target)
    return frozenset(seen)


def determinize(nfa, start):
    """Subset construction: returns (transitions: list of 10-lists, labels: list of int); state 0 is dead."""
    first = closure(nfa, [start])
    index = {frozenset(): 0, first: 1}
    order = [frozenset(), first]
    transitions, labels = [], []
    k = 0
    while k < len(order):
        subset = order[k]
        row = []
        for d in range(10):
            targets = [t for s in subset for digit, t in nfa.edges[s] if digit == d]
            nxt = closure(nfa, targets) if targets else frozenset()
            if nxt not in index:
                index[nxt] = len(order)
                order.append(nxt)
            row.append(index[nxt])
        transitions.append(row)
        label = 0
        for s in subset:
            label |= nfa.accept.get(s, 0)
        labels.append(label)
        k += 1
    return transitions, labels


def minimize(transitions, labels):
    """Moore's partition refinement; the dead state stays state 0."""
    block = [labels[s] * 2 + (0 if s == 0 else 1) for s in range(len(labels))]
    while True:
        signature = {}
        new_block = []
        for s in range(len(labels)):
            key = (block[s], tuple(block[t] for t in transitions[s]))
            new_block.append(signature.setdefault(key, len(signature)))
        if len(signature) == len(set(block)):
            break
        block = new_block
    dead = block[0]
    renumber = {dead: 0}
    for s in range(len(labels)):
        renumber.setdefault(block[s], len(renumber))
    size = len(renumber)
    out_t = [[0] * 10 for _ in range(size)]
    out_l = [0] * size
    for s in range(len(labels)):
        b = renumber[block[s]]
        out_t[b] = [renumber[block[t]] for t in transitions[s]]
        out_l[b] = labels[s]
    return out_t, out_l


def plans(phonenumbers):
    """(calling code, trunk prefix or "", [national number patterns]) of every region and non-geographic entity."""
    from phonenumbers import PhoneMetadata
    out = []
    metadata = [PhoneMetadata.metadata_for_region(r) for r in sorted(phonenumbers.SUPPORTED_REGIONS)]
    metadata += [PhoneMetadata.metadata_for_nongeo_region(c)
                 for c in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)]
    for md in metadata:
        if md is None:
            continue
        patterns = [getattr(md, t).national_number_pattern for t in TYPES
                    if getattr(md, t) is not None and getattr(md, t).national_number_pattern]
        out.append((str(md.country_code), md.national_prefix or "", md.id, patterns))
    return out


def build(phonenumbers):
    nfa = NFA()
    start = nfa.state()
    regions = plans(phonenumbers)
    for code, trunk, region, patterns in regions:
        for pattern in patterns:
            parsed = list(sre_parse.parse(pattern))
            routes = [(code, INTERNATIONAL), (trunk, TRUNK) if trunk else ("", NATIONAL)]
            for prefix, label in routes:
                end = nfa.pattern(nfa.literal(start, prefix), parsed)
                nfa.accept[end] = nfa.accept.get(end, 0) | label
    transitions, labels = determinize(nfa, start)
    return minimize(transitions, labels), len(regions)


ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def write_swift(path, version, region_count, transitions, labels):
    """One line per state: its label digit, then ten targets in base 62, each of `width` characters."""
    width = 1
    while 62 ** width <= len(labels):
        width += 1

    def code(n):
        s = ""
        for _ in range(width):
            s = ALPHABET[n % 62] + s
            n //= 62
        return s

    lines = [str(labels[s]) + "".join(code(t) for t in transitions[s]) for s in range(len(labels))]
    text = (
        "// Generated by scripts/vocabulary/build.sh; do not edit. Sources: Vocabulary/SOURCES.md.\n\n"
        "extension VocabularyData {\n"
        f"    /// The numbering plans of {region_count} regions (libphonenumber metadata, phonenumbers {version}) as\n"
        f"    /// one minimal automaton over digits: {len(labels)} states, one a line: the accept label (1 international,\n"
        f"    /// 2 national with trunk prefix, 4 national without), then the target of each digit 0-9 in base 62,\n"
        f"    /// {width} characters each; state 0 rejects.\n"
        f'    static let phonePlans = #"""\n' + "\n".join(lines) + '\n"""#\n'
        "}\n"
    )
    with open(path, "w") as f:
        f.write(text)
    print(f"phonePlans: {len(labels)} states, {region_count} regions, {len(text)} bytes", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    sys.path.insert(0, a.site)
    import phonenumbers
    (transitions, labels), region_count = build(phonenumbers)
    write_swift(f"{a.out}/VocabularyData+PhonePlans.swift", phonenumbers.__version__, region_count,
                transitions, labels)


if __name__ == "__main__":
    main()
