#!/bin/sh
# Exports the bundled corpus as brat, checks the export with brat's own code, makes brat's
# editor's edits on a copy with brat's own code, checks the result, and copies it to the
# fixtures in src/test/resources/export/brat-edited/newscorpus/. Run from the repository root,
# after `mvn -o -q compile`:
#
#     sh src/test/python/brat/make-fixtures.sh /tmp/brat
#
# where /tmp/brat holds brat's source (its server/src). Needs python3 (3.11 was used) and java.
set -eu
BRAT=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=src/test/resources/export/brat-edited/newscorpus
WORK=$(mktemp -d)
DOC=000_4e41f4d9df3989c8
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" > /dev/null
java -cp "target/classes:$(cat "$WORK/classpath")" io.github.newscorpus.cli.Main \
  export --format brat --output "$WORK/export/newscorpus"
export PYTHONPATH="$HERE/shims:$BRAT/server/src"
cd "$BRAT/server/src"
echo "== brat's checker (verify_annotations.py) on the export"
BRAT_DATA_DIR="$WORK/export" python3 verify_annotations.py -v "$WORK/export/newscorpus/$DOC.ann"
echo "== check_export.py on the export"
BRAT_DATA_DIR="$WORK/export" python3 "$HERE/check_export.py" "$WORK/export/newscorpus" "$DOC"
mkdir -p "$WORK/edit"
cp -r "$WORK/export/newscorpus" "$WORK/edit/"
echo "== edit_export.py"
BRAT_DATA_DIR="$WORK/edit" python3 "$HERE/edit_export.py" /newscorpus "$DOC"
echo "== brat's checker (verify_annotations.py) on the edited copy"
BRAT_DATA_DIR="$WORK/edit" python3 verify_annotations.py -v "$WORK/edit/newscorpus/$DOC.ann"
echo "== check_export.py on the edited copy"
BRAT_DATA_DIR="$WORK/edit" python3 "$HERE/check_export.py" "$WORK/edit/newscorpus" "$DOC"
cd - > /dev/null
mkdir -p "$OUT"
cp "$WORK/edit/newscorpus/"* "$OUT/"
rm -r "$WORK"
