/** Holds helpers shared by the library's packages; not exported from the module, not API. */
package io.github.newscorpus.internal;
