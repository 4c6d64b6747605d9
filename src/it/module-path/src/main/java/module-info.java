/** A consumer of newscorpus that is a named module. */
module com.example.modular {
  requires io.github.newscorpus;

  exports com.example.modular;
}
