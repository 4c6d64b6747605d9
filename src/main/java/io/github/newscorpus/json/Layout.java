package io.github.newscorpus.json;

import java.nio.file.Path;

/** Names the two layouts of the format: one corpus JSON document, or JSON Lines. */
enum Layout {
  /** {@code {"format": "newscorpus/1", "articles": [...]}}. */
  CORPUS_JSON,
  /** A header line, then one article per line, in a file named {@code *.jsonl}. */
  JSON_LINES;

  /** Returns the layout of {@code file}, by its name, as reading recognises it. */
  static Layout of(Path file) {
    return JsonLines.named(file) ? JSON_LINES : CORPUS_JSON;
  }
}
