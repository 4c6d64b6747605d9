/**
 * Writes articles in the formats other tools read, and reads them back: CoNLL-2003
 * ({@link io.github.newscorpus.export.Conll}), brat standoff ({@link io.github.newscorpus.export.Brat})
 * and W3C Web Annotation ({@link io.github.newscorpus.export.WebAnnotation}).
 *
 * <p>A tagger's CoNLL output is read as predictions to score, so this package depends on
 * {@code eval} (for {@code Annotations} and {@code LabelMap}), never the other way round. The
 * packages depend one way: {@code cli} on {@code export}, {@code html} and {@code query};
 * {@code export} on {@code eval} and {@code token}; those, {@code json} and {@code junit} on
 * {@code model}.
 *
 * <p>Shared rules: offsets in every format are Unicode code points, as in the JSON format; every
 * writer works one article at a time, so memory does not grow with the corpus; writers to a path
 * write a temporary file and move it into place, so a failed write leaves the old file intact;
 * readers report malformed input with its line through
 * {@link io.github.newscorpus.CorpusFormatException}.
 */
package io.github.newscorpus.export;
