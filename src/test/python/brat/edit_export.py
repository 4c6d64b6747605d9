"""Makes, with brat's own server code, the edits brat's web editor makes, on a copy of an export.

Usage (brat's server/src and shims/ on PYTHONPATH, BRAT_DATA_DIR the directory above the
collection; the collection holds the export of `newscorpus export --format brat`):

    python3 edit_export.py /COLLECTION DOCUMENT

Each edit is one call of the function in brat's annotator.py that the editor's request runs
(createArc, createSpan), with the arguments the editor sends: a span dialog sends the span's
offsets, type, attributes, normalisations and note as they are after the edit, so the script
reads the current ones with brat's TextAnnotations first. annotator.py changes the annotations
with brat's annotation classes and saves them through Annotations.save, so every byte of the
.ann file is what brat writes. Prints each edit and the lines it added, one per line.
"""
import json
import os
import sys

import annotation
import annotator

COLLECTION, DOCUMENT = sys.argv[1], sys.argv[2]
PATH = os.path.join(os.environ['BRAT_DATA_DIR'], COLLECTION.lstrip('/'), DOCUMENT)


def lines():
    with open(PATH + '.ann', encoding='utf-8') as f:
        return f.read().split('\n')


def edit(what, call):
    before = lines()
    call()
    added = [l for l in lines() if l not in before]
    removed = [l for l in before if l not in lines()]
    print(what)
    for l in removed:
        print('  - ' + l)
    for l in added:
        print('  + ' + l)


def current(tid):
    """Returns what the span dialog shows for text-bound tid: offsets, type, attributes,
    normalisations and note."""
    with annotation.TextAnnotations(PATH, read_only=True) as ann:
        t = ann.get_ann_by_id(tid)
        attributes = {a.type: a.value for a in ann.get_attributes() if a.target == tid}
        norms = [[n.refdb, n.refid, n.reftext] for n in ann.get_normalizations() if n.target == tid]
        notes = [c.get_text() for c in ann.get_oneline_comments()
                 if c.type == 'AnnotatorNotes' and c.target == tid]
        return [list(s) for s in t.spans], t.type, attributes, norms, (notes[0] if notes else None)


def span_dialog(tid, **changes):
    """Edits text-bound tid as the span dialog does: sends every field, changed or not."""
    offsets, type_, attributes, norms, note = current(tid)
    norms = changes.get('normalizations', norms)
    note = changes.get('comment', note)
    return annotator.create_span(COLLECTION, DOCUMENT, json.dumps(offsets), type_,
                                 attributes=json.dumps(attributes),
                                 normalizations=json.dumps(norms), id=tid, comment=note)


def new_span(offsets, type_, attributes, comment):
    return annotator.create_span(COLLECTION, DOCUMENT, json.dumps(offsets), type_,
                                 attributes=json.dumps(attributes),
                                 normalizations=json.dumps([]), comment=comment)


# 1. a new relation: the related headline's quote "We don't want him" (T390) gets a speaker,
#    the mention "Mexico" (T346) of the same headline
edit('new Speaker relation T390 -> T346',
     lambda: annotator.create_arc(COLLECTION, DOCUMENT, 'T390', 'T346', 'Speaker'))
# 2. a normalisation: the mention "Trump" (T345) of that headline gets Donald Trump's wikidata id
edit('normalisation of T345 to wikidata:Q22686',
     lambda: span_dialog('T345', normalizations=[['wikidata', 'Q22686', 'Donald Trump']]))
# 3. a free-text note on the quote T390
edit('note on quote T390',
     lambda: span_dialog('T390', comment='speaker from the headline: outrage in Mexico'))
# 4. a new mention with an attribute and a note: "its" in "continue its policy" is Mexico's
edit('new LOCATION mention "its" [5901, 5904), MentionKind PRONOUN, with a note',
     lambda: new_span([[5901, 5904]], 'LOCATION', {'MentionKind': 'PRONOUN'},
                      'its = Mexico; pronoun of a place, added in review'))
NEW = [l.split('\t')[0] for l in lines() if l.startswith('T') and '\tLOCATION 5901 5904\t' in l][0]
edit('Coreference of the new mention %s with "Mexico" T254' % NEW,
     lambda: annotator.create_arc(COLLECTION, DOCUMENT, NEW, 'T254', 'Coreference'))
# 5. a merge of two chains: "Washington" (first mention T182) joins "United States" (T139); the
#    note naming the merged entity e-washington is emptied in the span dialog, so brat deletes it
edit('Coreference merging T182 (e-washington) into T139 (e-united-states)',
     lambda: annotator.create_arc(COLLECTION, DOCUMENT, 'T182', 'T139', 'Coreference'))
edit('note of T182 emptied', lambda: span_dialog('T182', comment=None))
