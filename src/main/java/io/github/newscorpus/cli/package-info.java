/**
 * Runs newscorpus from the command line: {@link io.github.newscorpus.cli.Main} is the
 * {@code newscorpus} tool (summary, quotes, entities, mentions, search, validate, export, render),
 * and {@link io.github.newscorpus.cli.Summary} the plain-text summary it prints by default. The tool
 * needs picocli, an optional dependency of the library; nothing else depends on this package.
 */
package io.github.newscorpus.cli;
