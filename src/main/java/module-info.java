/** Annotated news articles (quotes, speakers, entities, mentions, sentences) and queries over them. */
module io.github.newscorpus {
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.text;

  exports io.github.newscorpus;
  exports io.github.newscorpus.model;
  exports io.github.newscorpus.query;
}
