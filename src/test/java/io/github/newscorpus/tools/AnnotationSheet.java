package io.github.newscorpus.tools;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.token.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles an annotation sheet, the hand-written source of the bundled gold annotation, into an
 * {@link Article}. A sheet names every annotation by a snippet of its paragraph with the target in
 * braces ({@code name e-trump {Trump}’s demand}), so no offset is ever typed by hand; the snippet
 * must occur exactly once in its paragraph. {@code " ... "} inside braces skips any text. The
 * format is described in {@code corpus/annotation/README.md}. Tokens are not in the sheet: they
 * are the {@link Tokenizer}'s, by the rules in {@code corpus/GUIDELINES.md}.
 */
public final class AnnotationSheet {

  private static final Pattern ENTITY = Pattern.compile("entity (\\S+) ([A-Z_]+) (.+)");
  private static final Pattern PARAGRAPH = Pattern.compile("¶ (\\d+) ([A-Z]+) (.+)");
  private static final Pattern MENTION = Pattern.compile("(name|nominal|pronoun) (\\S+) (.+)");
  private static final Pattern QUOTE = Pattern.compile("quote ([A-Z]+) (\\S+)");
  private static final Pattern FACT =
      Pattern.compile("(published|updated|contributor|credit) ([^|]+?)((?: \\| [^|]+)*)");
  private static final String ELISION = " ... ";

  private final String text;
  private final List<Span> lines;
  private String id;
  private Optional<Fact> publisher = Optional.empty();
  private Optional<Fact> published = Optional.empty();
  private final List<Fact> updated = new ArrayList<>();
  private final List<Fact> contributors = new ArrayList<>();
  private final List<Fact> credits = new ArrayList<>();
  private final Map<String, EntityDraft> entities = new LinkedHashMap<>();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<MentionDraft> mentions = new ArrayList<>();
  private final List<QuoteDraft> quotes = new ArrayList<>();

  private int lineNumber;
  private EntityDraft entity;
  private Span paragraph;
  private final List<Integer> splits = new ArrayList<>();
  private QuoteDraft quote;

  private AnnotationSheet(String text) {
    this.text = text;
    this.lines = nonEmptyLines(text);
  }

  /**
   * Compiles {@code sheet} against {@code text}.
   *
   * @throws IllegalArgumentException naming the sheet line of the first problem
   */
  public static Article compile(String sheet, String text) {
    AnnotationSheet compiler = new AnnotationSheet(text);
    String[] rows = sheet.split("\n", -1);
    for (int i = 0; i < rows.length; i++) {
      compiler.lineNumber = i + 1;
      try {
        compiler.row(rows[i]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("sheet line " + (i + 1) + ": " + e.getMessage()
            + "\n  " + rows[i], e);
      }
    }
    compiler.endParagraph();
    return compiler.build();
  }

  /** Returns the extent of each non-empty line, trimmed, in order. */
  static List<Span> nonEmptyLines(String text) {
    List<Span> result = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      Span trimmed = trim(text, new Span(start, end));
      if (!trimmed.isEmpty()) {
        result.add(trimmed);
      }
      start = end + 1;
    }
    return result;
  }

  private static Span trim(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  private void row(String raw) {
    String stripped = raw.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return;
    }
    int indent = raw.length() - raw.stripLeading().length();
    switch (indent) {
      case 0 -> top(stripped);
      case 2 -> inner(stripped);
      case 4 -> quoteLine(stripped);
      default -> throw new IllegalArgumentException("indent must be 0, 2 or 4 spaces, not " + indent);
    }
  }

  private void top(String row) {
    entity = null;
    quote = null;
    Matcher m;
    if (row.startsWith("article ")) {
      id = row.substring("article ".length());
    } else if (row.startsWith("publisher ")) {
      publisher = Optional.of(fact(row.substring("publisher ".length()), Optional.empty()));
    } else if ((m = ENTITY.matcher(row)).matches()) {
      endParagraph();
      if (entities.containsKey(m.group(1))) {
        throw new IllegalArgumentException("entity " + m.group(1) + " is defined twice");
      }
      entity = new EntityDraft(m.group(1), EntityType.valueOf(m.group(2)), m.group(3));
      entities.put(entity.id, entity);
    } else if ((m = PARAGRAPH.matcher(row)).matches()) {
      endParagraph();
      int n = Integer.parseInt(m.group(1));
      if (n != paragraphs.size() + 1) {
        throw new IllegalArgumentException("expected paragraph " + (paragraphs.size() + 1));
      }
      paragraph = lines.get(n - 1);
      String lineText = text.substring(paragraph.begin(), paragraph.end());
      if (!lineText.startsWith(m.group(3))) {
        throw new IllegalArgumentException("paragraph " + n + " starts \""
            + lineText.substring(0, Math.min(40, lineText.length())) + "\"");
      }
      paragraphs.add(new Paragraph(paragraph, lineText, ParagraphKind.valueOf(m.group(2))));
    } else {
      throw new IllegalArgumentException("expected article, publisher, entity or ¶");
    }
  }

