/**
 * Asks news questions of an article, through {@link io.github.newscorpus.query.Queries}: who
 * co-occurs with whom, who is quoted most, which quotes talk about someone, where a phrase occurs
 * (with a keyword-in-context concordance), and the article's statistics.
 *
 * <p>Shared rules: every result is immutable and comes back in document order unless its method
 * names another order; an entity the article does not have gives an empty result, never an
 * exception. A word is a run of non-whitespace characters that holds a letter or a digit
 * ({@code U.S.-Mexico} is one word, a dash {@code —} is none).
 */
package io.github.newscorpus.query;
