"""Writes the conlleval fixtures from corpus/newscorpus.json (run from the repository root).

Gold column: the bundled article's gold tokens, split at every name-mention boundary, tagged with
its name mentions under their newscorpus type names. Predicted column: the same tags with the
deterministic perturbations below. Token column: the tokens in Penn Treebank spelling.
"""
import json
import sys

PTB = {"“": "``", "”": "''", "‘": "`", "’": "'", "(": "-LRB-", ")": "-RRB-", "—": "--"}
CYCLE = {"PERSON": "ORGANIZATION", "ORGANIZATION": "LOCATION", "LOCATION": "PERSON"}


def ptb(token):
    if token in PTB:
        return PTB[token]
    return "".join(PTB.get(c, c) if c in "“”‘’" else c for c in token)


def load():
    article = json.load(open("corpus/newscorpus.json", encoding="utf-8"))["articles"][0]
    text = article["text"]
    assert all(ord(c) < 0x10000 for c in text)  # code points are UTF-16 indices here
    types = {e["id"]: e["type"] for e in article["entities"]}
    names = sorted((m["begin"], m["end"], types[m["entity"]]) for m in article["mentions"]
                   if m["kind"] == "NAME")
    for a, b in zip(names, names[1:]):
        assert a[1] <= b[0], ("overlapping names", a, b)
    cuts = {n[0] for n in names} | {n[1] for n in names}
    tokens = []
    for t in article["tokens"]:
        inner = sorted(c for c in cuts if t["begin"] < c < t["end"])
        bounds = [t["begin"]] + inner + [t["end"]]
        tokens += [(x, y) for x, y in zip(bounds, bounds[1:])]
    sentences = [(s["begin"], s["end"]) for s in article["sentences"]]
    return text, tokens, names, sentences


def phrases(tokens, names):
    """Returns each name as (first token, last token, type)."""
    start = {t[0]: i for i, t in enumerate(tokens)}
    end = {t[1]: i for i, t in enumerate(tokens)}
    return [(start[b], end[e], ty) for b, e, ty in names]


def perturb(gold, tokens, offset):
    """Misses every 10th phrase (from offset+3), retypes every 10th (from offset+5), moves the end
    of every 10th (from offset+7), and adds a spurious ORGANIZATION on every 150th token."""
    pred = []
    taken = {i for f, l, _ in gold for i in range(f, l + 1)}
    for k, (f, l, ty) in enumerate(gold):
        r = (k + offset) % 10
        if r == 3:
            continue
        if r == 5:
            ty = CYCLE.get(ty, "PERSON")
        if r == 7:
            if l > f:
                l -= 1
            elif l + 1 < len(tokens) and l + 1 not in taken:
                l += 1
                taken.add(l)
        pred.append((f, l, ty))
    for i in range(40 + offset, len(tokens), 150):
        if i not in taken:
            pred.append((i, i, "ORGANIZATION"))
    return sorted(pred)


def tags(n, phrases_, scheme):
    out = ["O"] * n
    previous_end, previous_type = -2, None
    for f, l, ty in sorted(phrases_):
        for i in range(f, l + 1):
            if scheme == "IOB2":
                p = "B" if i == f else "I"
            elif scheme == "IOB1":
                p = "B" if i == f and previous_end == f - 1 and previous_type == ty else "I"
            else:
                p = ("S" if f == l else "B") if i == f else ("E" if i == l else "I")
            out[i] = p + "-" + ty
        previous_end, previous_type = l, ty
    return out


def write(path, text, tokens, sentences, gold, pred, scheme, columns):
    g = tags(len(tokens), gold, scheme)
    p = tags(len(tokens), pred, scheme)
    ends = sorted(e for _, e in sentences)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        s = 0
        for i, (b, e) in enumerate(tokens):
            if i > 0 and s < len(ends) and b >= ends[s]:
                out.write("\n")
                while s < len(ends) and b >= ends[s]:
                    s += 1
            out.write(" ".join([ptb(text[b:e])] + columns + [g[i], p[i]]) + "\n")


def main():
    text, tokens, names, sentences = load()
    gold = phrases(tokens, names)
    d = sys.argv[1]
    write(d + "/iob2.txt", text, tokens, sentences, gold, perturb(gold, tokens, 0), "IOB2", [])
    write(d + "/iob1.txt", text, tokens, sentences, gold, perturb(gold, tokens, 1), "IOB1",
          ["_", "_"])
    write(d + "/bioes.txt", text, tokens, sentences, gold, perturb(gold, tokens, 2), "BIOES", [])


main()
