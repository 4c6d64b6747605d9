package io.github.newscorpus.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the gold annotation with the second, independent pass kept in
 * {@code corpus/annotation/second-pass/annotation.tsv} (made from the guidelines and the text
 * alone, without seeing the gold). Spans, kinds, speakers and cues must agree exactly; the entity
 * attributes on which the passes differed were reconciled by reading the text, as
 * {@code corpus/annotation/README.md} records, and are not compared here.
 */
class SecondPassAgreementTest {

  private static final Article GOLD = Corpus.bundled().articles().get(0);
  private static final Map<String, List<String[]>> ROWS = new HashMap<>();
  /** Second-pass entity id to gold entity id. */
  private static final Map<String, String> ENTITY = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (String line : Files.readAllLines(
        Path.of("corpus/annotation/second-pass/annotation.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      ROWS.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    for (String[] e : ROWS.get("ENT")) {
      List<String> names = new ArrayList<>(List.of(e[3]));
      names.addAll(List.of(e[4].split(" \\| ")));
      String gold = names.stream().map(GOLD::findEntity).flatMap(Optional::stream).findFirst()
          .map(Entity::id).orElseThrow(() -> new AssertionError("no gold entity for " + e[1]));
      ENTITY.put(e[1], gold);
    }
  }

  private static int cp(int utf16) {
    return GOLD.text().codePointCount(0, utf16);
  }

  private static String span(Span s) {
    return cp(s.begin()) + "-" + cp(s.end());
  }

  @Test
  void sameEntitiesWithTheSameTypes() {
    Map<String, String> second = new TreeMap<>();
    ROWS.get("ENT").forEach(e -> second.put(ENTITY.get(e[1]), e[2]));
    Map<String, String> gold = new TreeMap<>();
    GOLD.entities().forEach(e -> gold.put(e.id(), e.type().name()));
    assertEquals(gold, second);
  }

  @Test
  void sameSentences() {
    assertEquals(GOLD.sentences().stream().map(s -> span(s.span())).toList(),
        ROWS.get("SENT").stream().map(f -> f[1] + "-" + f[2]).toList());
  }

  @Test
  void sameMentionsOfTheSameEntitiesAndKinds() {
    Map<String, String> gold = new TreeMap<>();
    for (Mention m : GOLD.mentions()) {
      gold.put(span(m.span()), m.entity().id() + " " + m.kind());
    }
    Map<String, String> second = new TreeMap<>();
    for (String[] f : ROWS.get("MENTION")) {
      second.put(f[1] + "-" + f[2], ENTITY.get(f[4]) + " " + f[5]);
    }
    assertEquals(gold, second);
  }

  @Test
  void sameQuotesSpeakersCuesAndSpeakerMentions() {
    Map<String, String> gold = new TreeMap<>();
    for (Quote q : GOLD.quotes()) {
      gold.put(q.segments().stream().map(SecondPassAgreementTest::span).collect(Collectors.joining(";")),
          q.kind() + " " + q.speaker().map(Entity::id).orElse("-") + " "
              + q.cue().map(SecondPassAgreementTest::span).orElse("-") + " "
              + q.speakerMention().map(m -> span(m.span())).orElse("-"));
    }
    Map<String, String> second = new TreeMap<>();
    for (String[] f : ROWS.get("QUOTE")) {
      second.put(f[3], f[1] + " " + (f[2].equals("-") ? "-" : ENTITY.get(f[2])) + " " + f[4] + " " + f[5]);
    }
    assertEquals(gold, second);
  }

  /** The second tokenization pass (second-pass/tokens.tsv) implemented the written rules alone. */
  @Test
  void sameTokens() throws IOException {
    List<String> second = Files.readAllLines(Path.of("corpus/annotation/second-pass/tokens.tsv"),
        StandardCharsets.UTF_8).stream().map(l -> l.split("\t")[0] + "-" + l.split("\t")[1]).toList();
    assertEquals(GOLD.tokens().stream().map(t -> span(t.span())).toList(), second);
  }
}
