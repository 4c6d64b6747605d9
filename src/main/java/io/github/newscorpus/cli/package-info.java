/** Runs newscorpus from the command line; nothing else depends on this package. */
package io.github.newscorpus.cli;
