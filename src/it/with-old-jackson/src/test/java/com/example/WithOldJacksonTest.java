package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs newscorpus with a jackson-core older than it needs (2.17.3, declared first): the first use
 * fails with one message naming the jar, where it was found and the version needed.
 */
class WithOldJacksonTest {

  @Test
  void theFirstUseSaysWhichJarIsTooOld() {
    assertEquals("2.17.3", PackageVersion.VERSION.toString());
    LinkageError e = assertThrows(LinkageError.class, Corpus::bundled);
    assertTrue(e.getMessage().startsWith("newscorpus needs com.fasterxml.jackson.core:"
        + "jackson-core 2.18.0 or later; found 2.17.3 at file:"), e.getMessage());
    assertTrue(e.getMessage().contains("jackson-core-2.17.3.jar"), e.getMessage());
    // every later use says the same, not a bare NoClassDefFoundError
    LinkageError again = assertThrows(LinkageError.class, () -> Corpus.read(Path.of("x.json")));
    assertEquals(e.getMessage(), again.getMessage());
    assertEquals(e.getMessage(), assertThrows(LinkageError.class,
        () -> Article.builder("a", "A")).getMessage());
  }
}
