#!/usr/bin/env python3
"""Independent gold tokenizer implementing /tmp/token-rules.md ("Tokens" section).

Output: /work/indep-tokens/tokens.tsv  -- begin<TAB>end<TAB>text, code-point offsets,
half-open, document order.
"""
import re
import sys
import unicodedata

SRC = "/work/shared/seed/000_4e41f4d9df3989c8.txt"
OUT = "/work/indep-tokens/tokens.tsv"

# Rule 2
OPENING = set("“‘\"([")
CLOSING = set("”’\")],;:?!")

# Rule 3: abbreviations.
# (a) single letters each followed by a period: U.S., p.m., a.m., F.
SINGLE_LETTER_ABBR = re.compile(r"^(?:[^\W\d_]\.)+$")
# (b) title or month abbreviations (list is open-ended in the rules: "…"; this is my choice).
TITLE_ABBR = {
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Pres",
    "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Col", "Maj",
    "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Supt", "Atty", "Amb",
    "Jr", "Sr", "St", "Ste", "Mt", "Ft",
}
MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
              "Oct", "Nov", "Dec"}

# Rule 4: inner splitters
SPLITTERS = set("-/—–")

# Rule 5: clitics (curly or straight apostrophe)
CLITIC = re.compile(r"(?:[nN][’'][tT]|[’'](?:[sS]|[mM]|[lL][lL]|[rR][eE]|[vV][eE]|[dD]))$")


def is_abbreviation(s: str) -> bool:
    """s ends with '.'; is it an abbreviation per rule 3?"""
    if SINGLE_LETTER_ABBR.match(s):
        return True
    stem = s[:-1]
    return stem in TITLE_ABBR or stem in MONTH_ABBR


def is_currency(c: str) -> bool:
    return unicodedata.category(c) == "Sc"


def split_inner(s: str, base: int):
    """Rule 4: split hyphens, slashes, em/en dashes; currency sign before a digit."""
    pieces = []  # (begin, end)
    cur = base
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in SPLITTERS or (is_currency(c) and i + 1 < n and s[i + 1].isdigit()):
            if base + i > cur:
                pieces.append((cur, base + i))
            pieces.append((base + i, base + i + 1))
            cur = base + i + 1
        i += 1
    if base + n > cur:
        pieces.append((cur, base + n))
    return pieces


def tokenize_word(text: str, wb: int, we: int):
    toks = []
    b, e = wb, we
    # Rule 2a: opening marks off the front, as many as there are.
    while b < e and text[b] in OPENING:
        toks.append((b, b + 1))
        b += 1
    # Rule 2b: closing marks off the end, one token each.
    tail = []
    while e > b and text[e - 1] in CLOSING:
        tail.append((e - 1, e))
        e -= 1
    tail.reverse()
    # Rule 3: final period, unless the remainder is an abbreviation.
    period = None
    if e > b and text[e - 1] == ".":
        rest = text[b:e]
        # The period belongs to the last hyphen/slash/dash-delimited segment; judge
        # abbreviation-hood on that segment (for an unhyphenated word this is the
        # whole remainder, exactly as the rule says).
        last_seg = re.split(r"[-/—–]", rest)[-1]
        if rest == "." or not is_abbreviation(last_seg):
            if e - 1 > b:
                period = (e - 1, e)
                e -= 1
    # Rule 4 then rule 5 on each piece.
    for pb, pe in split_inner(text[b:e], b):
        piece = text[pb:pe]
        m = CLITIC.search(piece)
        if m and m.start() > 0 and len(piece) > 1:
            toks.append((pb, pb + m.start()))
            toks.append((pb + m.start(), pe))
        else:
            toks.append((pb, pe))
    if period:
        toks.append(period)
    toks.extend(tail)
    return toks


def tokenize(text: str):
    out = []
    for m in re.finditer(r"\S+", text):
        out.extend(tokenize_word(text, m.start(), m.end()))
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    toks = tokenize(text)
    prev_end = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for b, e in toks:
            tok = text[b:e]
            assert b < e, (b, e)
            assert b >= prev_end, (b, prev_end)
            assert tok == text[b:e]
            assert not any(ch.isspace() for ch in tok), tok
            f.write(f"{b}\t{e}\t{tok}\n")
            prev_end = e
    # coverage check: every non-space char is in exactly one token
    covered = [False] * len(text)
    for b, e in toks:
        for i in range(b, e):
            assert not covered[i]
            covered[i] = True
    for i, ch in enumerate(text):
        assert covered[i] == (not ch.isspace()), (i, ch)
    print(f"{len(toks)} tokens -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
