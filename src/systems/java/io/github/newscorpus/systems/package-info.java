/** Runs real NLP systems (Stanford CoreNLP) on the bundled article and scores their output. */
package io.github.newscorpus.systems;
