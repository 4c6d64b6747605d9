#!/usr/bin/env python3
"""Writes the coreference fixtures: seeded perturbations of the bundled article's gold chains,
scored by the reference CoNLL-2012 scorer. See README.md beside this file for how it was run.

Usage: generate.py --scorer DIR --lea-scorer DIR [--corpus FILE] [--out DIR] [--seed N]

--scorer is a checkout of conll/reference-coreference-scorers v8.01 (muc, bcub, ceafm, ceafe,
blanc); --lea-scorer one of its LEA-scorer branch (lea). Offsets are Unicode code points, as in
the corpus JSON and in the cluster files this writes.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

IN_SCOPE_TYPES = ('PERSON', 'UNNAMED_SOURCE')
SCOPES = ('ALL', 'PEOPLE_AND_SOURCES')
METRICS = ('muc', 'bcub', 'ceafm', 'ceafe', 'blanc', 'lea')
ROW = re.compile(r'Recall: \((\S+) / (\S+)\) (\S+)%\tPrecision: \((\S+) / (\S+)\) (\S+)%\tF1: (\S+)%')


def load(corpus):
    with open(corpus, encoding='utf-8') as f:
        article = json.load(f)['articles'][0]
    entities = {e['id']: e for e in article['entities']}
    chains = {}
    for m in article['mentions']:
        chains.setdefault(m['entity'], []).append((m['begin'], m['end']))
    gold = [(e['id'], e['type'], chains.get(e['id'], [])) for e in article['entities']]
    return article, entities, [g for g in gold if g[2]]


class Tokens:
    def __init__(self, article):
        self.tokens = [(t['begin'], t['end'], t['text']) for t in article['tokens']]

    def range(self, span):
        b, e = span
        hit = [i for i, (tb, te, _) in enumerate(self.tokens) if tb < e and te > b]
        if not hit:
            raise SystemExit('span %s covers no token' % (span,))
        return hit[0], hit[-1]

    def aligned(self, span):
        first, last = self.range(span)
        return self.tokens[first][0] == span[0] and self.tokens[last][1] == span[1]

    def span(self, first, last):
        return self.tokens[first][0], self.tokens[last][1]


def conll(clusters, tokens):
    """Returns CoNLL-2012 text for clusters, a list of lists of spans, in cluster order."""
    singles, begins, ends = {}, {}, {}
    for c, spans in enumerate(clusters):
        for s in spans:
            first, last = tokens.range(s)
            if first == last:
                singles.setdefault(first, []).append('(%d)' % c)
            else:
                begins.setdefault(first, []).append((last, c))
                ends.setdefault(last, []).append('%d)' % c)
    lines = ['#begin document (newscorpus);']
    for i, (_, _, word) in enumerate(tokens.tokens):
        parts = singles.get(i, []) + ['(%d' % c for _, c in sorted(begins.get(i, []))] + ends.get(i, [])
        lines.append('\t'.join(['newscorpus', '0', str(i), word.replace('\t', ' ') or '_', '-', '-',
                                '-', '-', '-', '-', '-', '|'.join(parts) or '-']))
    lines.append('#end document')
    return '\n'.join(lines) + '\n'


def parse_back(text):
    """Reads CoNLL text the way CorScorer.pm's GetCoreference does, into token-range clusters."""
    entities, half, index = [], {}, {}
    rows = [l for l in text.split('\n') if l and not l.startswith('#')]
    for n, row in enumerate(rows):
        info = row.split('\t')[-1]
        if info == '-':
            continue
        def idx(c):
            if c not in index:
                index[c] = len(index)
                entities.append([])
            return index[c]
        for c in re.findall(r'\((\d+)\)', info):
            entities[idx(c)].append((n, n))
        info = re.sub(r'\((\d+)\)', '', info)
        for c in re.findall(r'\((\d+)', info):
            half.setdefault(idx(c), []).append(n)
        info = re.sub(r'\((\d+)', '', info)
        for c in re.findall(r'(\d+)\)', info):
            entities[idx(c)].append((half[idx(c)].pop(), n))
    return entities


