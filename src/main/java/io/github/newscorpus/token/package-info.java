/** Splits English news text into tokens, by the rules the bundled gold tokens follow. */
package io.github.newscorpus.token;
