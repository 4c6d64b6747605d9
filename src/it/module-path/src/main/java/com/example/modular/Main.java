package com.example.modular;

import io.github.newscorpus.Corpus;
import java.util.List;

/**
 * Checks, on the module path, what a modular consumer relies on; exits with status 1 naming what
 * failed.
 */
public final class Main {

  private Main() {}

  /** Runs the checks. */
  public static void main(String[] args) {
    check("com.example.modular".equals(Main.class.getModule().getName()),
        "the consumer runs as a named module, not " + Main.class.getModule());
    check("io.github.newscorpus".equals(Corpus.class.getModule().getName()),
        "newscorpus is the named module io.github.newscorpus, not " + Corpus.class.getModule());
    check(Corpus.class.getModule().getDescriptor().exports().stream()
            .noneMatch(e -> e.source().equals("io.github.newscorpus.json")),
        "the reader's implementation package stays inside the module");
    check(ModuleLayer.boot().findModule("org.junit.jupiter.api").isEmpty(),
        "JUnit is optional: a modular consumer runs without it");
    List<String> speakers = Sources.speakers();
    // "Sen. Benjamin L. Cardin of Maryland ... said" (paragraph 36): he is among the speakers
    check(speakers.contains("Benjamin L. Cardin"), "Cardin among the speakers: " + speakers);
    System.out.println("module path: " + speakers.size() + " speakers, the first "
        + speakers.get(0));
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
