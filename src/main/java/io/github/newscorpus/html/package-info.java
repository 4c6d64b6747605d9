/**
 * Renders an annotated article as one self-contained HTML page: entity mentions highlighted by
 * type, quotes marked and labelled with their speakers, a side panel of speakers and entities, and
 * the metadata on top. {@link io.github.newscorpus.html.HtmlView} is the entry point; every article
 * text that reaches the page is escaped and isolated, so a page shows hostile text as text and
 * bidirectional controls in it cannot reorder anything around it.
 */
package io.github.newscorpus.html;
