"""Writes nervaluate-1.1.0.json: nervaluate 1.1.0's figures for seeded random predictions against
the bundled article's gold name mentions. A tool only; the build reads the JSON it wrote.

Usage (see README.md beside this file):
    PYTHONPATH=/path/to/nervaluate-1.1.0/src python3 make_fixtures.py corpus/newscorpus.json OUT SEED CASES
"""
import json
import random
import sys

from nervaluate import Evaluator

# newscorpus's EntityType, in declaration order (the Java side sorts ties by it).
TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "NORP", "LAW", "MEDIA", "BRAND", "UNNAMED_SOURCE"]
SCHEMES = {"strict": "STRICT", "exact": "EXACT", "partial": "PARTIAL", "ent_type": "TYPE"}


def document_order(item):
    """newscorpus's order: begin, then the longer span first, then the type's declaration order."""
    begin, end, label = item
    return (begin, -end, TYPES.index(label))


def utf16(text, code_point_offset):
    """Converts a code-point offset (the JSON format's) to a UTF-16 index (the Java side's)."""
    return len(text[:code_point_offset].encode("utf-16-le")) // 2


def gold_names(corpus_path):
    article = json.load(open(corpus_path, encoding="utf-8"))["articles"][0]
    text = article["text"]
    types = {e["id"]: e["type"] for e in article["entities"]}
    gold = [(utf16(text, m["begin"]), utf16(text, m["end"]), types[m["entity"]])
            for m in article["mentions"] if m["kind"] == "NAME"]
    return len(text.encode("utf-16-le")) // 2, sorted(gold, key=document_order)


def predictions(rng, gold, length):
    """Returns one random prediction set: kept, shifted, retyped, merged and spurious mentions."""
    keep = rng.random()
    shift = rng.random()
    retype = rng.random() * 0.5
    out = []

    def add(begin, end, label):
        begin, end = max(0, begin), min(length, end)
        if begin < end:
            out.append((begin, end, label))

    for begin, end, label in gold:
        if rng.random() > keep:
            continue
        if rng.random() < shift:
            begin += rng.randint(-4, 4)
            end += rng.randint(-4, 4)
        if rng.random() < retype:
            label = rng.choice(TYPES)
        add(begin, end, label)
        if rng.random() < 0.05:  # a duplicate, or the same span with another type
            add(begin, end, rng.choice([label, rng.choice(TYPES)]))
        if rng.random() < 0.05:  # a longer span over this mention and what follows
            add(begin, end + rng.randint(1, 40), label)
    for _ in range(rng.randint(0, 12)):  # spurious spans anywhere
        begin = rng.randrange(length)
        add(begin, begin + rng.randint(1, 15), rng.choice(TYPES))
    return sorted(out, key=document_order)


def figures(result):
    """Returns [correct, incorrect, partial, missed, spurious, precision, recall, f1]."""
    return [result.correct, result.incorrect, result.partial, result.missed, result.spurious,
            result.precision, result.recall, result.f1]


def score(gold, predicted):
    # nervaluate's ends are inclusive: newscorpus's half-open [b, e) is its (b, e - 1).
    def dicts(items):
        return [[{"label": label, "start": b, "end": e - 1} for b, e, label in items]]

    results = Evaluator(dicts(gold), dicts(predicted), tags=TYPES, loader="dict").evaluate()
    return ({SCHEMES[s]: figures(r) for s, r in results["overall"].items()},
            {tag: {SCHEMES[s]: figures(r) for s, r in by.items()}
             for tag, by in sorted(results["entities"].items(), key=lambda t: TYPES.index(t[0]))})


def main():
    corpus_path, out_path, seed, cases = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    length, gold = gold_names(corpus_path)
    rng = random.Random(seed)
    fixture = {"tool": "nervaluate", "version": "1.1.0", "seed": seed,
               "figures": ["correct", "incorrect", "partial", "missed", "spurious", "precision",
                           "recall", "f1"], "gold": [list(g) for g in gold], "cases": []}
    for _ in range(cases):
        predicted = predictions(rng, gold, length)
        overall, entities = score(gold, predicted)
        fixture["cases"].append({"predicted": [list(p) for p in predicted], "overall": overall,
                                 "entities": entities})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(fixture, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
