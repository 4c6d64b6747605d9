package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Regions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the rules an article's layers must keep together, reporting every broken one. */
final class ArticleRules {

  private final String text;
  private final List<Problem> problems = new ArrayList<>();

  private ArticleRules(String text) {
    this.text = text;
  }

  static List<Problem> check(Article.Builder b) {
    ArticleRules rules = new ArticleRules(b.text);
    rules.checkAll(b);
    return List.copyOf(rules.problems);
  }

  private void checkAll(Article.Builder b) {
    if (b.id.isBlank()) {
      problem("id", "article id must not be blank");
    }
    wellFormed("id", "article id", b.id);
    wellFormed("text", "text", text);
    BitSet badParagraphs = covered("paragraphs", b.paragraphs, "a paragraph");
    for (int i = 0; i < b.paragraphs.size(); i++) {
      String covered = b.paragraphs.get(i).text();
      if ((badParagraphs == null || !badParagraphs.get(i))
          && (covered.indexOf('\n') >= 0 || covered.indexOf('\r') >= 0)) {
        problem("paragraphs/" + i, "paragraph " + Messages.excerpt(covered)
            + " spans a line break; a paragraph is one line");
      }
    }
    disjoint("paragraphs", "paragraph", b.paragraphs, badParagraphs);
    List<Span> paragraphSpans = b.paragraphs.stream().map(Paragraph::span).sorted().toList();
    BitSet badSentences = covered("sentences", b.sentences, "a sentence");
    for (int i = 0; i < b.sentences.size() && !paragraphSpans.isEmpty(); i++) {
      Sentence s = b.sentences.get(i);
      if ((badSentences == null || !badSentences.get(i)) && !insideOne(s.span(), paragraphSpans)) {
        problem("sentences/" + i, "sentence " + Messages.excerpt(s.text())
            + " must lie inside one paragraph");
      }
    }
    disjoint("sentences", "sentence", b.sentences, badSentences);
    disjoint("tokens", "token", b.tokens, covered("tokens", b.tokens, "a token"));
    Map<String, Entity> entities = entities(b.entities);
    ids(b);
    Set<MentionPlace> seen = new HashSet<>(capacity(b.mentions.size()));
    for (int i = 0; i < b.mentions.size(); i++) {
      Mention m = b.mentions.get(i);
      covered("mentions", i, m, "a mention");
      member("mentions", i, m.entity(), entities);
      if (!seen.add(new MentionPlace(m.span(), m.entity().id(), m.kind()))) {
        problem("mentions/" + i, "mention " + m.id() + " repeats an earlier " + m.kind()
            + " mention of " + m.entity().id() + " at the same place; annotate each mention once");
      }
    }
    Map<String, Mention> mentions = new HashMap<>(capacity(b.mentions.size()));
    b.mentions.forEach(m -> mentions.putIfAbsent(m.id(), m));
    for (int i = 0; i < b.quotes.size(); i++) {
      quote("quotes/" + i, b.quotes.get(i), entities, mentions);
    }
    metadata(b.metadata);
  }

  private void wellFormed(String path, String what, String value) {
    try {
      Checks.wellFormed(value, what);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
    }
  }

  /** Returns the capacity a hash map needs to hold {@code n} entries without growing. */
  private static int capacity(int n) {
    return n * 4 / 3 + 1;
  }

  /** What makes two mentions the same annotation. */
  private record MentionPlace(Span span, String entity, MentionKind kind) {}

  private Map<String, Entity> entities(List<Entity> list) {
    Map<String, Entity> byId = new HashMap<>(capacity(list.size()));
    list.forEach(e -> byId.putIfAbsent(e.id(), e));
    for (int i = 0; i < list.size(); i++) {
      Entity e = list.get(i);
      Optional<String> affiliation = e.affiliation();
      if (affiliation.isPresent() && !byId.containsKey(affiliation.get())) {
        problem("entities/" + i, "affiliation \"" + affiliation.get() + "\" of entity " + e.id()
            + " must be the id of an entity in the article");
      } else if (affiliation.isPresent() && affiliation.get().equals(e.id())) {
        problem("entities/" + i, "entity " + e.id() + " must not be affiliated with itself");
      }
    }
    return byId;
  }

  /** Entity, mention and quote ids share one namespace. */
  private void ids(Article.Builder b) {
    Map<String, String> first = new HashMap<>(
        capacity(b.entities.size() + b.mentions.size() + b.quotes.size()));
    claim(first, "entities", "an entity", b.entities.stream().map(Entity::id).toList());
    claim(first, "mentions", "a mention", b.mentions.stream().map(Mention::id).toList());
    claim(first, "quotes", "a quote", b.quotes.stream().map(Quote::id).toList());
  }

