"""Checks a brat collection with brat's own server code, as brat's web editor would see it.

Usage (brat's server/src and shims/ on PYTHONPATH, BRAT_DATA_DIR the directory above the
collection):

    python3 check_export.py COLLECTION_DIR DOCUMENT_NAME

Prints what the editor would be told: the messages of brat's configuration parser while it
builds the configuration the editor receives (types, attributes, labels, colours), the lines of
the .ann file brat failed to parse, and the issues of brat's checker (verify_annotations), each
on a line, then a summary line with the three counts. Exits 1 when any count is not 0.
"""
import os
import sys

import annotation
import document
import projectconfig
import verify_annotations
from message import Messager


def main(collection, name):
    collection = os.path.abspath(collection)
    # the configuration the editor receives: types, attributes, labels, drawing (colours)
    conf = document._inject_annotation_type_conf(collection)
    pconf = projectconfig.ProjectConfiguration(collection)
    for t in pconf.get_entity_types() + pconf.get_relation_types() + pconf.get_attribute_types():
        pconf.get_drawing_config_by_type(t)
        pconf.get_labels_by_type(t)
    # the document as the editor loads it; it runs the checker too and adds its issues as comments
    relative = '/' + os.path.relpath(collection, os.environ['BRAT_DATA_DIR'])
    doc = document.get_document(relative, name)
    with annotation.TextAnnotations(os.path.join(collection, name), read_only=True) as ann:
        failed = list(ann.failed_lines)
        issues = verify_annotations.verify_annotation(ann, pconf)
    messages = []

    class Collect:
        def write(self, s):
            messages.append(s)
    Messager.output(Collect())
    messages = [m for m in ''.join(messages).split('\n') if m.strip()]
    for m in messages:
        print('message:', m)
    for n in failed:
        print('unparsed line:', n + 1)
    for i in issues:
        print('issue:', i.human_readable_str())
    comments = [c for c in doc.get('comments', []) if c[1] in ('AnnotationError', 'AnnotationWarning', 'AnnotationIncomplete')]
    print('entity types %d, relation types %d, attribute types %d; %d messages, %d unparsed lines, '
          '%d issues (%d marked in the editor)' % (
              len(pconf.get_entity_types()), len(pconf.get_relation_types()),
              len(pconf.get_attribute_types()), len(messages), len(failed), len(issues), len(comments)))
    return 1 if messages or failed or issues or comments else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
