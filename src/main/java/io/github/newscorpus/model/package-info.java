/**
 * Models annotated news articles as immutable records of standoff annotation over one text.
 *
 * <p>Shared rules, stated once here:
 *
 * <ul>
 *   <li>Every record is immutable and null-hostile: constructors reject null, and lists and maps
 *       are copied on the way in. Instances are safe to share between threads.
 *   <li>Spans are half-open {@code [begin, end)} ranges of Java {@code String} indices (UTF-16
 *       code units) into {@link io.github.newscorpus.model.Article#text()}. The JSON format
 *       stores code points instead; the reader and writer convert.
 *   <li>Lists come back unmodifiable, never null, in document order: by begin, then longest
 *       first. A query with nothing to return returns an empty list.
 *   <li>A lookup that may miss returns {@code Optional}; {@code expect…} throws a
 *       {@link java.util.NoSuchElementException} whose message helps.
 * </ul>
 */
package io.github.newscorpus.model;