  /**
   * Reports each id used before. Messages name the earlier item by kind, not by path: readers map
   * this item's path to their own places, but not paths inside messages.
   */
  private void claim(Map<String, String> first, String layer, String item, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String earlier = first.putIfAbsent(ids.get(i), item);
      if (earlier != null) {
        problem(layer + "/" + i, Messages.idUsed(ids.get(i), earlier));
      }
    }
  }

  /** Checks item {@code index} of {@code layer} as {@link #member(String, Entity, Map)} does. */
  private void member(String layer, int index, Entity entity, Map<String, Entity> entities) {
    if (entities.get(entity.id()) != entity) { // the same instance, as a reader builds them
      member(layer + "/" + index, entity, entities);
    }
  }

  private void member(String path, Entity entity, Map<String, Entity> entities) {
    Entity known = entities.get(entity.id());
    if (known == null) {
      problem(path, "entity \"" + entity.id() + "\" must be one of the article's entities");
    } else if (known != entity && !known.equals(entity)) {
      problem(path, "entity \"" + entity.id() + "\" differs from the article's entity with that id");
    }
  }

  private void quote(String path, Quote q, Map<String, Entity> entities, Map<String, Mention> mentions) {
    boolean inside = true;
    for (int j = 0; j < q.segments().size(); j++) {
      inside &= span(path + "/segments/" + j, q.segments().get(j));
      nonEmpty(path + "/segments/" + j, q.segments().get(j), "a quote segment");
    }
    if (inside) {
      segmentTexts(path, q);
    }
    q.cue().ifPresent(cue -> {
      span(path + "/cue", cue);
      nonEmpty(path + "/cue", cue, "a cue");
    });
    q.speaker().ifPresent(speaker -> member(path + "/speaker", speaker, entities));
    if (q.speakerMention().isPresent()) {
      Mention m = q.speakerMention().get();
      Mention known = mentions.get(m.id());
      if (known != m && !m.equals(known)) {
        problem(path + "/speakerMention", "mention \"" + m.id()
            + "\" must be one of the article's mentions");
      } else if (q.speaker().isEmpty()) {
        problem(path + "/speakerMention", "quote " + q.id()
            + " has a speaker mention but no speaker");
      } else if (!m.entity().equals(q.speaker().get())) {
        problem(path + "/speakerMention", "mention \"" + m.id() + "\" refers to "
            + m.entity().id() + ", not to the speaker " + q.speaker().get().id());
      }
    }
  }

  /**
   * Checks that the quote's text is its segments' covered texts joined with one space; reports
   * each segment whose part of the text differs. The quote's constructor made the lengths agree.
   */
  private void segmentTexts(String path, Quote q) {
    int at = 0;
    for (int j = 0; j < q.segments().size(); j++) {
      Span s = q.segments().get(j);
      if (j > 0 && q.text().charAt(at++) != ' ') {
        problem(path, "text " + Messages.excerpt(q.text()) + " must join the segments' covered "
            + "texts with one space");
      }
      if (!text.regionMatches(s.begin(), q.text(), at, s.length())) {
        problem(path + "/segments/" + j + "/text", Messages.coveredText(
            q.text().substring(at, at + s.length()), text.substring(s.begin(), s.end())));
      }
      at += s.length();
    }
  }

  private void metadata(Metadata m) {
    m.publisher().ifPresent(f -> fact("metadata/publisher", f));
    m.published().ifPresent(f -> fact("metadata/published", f));
    facts("metadata/updated", m.updated());
    facts("metadata/contributors", m.contributors());
    facts("metadata/credits", m.credits());
  }

  private void facts(String path, List<Fact> facts) {
    for (int i = 0; i < facts.size(); i++) {
      fact(path + "/" + i, facts.get(i));
    }
  }

  private void fact(String path, Fact f) {
    f.evidence().ifPresent(e -> span(path + "/evidence", e));
  }

  /**
   * Checks every item of {@code layer} as {@link #covered(String, Annotation, String)} does;
   * returns the indices of those that break a rule, or null when none does.
   */
  private BitSet covered(String layer, List<? extends Annotation> list, String what) {
    BitSet bad = null;
    for (int i = 0; i < list.size(); i++) {
      if (!covered(layer, i, list.get(i), what)) {
        bad = bad == null ? new BitSet(list.size()) : bad;
        bad.set(i);
      }
    }
    return bad;
  }

  /**
   * Checks item {@code index} of {@code layer} as {@link #covered(String, Annotation, String)}
   * does, building its path only when it breaks a rule.
   */
  private boolean covered(String layer, int index, Annotation a, String what) {
    Span s = a.span();
    boolean valid = s.end() <= text.length() && !s.isEmpty() && !splitsPair(s.begin())
        && !splitsPair(s.end())
        && Regions.matches(text, s.begin(), a.text());
    return valid || covered(layer + "/" + index, a, what);
  }

  /** Checks that the annotation is not empty, its span, and its covered text. */
  private boolean covered(String path, Annotation a, String what) {
    if (!span(path, a.span()) || !nonEmpty(path, a.span(), what)) {
      return false;
    }
    if (!Regions.matches(text, a.span().begin(), a.text())) {
      problem(path + "/text", Messages.coveredText(a.text(),
          text.substring(a.span().begin(), a.span().end())));
      return false;
    }
    return true;
  }

  private boolean nonEmpty(String path, Span s, String what) {
    if (s.isEmpty()) {
      problem(path, what + " must cover some text; " + s + " is empty");
      return false;
    }
    return true;
  }

  private boolean span(String path, Span s) {
    if (s.end() > text.length()) {
      problem(path, "span " + s + " must lie inside the text (length " + text.length() + ")");
      return false;
    }
    int split = splitsPair(s.begin()) ? s.begin() : splitsPair(s.end()) ? s.end() : -1;
    if (split >= 0) {
      int codePoint = text.codePointAt(split - 1);
      problem(path, String.format(Locale.ROOT,
          "span %s must not split a surrogate pair: %d falls inside \"%s\" (U+%04X)", s, split,
          new String(Character.toChars(codePoint)), codePoint));
      return false;
    }
    return true;
  }

  private boolean splitsPair(int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  /**
   * Reports each item but the {@code bad} ones (none when null) that overlaps one before it in
   * document order. The
   * message quotes both texts: offsets would be in the wrong unit for readers of code points, and
   * paths inside messages would not be mapped to theirs.
   */
  private <A extends Annotation> void disjoint(String layer, String item, List<A> list,
      BitSet bad) {
    if (bad == null && inOrder(list)) {
      disjointInOrder(layer, item, list); // the usual case, without the indirection of indices
      return;
    }
    List<Integer> valid = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (bad == null || !bad.get(i)) {
        valid.add(i);
      }
    }
    List<Integer> order = inOrder(list, valid) ? valid : valid.stream()
        .sorted(Comparator.comparing(i -> list.get(i).span()))
        .toList();
    int widest = -1; // the item seen so far that reaches furthest
    for (int k : order) {
      Span current = list.get(k).span();
      if (widest >= 0 && current.begin() < list.get(widest).span().end()) {
        overlap(layer, item, list, k, widest);
      }
      if (widest < 0 || current.end() > list.get(widest).span().end()) {
        widest = k;
      }
    }
  }

  /** Reports that item {@code k} of {@code list} overlaps item {@code widest}, before it. */
  private <A extends Annotation> void overlap(String layer, String item, List<A> list, int k,
      int widest) {
    problem(layer + "/" + k, Messages.excerpt(list.get(k).text()) + " overlaps the " + item + " "
        + Messages.excerpt(list.get(widest).text()) + "; " + layer + " must not overlap");
  }

  /** Checks {@code list}, every item of which is valid and in document order, as above. */
  private <A extends Annotation> void disjointInOrder(String layer, String item, List<A> list) {
    int widest = -1;
    int reach = -1;
    for (int k = 0; k < list.size(); k++) {
      Span current = list.get(k).span();
      if (widest >= 0 && current.begin() < reach) {
        overlap(layer, item, list, k, widest);
      }
      if (widest < 0 || current.end() > reach) {
        widest = k;
        reach = current.end();
      }
    }
  }

  /** Returns whether the items of {@code list} are in document order. */
  private static boolean inOrder(List<? extends Annotation> list) {
    for (int k = 1; k < list.size(); k++) {
      if (list.get(k - 1).span().compareTo(list.get(k).span()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the {@code valid} items of {@code list} are already in document order. */
  private static boolean inOrder(List<? extends Annotation> list, List<Integer> valid) {
    for (int k = 1; k < valid.size(); k++) {
      if (list.get(valid.get(k - 1)).span().compareTo(list.get(valid.get(k)).span()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Finds the last paragraph starting at or before the sentence; only it can cover it. */
  private static boolean insideOne(Span sentence, List<Span> sortedParagraphs) {
    int i = SpanSearch.lastBeginningAtOrBefore(sortedParagraphs, s -> s, sentence.begin());
    return i >= 0 && sortedParagraphs.get(i).covers(sentence);
  }

  private void problem(String path, String message) {
    problems.add(new Problem(path, message));
  }
}