  private void inner(String row) {
    quote = null;
    if (entity != null) {
      entityLine(row);
      return;
    }
    if (paragraph == null) {
      throw new IllegalArgumentException("an indented line must follow an entity or a ¶ line");
    }
    Matcher m;
    if (row.startsWith("split ")) {
      splits.add(find(row.substring("split ".length())).get(0).begin());
    } else if ((m = MENTION.matcher(row)).matches()) {
      List<Span> found = find(m.group(3));
      if (found.size() != 1) {
        throw new IllegalArgumentException("a mention snippet must have one {…} group");
      }
      mentions.add(new MentionDraft(found.get(0), entity(m.group(2)),
          MentionKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), lineNumber));
    } else if ((m = QUOTE.matcher(row)).matches()) {
      Optional<EntityDraft> speaker = m.group(2).equals("-")
          ? Optional.empty() : Optional.of(entity(m.group(2)));
      quote = new QuoteDraft(QuoteKind.valueOf(m.group(1)), speaker, lineNumber);
      quotes.add(quote);
    } else if ((m = FACT.matcher(row)).matches()) {
      Fact f = fact(m.group(2).strip() + m.group(3), Optional.of(paragraph));
      switch (m.group(1)) {
        case "published" -> published = Optional.of(f);
        case "updated" -> updated.add(f);
        case "contributor" -> contributors.add(f);
        default -> credits.add(f);
      }
    } else {
      throw new IllegalArgumentException(
          "expected split, name, nominal, pronoun, quote, published, updated, contributor or credit");
    }
  }

  private void entityLine(String row) {
    int space = row.indexOf(' ');
    String key = space < 0 ? row : row.substring(0, space);
    String value = space < 0 ? "" : row.substring(space + 1);
    switch (key) {
      case "role" -> entity.role = Optional.of(value);
      case "affiliation" -> entity.affiliation = Optional.of(value);
      case "alias" -> entity.extraAliases.add(value);
      case "note" -> entity.note = Optional.of(value);
      default -> throw new IllegalArgumentException("expected role, affiliation, alias or note");
    }
  }

  private void quoteLine(String row) {
    if (quote == null) {
      throw new IllegalArgumentException("a 4-space line must follow a quote line");
    }
    if (row.startsWith("content ")) {
      quote.segments.addAll(find(row.substring("content ".length())));
    } else if (row.startsWith("cue ")) {
      quote.cue = Optional.of(single(row.substring("cue ".length())));
    } else if (row.startsWith("by ")) {
      quote.by = Optional.of(single(row.substring("by ".length())));
    } else {
      throw new IllegalArgumentException("expected content, cue or by");
    }
  }

  /** Reads {@code value | at {snippet} | inferred: reason}; evidence needs a paragraph. */
  private Fact fact(String spec, Optional<Span> scope) {
    String[] parts = spec.split(" \\| ");
    Optional<Span> evidence = Optional.empty();
    Optional<String> inference = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("at ") && scope.isPresent()) {
        evidence = Optional.of(single(parts[i].substring("at ".length())));
      } else if (parts[i].startsWith("inferred: ")) {
        inference = Optional.of(parts[i].substring("inferred: ".length()));
      } else {
        throw new IllegalArgumentException("expected \"at {…}\" (inside a ¶) or \"inferred: …\"");
      }
    }
    return new Fact(parts[0].strip(), evidence, inference);
  }

  private Span single(String snippet) {
    List<Span> found = find(snippet);
    if (found.size() != 1) {
      throw new IllegalArgumentException("the snippet must have exactly one {…} group");
    }
    return found.get(0);
  }

  /**
   * Returns the spans of the snippet's {…} groups, which must match exactly once in the current
   * paragraph.
   */
  private List<Span> find(String snippet) {
    StringBuilder regex = new StringBuilder();
    int groups = 0;
    int i = 0;
    while (i < snippet.length()) {
      int open = snippet.indexOf('{', i);
      if (open < 0) {
        regex.append(literal(snippet.substring(i)));
        break;
      }
      int close = snippet.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed { in snippet");
      }
      regex.append(literal(snippet.substring(i, open)))
          .append('(').append(literal(snippet.substring(open + 1, close))).append(')');
      groups++;
      i = close + 1;
    }
    if (groups == 0) {
      throw new IllegalArgumentException("the snippet marks nothing with {…}");
    }
    Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text);
    m.region(paragraph.begin(), paragraph.end());
    List<Span> result = null;
    int matches = 0;
    int from = paragraph.begin();
    while (from <= paragraph.end()) {
      m.region(from, paragraph.end());
      if (!m.find()) {
        break;
      }
      matches++;
      if (result == null) {
        result = new ArrayList<>();
        for (int g = 1; g <= groups; g++) {
          result.add(new Span(m.start(g), m.end(g)));
        }
      }
      from = m.start() + 1;
    }
    if (matches != 1) {
      throw new IllegalArgumentException("the snippet matches " + matches
          + " times in paragraph " + paragraphs.size() + "; it must match once");
    }
    return result;
  }

  /** Quotes literal text, turning each " ... " into a lazy gap. */
  private static String literal(String s) {
    return List.of(s.split(Pattern.quote(ELISION), -1)).stream()
        .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
        .collect(Collectors.joining(".+?"));
  }

  private EntityDraft entity(String entityId) {
    EntityDraft e = entities.get(entityId);
    if (e == null) {
      throw new IllegalArgumentException("unknown entity " + entityId);
    }
    return e;
  }

  private void endParagraph() {
    if (paragraph == null) {
      return;
    }
    List<Integer> bounds = new ArrayList<>();
    bounds.add(paragraph.begin());
    splits.stream().sorted().forEach(bounds::add);
    bounds.add(paragraph.end());
    for (int i = 0; i + 1 < bounds.size(); i++) {
      Span s = trim(text, new Span(bounds.get(i), bounds.get(i + 1)));
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty sentence in paragraph " + paragraphs.size());
      }
      sentences.add(new Sentence(s, text.substring(s.begin(), s.end())));
    }
    splits.clear();
    paragraph = null;
  }

  private Article build() {
    if (id == null) {
      throw new IllegalArgumentException("the sheet has no article line");
    }
    if (paragraphs.size() != lines.size()) {
      throw new IllegalArgumentException("the sheet covers " + paragraphs.size() + " of the "
          + lines.size() + " paragraphs");
    }
    mentions.sort(Comparator.comparing(d -> d.span));
    quotes.sort(Comparator.comparing(d -> d.segments.get(0)));
    Map<String, Entity> built = new LinkedHashMap<>();
    for (EntityDraft d : entities.values()) {
      built.put(d.id, d.build(mentions, text));
    }
    List<Mention> mentionList = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      MentionDraft d = mentions.get(i);
      mentionList.add(new Mention("m" + (i + 1), d.span, text.substring(d.span.begin(), d.span.end()),
          built.get(d.entity.id), d.kind));
    }
    List<Quote> quoteList = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      quoteList.add(quotes.get(i).build("q" + (i + 1), text, built, mentionList));
    }
    return Article.builder(id, text)
        .metadata(new Metadata(publisher, published, updated, contributors, credits))
        .paragraphs(paragraphs)
        .sentences(sentences)
        .tokens(Tokenizer.tokenize(text))
        .entities(List.copyOf(built.values()))
        .mentions(mentionList)
        .quotes(quoteList)
        .build();
  }

  private static final class EntityDraft {
    final String id;
    final EntityType type;
    final String name;
    Optional<String> role = Optional.empty();
    Optional<String> affiliation = Optional.empty();
    Optional<String> note = Optional.empty();
    final List<String> extraAliases = new ArrayList<>();

    EntityDraft(String id, EntityType type, String name) {
      this.id = id;
      this.type = type;
      this.name = name;
    }

    /** Aliases are the distinct texts of its name mentions, in order, then any extra ones. */
    Entity build(List<MentionDraft> sortedMentions, String text) {
      Set<String> aliases = new LinkedHashSet<>();
      for (MentionDraft m : sortedMentions) {
        if (m.entity == this && m.kind == MentionKind.NAME) {
          aliases.add(text.substring(m.span.begin(), m.span.end()));
        }
      }
      aliases.addAll(extraAliases);
      return new Entity(id, name, type, List.copyOf(aliases), role, affiliation, Map.of(), note);
    }
  }

  private record MentionDraft(Span span, EntityDraft entity, MentionKind kind, int line) {}

  private static final class QuoteDraft {
    final QuoteKind kind;
    final Optional<EntityDraft> speaker;
    final int line;
    final List<Span> segments = new ArrayList<>();
    Optional<Span> cue = Optional.empty();
    Optional<Span> by = Optional.empty();

    QuoteDraft(QuoteKind kind, Optional<EntityDraft> speaker, int line) {
      this.kind = kind;
      this.speaker = speaker;
      this.line = line;
    }

    Quote build(String id, String text, Map<String, Entity> entities, List<Mention> mentions) {
      if (segments.isEmpty()) {
        throw new IllegalArgumentException("sheet line " + line + ": quote has no content");
      }
      segments.sort(Comparator.naturalOrder());
      Optional<Entity> speakerEntity = speaker.map(s -> entities.get(s.id));
      Optional<Mention> speakerMention = by.map(span -> mentions.stream()
          .filter(m -> m.span().equals(span) && Optional.of(m.entity()).equals(speakerEntity))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("sheet line " + line + ": the speaker "
              + "mention " + span + " is not a mention of the speaker")));
      String joined = segments.stream().map(s -> text.substring(s.begin(), s.end()))
          .collect(Collectors.joining(" "));
      return new Quote(id, kind, segments, joined, speakerEntity, speakerMention, cue);
    }
  }
}
