package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.html.HtmlView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheFirstArticlesPageToStandardOutput() {
    assertEquals(HtmlView.render(Corpus.bundled().articles().get(0)), Run.of("render").succeeded().out());
  }

  @Test
  void writesAFile() throws IOException {
    Path out = dir.resolve("story.html");
    Run.of("render", "--output", out.toString()).succeeded();
    assertEquals(HtmlView.render(Corpus.bundled().articles().get(0)), Files.readString(out));
  }

  @Test
  void picksAnArticleOfTheCorpus() throws IOException {
    Path two = Files.createDirectory(dir.resolve("two"));
    Run.smallCorpus(two, "small.json");
    Corpus.bundled().write(two.resolve("bundled.json"));
    String page = Run.of("render", "--corpus", two.toString(), "--article", "wave").succeeded().out();
    assertTrue(page.contains("<code>wave</code>"), page);
    assertTrue(page.contains("Hi 👋 there."));
  }

  @Test
  void refusesAnUnknownArticle() {
    Run.of("render", "--article", "nope").failed(2, "newscorpus render: no article \"nope\" in this corpus; its ids"
        + " are [000_4e41f4d9df3989c8] (see 'newscorpus render --help')");
  }

  @Test
  void refusesAnEmptyCorpus() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run.of("render", "--corpus", empty.toString()).failed(2,
        "newscorpus render: the corpus has no article to render (see 'newscorpus render --help')");
  }

  @Test
  void reportsTheFileWrittenInJson() {
    Path out = dir.resolve("story.html");
    Run run = Run.of("render", "--json", "--output", out.toString()).succeeded();
    assertEquals("000_4e41f4d9df3989c8", run.json().get("article").asText());
    assertEquals(out.toString(), run.json().get("output").asText());
    Run.of("render", "--json").failed(2,
        "newscorpus render: --json reports on the file written, so it needs --output (see 'newscorpus render --help')");
  }
}
