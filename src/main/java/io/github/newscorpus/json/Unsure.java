package io.github.newscorpus.json;

/**
 * Signals that the direct path met input it does not vouch for (see {@link DirectCursor}): the
 * input is then read again on the checking path, which finds and places every problem, if any.
 * Carries the reason, for tests, and no stack trace: it is control flow, not an error.
 */
final class Unsure extends Exception {
  private static final long serialVersionUID = 1L;

  Unsure(String reason) {
    super(reason, null, false, false);
  }
}
