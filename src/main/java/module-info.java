/** Annotated news articles (quotes, speakers, entities, mentions, sentences) and queries over them. */
module io.github.newscorpus {
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.text;
  // Optional, and not transitive: a module that reads newscorpus must compile without JUnit
  // (src/it/module-path). The junit package's classes, whose signatures name JUnit types, say
  // so with @SuppressWarnings("exports").
  requires static org.junit.jupiter.api;
  requires static org.junit.jupiter.params;
  requires static info.picocli;

  exports io.github.newscorpus;
  exports io.github.newscorpus.model;
  exports io.github.newscorpus.query;
  exports io.github.newscorpus.token;
  exports io.github.newscorpus.eval;
  exports io.github.newscorpus.export;
  exports io.github.newscorpus.junit;
  exports io.github.newscorpus.html;

  // The command-line tool: picocli reads its annotated commands and options by reflection.
  opens io.github.newscorpus.cli to info.picocli;
}
