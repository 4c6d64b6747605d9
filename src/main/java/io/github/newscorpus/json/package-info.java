/**
 * Reads and writes the {@code newscorpus/1} format: one corpus JSON document
 * ({@code {"format": "newscorpus/1", "articles": [...]}}), JSON Lines (a header line
 * {@code {"format":"newscorpus/1"}}, then one article object per line, in a file named
 * {@code *.jsonl}), a directory of such files, or one article object alone; used through
 * {@link io.github.newscorpus.Corpus} and {@link io.github.newscorpus.CorpusReader}, not exported
 * from the module. It implements them, and so uses their value types ({@code ReadLimits},
 * {@code FormatProblem}).
 *
 * <p>There is one reading path, an article at a time, every input read once: {@code Source}
 * checks the bytes (strict UTF-8, no NUL, the input's length) as they arrive and cuts the input at
 * the first bad one; Jackson's byte parser tokenises it; {@code ArticleInput} follows the layout;
 * {@code ArticleBinder} reads each article object, its fields in any order, into drafts, reporting
 * every problem of shape and type at its place; {@code ArticleAssembly} checks spans against the
 * text (spans met before it are kept as read), resolves references by id and builds the model,
 * whose rules ({@code ArticleRules}) are checked once and mapped back to the JSON value they
 * concern. Places are byte offsets until a problem needs one: then {@code Problems} turns it into
 * the line and the column in characters (code points) that an editor shows, and a JSON pointer
 * into the document the problem is in: from the root of a corpus JSON file
 * ({@code /articles/2/mentions/5/text}), or from the value on a JSON Lines line
 * ({@code /mentions/5/text}), whose line number the place gives. The problems of one article are
 * listed in input order.
 *
 * <p>Every read is bounded by {@code ReadLimits}: the length of an input (counted as it arrives),
 * of an article (at each of its values) and of a string, nesting, and the numbers of articles,
 * annotations and JSON values. A limit broken is a problem at its place, and the reading of that
 * input stops there.
 */
package io.github.newscorpus.json;