def check_round_trip(clusters, tokens, text):
    wanted = [sorted(tokens.range(s) for s in spans) for spans in clusters if spans]
    got = [sorted(e) for e in parse_back(text)]
    if sorted(wanted) != sorted(got):
        raise SystemExit('CoNLL round trip changed the clusters')


def check_injective(spans, tokens):
    seen = {}
    for s in set(spans):
        r = tokens.range(s)
        if r in seen and seen[r] != s:
            raise SystemExit('spans %s and %s map to the same tokens %s' % (seen[r], s, r))
        seen[r] = s


def scope_response(clusters, in_scope_spans):
    """Keeps the clusters that hold at least one gold mention of a person or unnamed source."""
    return [c for c in clusters if any(s in in_scope_spans for s in c)]


def run(scorer, metric, key, response):
    out = subprocess.run(['perl', os.path.join(scorer, 'scorer.pl'), metric, key, response, 'none'],
                         check=True, capture_output=True, text=True).stdout
    totals = out[out.index('====== TOTALS ======='):]
    rows = ROW.findall(totals)
    version = re.search(r'version: (\S+)', out).group(1)
    return version, rows[0], rows[-1]


def perturbations(gold, tokens, rng):
    """Yields (name, description, clusters) for every fixture; clusters are lists of spans."""
    chains = [list(spans) for _, _, spans in gold]
    types = [t for _, t, _ in gold]
    ids = [i for i, _, _ in gold]
    occupied = {tokens.range(s) for c in chains for s in c}
    free = [i for i in range(len(tokens.tokens)) if (i, i) not in occupied
            and re.search(r'\w', tokens.tokens[i][2])]

    def copy():
        return [list(c) for c in chains]

    def spurious(k, cs=()):
        taken = {s for c in cs for s in c}
        return [tokens.span(i, i) for i in rng.sample(
            [i for i in free if tokens.span(i, i) not in taken], k)]

    def big(n):
        return [i for i, c in enumerate(chains) if len(c) >= n]

    def split(cs, i, parts):
        c = cs[i]
        order = list(c)
        rng.shuffle(order)
        cut = sorted(rng.sample(range(1, len(order)), parts - 1))
        pieces = [order[a:b] for a, b in zip([0] + cut, cut + [len(order)])]
        cs[i] = pieces[0]
        cs.extend(pieces[1:])

    def merge(cs, i, j):
        cs[i] = cs[i] + cs[j]
        cs[j] = []

    def move(cs, k):
        for _ in range(k):
            src = rng.choice([i for i, c in enumerate(cs) if len(c) >= 2])
            dst = rng.choice([i for i, c in enumerate(cs) if i != src and c])
            m = cs[src].pop(rng.randrange(len(cs[src])))
            cs[dst].append(m)

    def drop(cs, k):
        all_m = [(i, s) for i, c in enumerate(cs) for s in c]
        for i, s in rng.sample(all_m, k):
            cs[i].remove(s)

    yield 'gold', 'the gold chains themselves', copy()
    yield 'empty', 'no clusters at all', []
    yield 'all-singletons', 'every gold mention its own cluster', [[s] for c in chains for s in c]
    yield 'one-cluster', 'every gold mention in one cluster', [[s for c in chains for s in c]]
    for n, (parts, size) in enumerate([(2, 3), (2, 5), (3, 6), (2, 20)]):
        cs = copy()
        i = rng.choice(big(size))
        split(cs, i, parts)
        yield 'split-%d' % (n + 1), 'chain %s (%d mentions) split into %d' % (ids[i], len(chains[i]), parts), cs
    cs = copy()
    i = max(range(len(chains)), key=lambda k: len(chains[k]))
    split(cs, i, 4)
    yield 'split-largest', 'the largest chain, %s, split into 4' % ids[i], cs
    for n, (a, b) in enumerate([(1, 1), (1, 3), (3, 3), (10, 10)]):
        cs = copy()
        i = rng.choice([k for k, c in enumerate(chains) if len(c) >= a])
        j = rng.choice([k for k, c in enumerate(chains) if len(c) >= b and k != i])
        merge(cs, i, j)
        yield 'merge-%d' % (n + 1), 'chains %s and %s merged' % (ids[i], ids[j]), cs
    cs = copy()
    i = rng.choice([k for k, t in enumerate(types) if t == 'PERSON' and len(chains[k]) >= 3])
    j = rng.choice([k for k, t in enumerate(types) if t == 'LOCATION' and len(chains[k]) >= 3])
    merge(cs, i, j)
    yield 'merge-person-place', 'person %s merged with place %s' % (ids[i], ids[j]), cs
    for k in (1, 5, 20, 60):
        cs = copy()
        drop(cs, k)
        yield 'drop-%d' % k, '%d random mentions dropped' % k, cs
    for k in (1, 4, 12):
        cs = copy()
        move(cs, k)
        yield 'move-%d' % k, '%d random mentions moved to another cluster' % k, cs
    cs = copy()
    cs.extend([[s] for s in spurious(5)])
    yield 'spurious-singletons', '5 spurious one-token mentions as singletons', cs
    cs = copy()
    for s in spurious(5):
        rng.choice([c for c in cs if len(c) >= 2]).append(s)
    yield 'spurious-in-chains', '5 spurious one-token mentions added to chains', cs
    cs = copy()
    extra = spurious(5)
    cs.append(extra[:3])
    cs.append(extra[3:])
    yield 'spurious-clusters', 'two clusters of spurious mentions only', cs
    extra = spurious(8)
    yield 'only-spurious', 'nothing but spurious mentions, in three clusters', [extra[:4], extra[4:7], extra[7:]]
    yield 'no-singletons', 'gold without its one-mention chains (as OntoNotes keys are)', [c for c in chains if len(c) > 1]
    names = {}
    for m in ARTICLE['mentions']:
        names[(m['begin'], m['end'])] = m['kind']
    yield 'names-only', 'gold without nominal and pronoun mentions', [
        [s for s in c if names[s] == 'NAME'] for c in chains]
    cs = [[s for s in c if names[s] != 'PRONOUN'] for c in chains]
    cs.extend([[s] for c in chains for s in c if names[s] == 'PRONOUN'])
    yield 'pronouns-singletons', 'every pronoun left as a singleton', cs
    yield 'people-only', 'only the person and unnamed-source chains', [
        c for c, t in zip(chains, types) if t in IN_SCOPE_TYPES]
    cs = copy()
    places = [k for k, t in enumerate(types) if t == 'LOCATION' and len(chains[k]) >= 2]
    for s in spurious(6):
        cs[rng.choice(places)].append(s)
    yield 'place-links', '6 unannotated mentions linked to place chains (as an OntoNotes resolver would)', cs
    cs = copy()
    c = rng.choice([c for c in cs if len(c) >= 3])
    c.append(c[0])
    c.append(c[1])
    yield 'duplicate-same-cluster', 'two mentions given twice in their own cluster', cs
    cs = copy()
    i, j = rng.sample([k for k, c in enumerate(chains) if len(c) >= 2], 2)
    cs[j].append(cs[i][-1])
    yield 'duplicate-two-clusters', 'a mention of %s also given in %s\'s cluster' % (ids[i], ids[j]), cs
    cs = copy()
    i = max(range(len(chains)), key=lambda k: len(chains[k]))
    split(cs, i, 2)
    i2, j2 = rng.sample([k for k, c in enumerate(chains) if len(c) >= 2 and k != i], 2)
    merge(cs, i2, j2)
    yield 'split-and-merge', 'the largest chain split in two, %s and %s merged' % (ids[i2], ids[j2]), cs
    for n in range(10):
        cs = copy()
        ops = []
        for _ in range(rng.randint(2, 5)):
            op = rng.choice(['split', 'merge', 'drop', 'move', 'spurious', 'single'])
            live = [k for k, c in enumerate(cs) if c]
            if op == 'split' and [k for k in live if len(cs[k]) >= 2]:
                split(cs, rng.choice([k for k in live if len(cs[k]) >= 2]), 2)
            elif op == 'merge':
                merge(cs, *rng.sample(live, 2))
            elif op == 'drop':
                drop(cs, rng.randint(1, 10))
            elif op == 'move':
                move(cs, rng.randint(1, 5))
            elif op == 'spurious':
                for s in spurious(rng.randint(1, 4), cs):
                    if rng.random() < 0.5:
                        cs.append([s])
                    else:
                        rng.choice([cs[k] for k in live]).append(s)
            else:
                k = rng.choice([k for k in live if len(cs[k]) >= 2])
                cs.append([cs[k].pop()])
            ops.append(op)
        yield 'random-%02d' % (n + 1), 'random: ' + ', '.join(ops), cs


