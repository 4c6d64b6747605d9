/**
 * Reads and writes the {@code newscorpus/1} format, as one corpus JSON file
 * ({@code {"format": "newscorpus/1", "articles": [...]}}), as JSON Lines (a header line
 * {@code {"format":"newscorpus/1"}}, then one article object per line, in a file named
 * {@code *.jsonl}), or as a directory of such files; used through
 * {@link io.github.newscorpus.Corpus}, not exported from the module.
 *
 * <p>Reading goes an article at a time, on one of two paths that give the same articles. The
 * direct path ({@code DirectCursor}) binds each article straight from Jackson's tokens over the
 * bytes, with no tree and no places; it takes input that is valid and written in the order the
 * writer writes, which is what this library and most tools produce. At anything else (any
 * problem, a limit, another field order) it is unsure, and the input is read again from its start
 * on the checking path ({@code CorpusJsonCursor}, {@code JsonLinesCursor}), which builds each
 * article's JSON tree with a place for every value, so that every problem can be reported where
 * it is; a stream then passes over the articles it has delivered already. Every problem is placed as {@code file:line:column: pointer: message}, columns in UTF-16 units.
 * The pointer is a JSON pointer into the JSON document the problem is in: from the root of a
 * corpus JSON file ({@code /articles/2/mentions/5/text}), or from the value on the line of a JSON
 * Lines file ({@code /mentions/5/text}), whose line number the place gives.
 *
 * <p>Every read is bounded by {@link io.github.newscorpus.json.Limits} (set through
 * {@code io.github.newscorpus.ReadLimits}): the length of a file, of an article and of a string,
 * nesting, and the numbers of articles, annotations and JSON values; an article's tree is counted
 * as it grows and never built past a limit, a JSON Lines line is parsed as it is read and never
 * held whole. A limit broken is a problem at its place, and the reading of that file stops there.
 */
package io.github.newscorpus.json;
