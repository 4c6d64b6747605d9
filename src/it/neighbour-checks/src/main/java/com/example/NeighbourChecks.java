package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.eval.QuoteOverlap;
import io.github.newscorpus.eval.ScoreAssertions;
import io.github.newscorpus.eval.Score;
import io.github.newscorpus.eval.ScoringError;
import io.github.newscorpus.export.Brat;
import io.github.newscorpus.html.HtmlView;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Uses every part of newscorpus that formats text, with whatever jars the consumer's other
 * dependencies brought: the bundled article, predictions with errors of every kind (each error
 * is described with an excerpt), the HTML view and the brat export. Expected texts are read from
 * the bundled article: it starts "Trump’s top deputies hope to shore up ties with a suspicious
 * Mexico", and its quote q1 starts at 1,530 with "The federal government should enter these
 * negotiations".
 */
public final class NeighbourChecks {

  private NeighbourChecks() {}

  /** Returns the bundled article. */
  public static Article story() {
    return Corpus.bundled().articles().get(0);
  }

  /** Returns every error of {@code score}, one description per line. */
  public static String errors(Score score) {
    return score.errors().stream().map(ScoringError::detail).collect(Collectors.joining("\n"));
  }

  /** Scores mistakes of every kind, renders the HTML view and writes brat into {@code dir}. */
  public static void everyMessagePath(Path dir) throws IOException {
    Article story = story();
    Evaluation evaluation = Evaluation.of(story);
    // "Trump" [0, 5) is a PERSON; "top deputies" [8, 20) is no mention
    String entities = errors(evaluation.entities(Annotations.of(story.text())
        .mention(0, 5, "ORGANIZATION").mention(8, 20, "PERSON").build()));
    assertTrue(entities.contains("\"Trump\"") && entities.contains("\"top deputies\""), entities);
    // q1's two segments, but the speaker put on "Trump"
    String quotes = errors(evaluation.quotes(Annotations.of(story.text()).quote(
        PredictedQuote.of(1530, 1620).segment(1709, 1796).speaker(0, 5)).build(),
        QuoteOverlap.STRICT));
    assertTrue(quotes.contains("gold q1 \"The federal government should enter…\"")
        && quotes.contains("predicted speaker \"Trump\""), quotes);
    // the scorer's assertion lists what went wrong when it fails: q1 found, its cue "wrote"
    // [1623, 1628) given as "Trump", and 17 gold quotes missed
    AssertionError failed = assertThrows(AssertionError.class, () -> ScoreAssertions.assertThat(
        evaluation.quotes(Annotations.of(story.text()).quote(PredictedQuote.of(1530, 1620)
            .segment(1709, 1796).cue(0, 5)).build(), QuoteOverlap.STRICT)).f1AtLeast(0.9));
    assertTrue(failed.getMessage().contains("gold cue \"wrote\""), failed.getMessage());
    // "Trump" [0, 5) is a gold token; [0, 3) is not
    String tokens = errors(evaluation.tokens(Annotations.of(story.text()).token(0, 3).build()));
    assertTrue(tokens.contains("\"Tru\""), tokens);
    // the headline is one sentence [0, 67); a break after "deputies" is wrong
    String sentences = errors(evaluation.sentences(Annotations.of(story.text())
        .sentence(0, 20).sentence(21, 67).build()));
    assertTrue(sentences.contains("deputies|"), sentences);

    // a broken file: line 2's text is a number; {"id":"a","text": is 17 characters
    Path broken = Files.writeString(dir.resolve("broken.jsonl"),
        "{\"format\":\"newscorpus/1\"}\n{\"id\":\"a\",\"text\":5}\n");
    CorpusFormatException refused = assertThrows(CorpusFormatException.class,
        () -> Corpus.read(broken));
    assertEquals(broken + ":2:18: /text: expected a string, found number 5",
        refused.problems().get(0).toString());

    String page = HtmlView.render(story);
    assertTrue(page.contains("Rex Tillerson"), "the page holds the text");
    List<Path> written = Brat.write(story, dir);
    assertEquals(story.text(), Files.readString(written.get(0), StandardCharsets.UTF_8));
    assertTrue(Files.readAllLines(written.get(1), StandardCharsets.UTF_8).size() > 233,
        "a text-bound line for each of the 233 mentions, and more");
  }
}