def write_clusters(path, name, description, clusters):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# %s: %s\n' % (name, description))
        f.write('# begin\tend\tcluster (code points, half-open)\n')
        for c, spans in enumerate(clusters):
            for b, e in spans:
                f.write('%d\t%d\tc%d\n' % (b, e, c))


ARTICLE = None


def main():
    global ARTICLE
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--scorer', required=True)
    ap.add_argument('--lea-scorer', required=True)
    ap.add_argument('--corpus', default=os.path.join(here, '../../../../../corpus/newscorpus.json'))
    ap.add_argument('--out', default=here)
    ap.add_argument('--seed', type=int, default=2012)
    args = ap.parse_args()
    article, entities, gold = load(args.corpus)
    ARTICLE = article
    tokens = Tokens(article)
    notes = []
    for eid, _, spans in gold:
        for s in spans:
            if not tokens.aligned(s):
                first, last = tokens.range(s)
                notes.append('%s %s %r lies inside token %r' % (eid, s, article['text'][s[0]:s[1]],
                                                                tokens.tokens[first][2]))
    in_scope = {s for _, t, spans in gold if t in IN_SCOPE_TYPES for s in spans}
    keys = {'ALL': [spans for _, _, spans in gold],
            'PEOPLE_AND_SOURCES': [spans for _, t, spans in gold if t in IN_SCOPE_TYPES]}
    rng = random.Random(args.seed)
    cases = list(perturbations(gold, tokens, rng))
    os.makedirs(os.path.join(args.out, 'cases'), exist_ok=True)
    expected = ['# case\tscope\tmetric\tversion\trecall_num\trecall_den\trecall_pct\t'
                'precision_num\tprecision_den\tprecision_pct\tf1_pct']
    versions = set()
    with tempfile.TemporaryDirectory() as tmp:
        key_files = {}
        for scope, chains in keys.items():
            key_files[scope] = os.path.join(tmp, 'key-' + scope)
            text = conll(chains, tokens)
            check_round_trip(chains, tokens, text)
            with open(key_files[scope], 'w', encoding='utf-8') as f:
                f.write(text)
        for name, description, clusters in cases:
            clusters = [c for c in clusters if c]
            write_clusters(os.path.join(args.out, 'cases', name + '.tsv'), name, description, clusters)
            check_injective([s for c in clusters for s in c] + [s for c in keys['ALL'] for s in c], tokens)
            for scope in SCOPES:
                response = clusters if scope == 'ALL' else scope_response(clusters, in_scope)
                text = conll(response, tokens)
                check_round_trip(response, tokens, text)
                rfile = os.path.join(tmp, 'response')
                with open(rfile, 'w', encoding='utf-8') as f:
                    f.write(text)
                for metric in METRICS:
                    scorer = args.lea_scorer if metric == 'lea' else args.scorer
                    version, mentions, row = run(scorer, metric, key_files[scope], rfile)
                    versions.add((metric, version))
                    if metric == 'muc':
                        expected.append('\t'.join([name, scope, 'mentions', version] + list(mentions)))
                    expected.append('\t'.join([name, scope, metric, version] + list(row)))
            print(name, file=sys.stderr)
    with open(os.path.join(args.out, 'expected.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(expected) + '\n')
    print('%d cases, %d rows; versions %s' % (len(cases), len(expected) - 1, sorted(versions)))
    print('mentions not on token boundaries (mapped to the token that holds them):')
    for n in notes:
        print('  ' + n)


if __name__ == '__main__':
    main()
