package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the documents of the schema agreement test: small.json (see {@link Small}) with a
 * token layer and every metadata field added, then changed at one place at a time, by every change
 * that applies there (a field deleted, a value of another type, blank and odd strings, surrogates,
 * offsets written as {@code 5.0}, {@code 5.5}, {@code -1}, 2<sup>31</sup>, enum constants known and
 * unknown, extra and repeated fields, empty arrays, items copied, ids reused, offsets swapped), and
 * then in two places at once, by pairs of those changes chosen with a seeded {@link Random}. Each
 * document carries what the format says of it, worked out from the change and the base document
 * alone: both accept it, both refuse it (the schema can tell), or only the reader refuses it (a
 * {@link ReaderOnlyRule}).
 */
final class SchemaMutations {

  /** What the schema and the reader should say of a document. */
  enum Verdict { ACCEPT, REFUSE, READER_ONLY }

  /**
   * Holds a verdict and, for {@code READER_ONLY}, the rule the document breaks.
   *
   * @param verdict what the schema and the reader should say
   * @param rule the reader-only rule broken; null unless {@code READER_ONLY}
   */
  record Expect(Verdict verdict, ReaderOnlyRule rule) {
    static final Expect ACCEPT = new Expect(Verdict.ACCEPT, null);
    static final Expect REFUSE = new Expect(Verdict.REFUSE, null);

    static Expect readerOnly(ReaderOnlyRule rule) {
      return new Expect(Verdict.READER_ONLY, rule);
    }

    /** Returns what a document with both changes should get: a refusal wins, then reader-only. */
    Expect and(Expect other) {
      return verdict == Verdict.REFUSE || other.verdict == Verdict.ACCEPT ? this : other;
    }

    @Override
    public String toString() {
      return rule == null ? verdict.name() : verdict + " (" + rule + ")";
    }
  }

  /**
   * Holds one generated document.
   *
   * @param name what was changed where, such as {@code /articles/0/entities/0/name = " "}
   * @param expect what the schema and the reader should say
   * @param json the document's bytes, UTF-8
   */
  record Document(String name, Expect expect, byte[] json) {}

  /** One change: what it does, where, what it makes of the document, and whether it pairs. */
  private record Change(String name, String site, Expect expect, Consumer<ObjectNode> edit,
      boolean pairs) {}

  /** What a value is to the format, which decides what a change of it does. */
  private enum Role {
    FORMAT, ARTICLE_ID, ARTICLE_TEXT, ID, REFERENCE, NON_BLANK, FREE, PARAGRAPH_TEXT,
    EVIDENCE_TEXT, COVERED_TEXT, OFFSET, ENUM, STRUCTURE
  }

  /**
   * Blank strings: empty, or whitespace only (Java's {@code Character.isWhitespace}, which the
   * schema's nonBlank pattern spells out; SchemaAgreementTest checks that they are the same).
   */
  private static final List<String> BLANK = List.of("", " ", "\t", "\r\n", "\u000b", "\u001c",
      "\u001f", "\u1680", "\u2006", "\u2008", "\u2028", "\u205f", "\u3000");
  /**
   * Strings that look blank, or are whitespace to other definitions (ECMA-262's \s has U+00A0,
   * U+2007, U+202F and U+FEFF; Unicode's White_Space has U+0085), but are not blank.
   */
  private static final List<String> NOT_BLANK = List.of("\u00a0", "\u2007", "\u202f", "\ufeff",
      "\u0085", "\u200b", "\u0000", " x ", "👋");

  /** The role of a value by its JSON pointer, the first pattern that matches deciding. */
  private static final Map<Pattern, Role> ROLES = roles(
      "/format", Role.FORMAT,
      "/articles/\\d+/id", Role.ARTICLE_ID,
      "/articles/\\d+/text", Role.ARTICLE_TEXT,
      ".*/(entities|mentions|quotes)/\\d+/id", Role.ID,
      ".*/(mentions/\\d+/entity|entities/\\d+/affiliation|quotes/\\d+/speaker(Mention)?)",
      Role.REFERENCE,
      ".*/(entities/\\d+/name|aliases/\\d+|externalIds/[^/]+|value|inferred)", Role.NON_BLANK,
      ".*/entities/\\d+/(role|note)", Role.FREE,
      ".*/paragraphs/\\d+/text", Role.PARAGRAPH_TEXT,
      ".*/evidence/text", Role.EVIDENCE_TEXT,
      ".*/text", Role.COVERED_TEXT,
      ".*/(begin|end)", Role.OFFSET,
      ".*/(kind|type)", Role.ENUM);

  private static Map<Pattern, Role> roles(Object... patternsAndRoles) {
    Map<Pattern, Role> roles = new LinkedHashMap<>();
    for (int i = 0; i < patternsAndRoles.length; i += 2) {
      roles.put(Pattern.compile((String) patternsAndRoles[i]), (Role) patternsAndRoles[i + 1]);
    }
    return roles;
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("\"@@N:([^@]*)@@\"");
  private static final Pattern ESCAPE = Pattern.compile("@@U:([0-9a-f]{4})@@");

  private final ObjectNode base;
  private final Random random;
  private final List<Change> changes = new ArrayList<>();
  private final Set<String> referenced = new HashSet<>();
  private final List<String> ids = new ArrayList<>();
  private final int textLength;

  private SchemaMutations(long seed) {
    this.base = base();
    this.random = new Random(seed);
    walk(base, "", (pointer, node) -> {
      if (role(pointer) == Role.REFERENCE) {
        referenced.add(node.asText());
      } else if (role(pointer) == Role.ID) {
        ids.add(node.asText());
      }
    });
    this.textLength = base.at("/articles/0/text").asText().codePointCount(0,
        base.at("/articles/0/text").asText().length());
  }

  /**
   * Returns every document: each change alone, in the order of the places in the base document,
   * then {@code pairs} pairs of changes at places apart from each other, chosen with {@code seed}.
   */
  static List<Document> documents(long seed, int pairs) {
    SchemaMutations m = new SchemaMutations(seed);
    m.changes();
    List<Document> documents = new ArrayList<>();
    for (Change c : m.changes) {
      documents.add(m.document(c.site + " " + c.name, c.expect, List.of(c)));
    }
    List<Change> pairable = m.changes.stream().filter(Change::pairs).toList();
    for (int made = 0; made < pairs; ) {
      Change a = pairable.get(m.random.nextInt(pairable.size()));
      Change b = pairable.get(m.random.nextInt(pairable.size()));
      if (!nested(a.site, b.site)) {
        documents.add(m.document(a.site + " " + a.name + " and " + b.site + " " + b.name,
            a.expect.and(b.expect), List.of(a, b)));
        made++;
      }
    }
    return documents;
  }

  /** Returns small.json with a token layer, a publication time, an update and a photo credit. */
  static ObjectNode base() {
    ObjectNode root;
    try {
      root = (ObjectNode) MAPPER.readTree(Small.JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode article = (ObjectNode) root.at("/articles/0");
    ObjectNode metadata = (ObjectNode) article.get("metadata");
    metadata.set("published", NODES.objectNode().put("value", "2017-02-22T03:00")
        .put("inferred", "made up for a test"));
    metadata.set("updated", NODES.arrayNode().add(NODES.objectNode()
        .put("value", "2017-02-23T10:00").put("inferred", "made up too")));
    metadata.set("credits", NODES.arrayNode().add(NODES.objectNode().put("value", "Ann")
        .<ObjectNode>set("evidence", span(0, 3, "Ann")).put("inferred", "the first name")));
    // "Ann said “Hi 👋 there.”\nBob left.": 👋 is code point 13, the line break 22
    ArrayNode tokens = NODES.arrayNode().add(span(0, 3, "Ann")).add(span(4, 8, "said"))
        .add(span(9, 10, "“")).add(span(10, 12, "Hi")).add(span(13, 14, "👋"))
        .add(span(15, 20, "there")).add(span(20, 21, ".")).add(span(21, 22, "”"))
        .add(span(23, 26, "Bob")).add(span(27, 31, "left")).add(span(31, 32, "."));
    article.set("tokens", tokens);
    return root;
  }

  private static ObjectNode span(int begin, int end, String text) {
    return NODES.objectNode().put("begin", begin).put("end", end).put("text", text);
  }

  /** Calls {@code visit} on every value of {@code node}, depth first, in document order. */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
    visit.accept(pointer, node);
    if (node.isObject()) {
      node.properties().forEach(f -> walk(f.getValue(), pointer + "/" + f.getKey(), visit));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  /** Returns the role of the value at {@code p}: the first whose pattern matches. */
  private static Role role(String p) {
    for (Map.Entry<Pattern, Role> e : ROLES.entrySet()) {
      if (e.getKey().matcher(p).matches()) {
        return e.getValue();
      }
    }
    return Role.STRUCTURE;
  }

  /** Returns the names of the constants a kind or type may take at {@code p}. */
  private static List<String> constants(String p) {
    Enum<?>[] constants = p.contains("/paragraphs/") ? ParagraphKind.values()
        : p.contains("/mentions/") ? MentionKind.values()
        : p.contains("/quotes/") ? QuoteKind.values() : EntityType.values();
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  /** Returns the fields an object at {@code p} must have, as the format defines it. */
  private static Set<String> required(String p, JsonNode object) {
    if (p.isEmpty()) {
      return Set.of("format", "articles");
    } else if (p.matches("/articles/\\d+")) {
      return Set.of("id", "text");
    } else if (p.matches(".*/metadata/(publisher|published|updated/\\d+|contributors/\\d+|credits/\\d+)")) {
      Set<String> required = new HashSet<>(Set.of("value"));
      if (!object.has("evidence")) {
        required.add("inferred");
      } else if (!object.has("inferred")) {
        required.add("evidence");
      }
      return required;
    } else if (p.matches(".*/paragraphs/\\d+")) {
      return Set.of("begin", "end", "text", "kind");
    } else if (p.matches(".*/entities/\\d+")) {
      return Set.of("id", "name", "type");
    } else if (p.matches(".*/mentions/\\d+")) {
      return Set.of("id", "begin", "end", "text", "entity", "kind");
    } else if (p.matches(".*/quotes/\\d+")) {
      return object.has("speakerMention") ? Set.of("id", "kind", "segments", "speaker")
          : Set.of("id", "kind", "segments");
    } else if (p.matches(".*/(sentences/\\d+|tokens/\\d+|segments/\\d+|cue|evidence)")) {
      return Set.of("begin", "end", "text");
    }
    return Set.of(); // metadata, externalIds
  }


  /** Returns whether one site is the other or lies inside it. */
  private static boolean nested(String a, String b) {
    return (a + "/").startsWith(b + "/") || (b + "/").startsWith(a + "/");
  }

  private void add(String site, String name, Expect expect, boolean pairs,
      Consumer<ObjectNode> edit) {
    changes.add(new Change(name, site, expect, edit, pairs));
  }

  private void changes() {
    walk(base, "", this::changesAt);
    targeted();
  }

  /** Adds every change that applies to the value at {@code p}. */
  private void changesAt(String p, JsonNode node) {
    Role role = role(p);
    if (!p.isEmpty()) {
      deletion(p);
      List<JsonNode> others = new ArrayList<>(List.of(NODES.booleanNode(true),
          NODES.numberNode(7), NODES.textNode("x"), NODES.arrayNode(), NODES.objectNode()));
      others.removeIf(other -> other.getNodeType() == node.getNodeType());
      // null, and one other type at random
      for (JsonNode other : List.of(NODES.nullNode(), others.get(random.nextInt(others.size())))) {
        add(p, "= " + other, Expect.REFUSE, true, root -> set(root, p, other.deepCopy()));
      }
    }
    if (node.isTextual()) {
      strings(p, role, node.asText());
    } else if (role == Role.OFFSET) {
      offsets(p, node.asInt());
    } else if (node.isObject()) {
      objects(p, (ObjectNode) node);
    } else if (node.isArray() && !node.isEmpty()) {
      add(p, "= []", emptied(p), false, root -> set(root, p, NODES.arrayNode()));
    }
  }

  /** Adds the deletion of the value at {@code p}, a field or an array item. */
  private void deletion(String p) {
    JsonPointer pointer = JsonPointer.compile(p);
    JsonNode parent = base.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    Expect expect;
    if (parent.isObject()) {
      expect = required(pointer.head().toString(), parent).contains(last) ? Expect.REFUSE
          : removal(p);
    } else if (p.matches(".*/segments/\\d+") && parent.size() == 1) {
      expect = Expect.REFUSE; // a quote has at least one segment
    } else if (p.matches(".*/paragraphs/\\d+") && base.at("/articles/0/sentences").size() > 0) {
      // the base's sentences are its paragraphs, so each one left without its paragraph
      expect = Expect.readerOnly(ReaderOnlyRule.SENTENCE_IN_PARAGRAPH);
    } else {
      expect = removal(p);
    }
    add(p, "deleted", expect, false, root -> remove(root, p));
  }

  /** Returns what removing the value at {@code p} does: it may hold ids referenced elsewhere. */
  private Expect removal(String p) {
    Set<String> inside = new HashSet<>();
    walk(base.at(p), p, (q, n) -> {
      if (role(q) == Role.ID) {
        inside.add(n.asText());
      }
    });
    Set<String> outside = new HashSet<>();
    walk(base, "", (q, n) -> {
      if (role(q) == Role.REFERENCE && !nested(p, q)) {
        outside.add(n.asText());
      }
    });
    inside.retainAll(outside);
    return inside.isEmpty() ? Expect.ACCEPT : Expect.readerOnly(ReaderOnlyRule.REFERENCE);
  }

  private Expect emptied(String p) {
    if (p.endsWith("/segments")) {
      return Expect.REFUSE;
    }
    return p.endsWith("/paragraphs") ? Expect.ACCEPT : removal(p); // no paragraphs, no rule
  }

  /** Adds blank, odd and random strings, and surrogates appended, at the string at {@code p}. */
  private void strings(String p, Role role, String original) {
    List<String> values = new ArrayList<>(BLANK);
    values.addAll(NOT_BLANK);
    for (int i = 0; i < 2; i++) { // a random blank string, and one made not blank by one character
      StringBuilder s = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        s.append(BLANK.get(1 + random.nextInt(BLANK.size() - 1)));
      }
      values.add(s.toString());
      s.insert(random.nextInt(s.length() + 1), NOT_BLANK.get(random.nextInt(NOT_BLANK.size())));
      values.add(s.toString());
    }
    if (role == Role.ENUM) {
      values.addAll(constants(p));
      values.addAll(List.of(original.toLowerCase(Locale.ROOT), original + " ",
          "NAMED", "UNKNOWN"));
    }
    if (role == Role.FORMAT) {
      values.addAll(List.of("newscorpus/1", "newscorpus/2", "newscorpus/1 "));
    }
    for (String v : values) {
      if (!v.equals(original)) {
        add(p, "= " + show(v), string(p, role, original, v),
            role != Role.ID && role != Role.REFERENCE, root -> set(root, p, NODES.textNode(v)));
      }
    }
    for (String lone : List.of("d800", "dc00", "dbff")) {
      add(p, "+ \\u" + lone, role == Role.ENUM || role == Role.FORMAT ? Expect.REFUSE
          : Expect.readerOnly(ReaderOnlyRule.LONE_SURROGATE), role != Role.ID
          && role != Role.REFERENCE, root -> set(root, p, NODES.textNode(original + "@@U:" + lone
          + "@@")));
    }
    add(p, "+ \\udc00\\ud800", role == Role.ENUM || role == Role.FORMAT ? Expect.REFUSE
        : Expect.readerOnly(ReaderOnlyRule.LONE_SURROGATE), false, root -> set(root, p,
        NODES.textNode(original + "@@U:dc00@@@@U:d800@@")));
    add(p, "+ \\ud83d\\udc4b", string(p, role, original, original + "👋"), false,
        root -> set(root, p, NODES.textNode(original + "@@U:d83d@@@@U:dc4b@@")));
  }

  /** Returns what the string at {@code p} changed from {@code original} to {@code v} does. */
  private Expect string(String p, Role role, String original, String v) {
    boolean blank = v.isBlank();
    return switch (role) {
      case FORMAT -> v.equals("newscorpus/1") ? Expect.ACCEPT : Expect.REFUSE;
      case ENUM -> constants(p).contains(v) ? Expect.ACCEPT : Expect.REFUSE;
      case ARTICLE_ID -> blank ? Expect.REFUSE : Expect.ACCEPT;
      case ID -> blank ? Expect.REFUSE : referenced.contains(original)
          ? Expect.readerOnly(ReaderOnlyRule.REFERENCE) : Expect.ACCEPT;
      case REFERENCE -> blank ? Expect.REFUSE : Expect.readerOnly(ReaderOnlyRule.REFERENCE);
      case NON_BLANK -> blank ? Expect.REFUSE : Expect.ACCEPT;
      case FREE -> Expect.ACCEPT;
      case PARAGRAPH_TEXT -> v.isEmpty() || v.contains("\n") || v.contains("\r") ? Expect.REFUSE
          : Expect.readerOnly(ReaderOnlyRule.COVERED_TEXT);
      case COVERED_TEXT -> v.isEmpty() ? Expect.REFUSE
          : Expect.readerOnly(ReaderOnlyRule.COVERED_TEXT);
      case EVIDENCE_TEXT -> Expect.readerOnly(ReaderOnlyRule.COVERED_TEXT);
      case ARTICLE_TEXT -> v.startsWith(original) ? Expect.ACCEPT // every span still fits
          : Expect.readerOnly(v.codePointCount(0, v.length()) < textLength
              ? ReaderOnlyRule.OFFSET_IN_TEXT : ReaderOnlyRule.COVERED_TEXT);
      default -> throw new IllegalArgumentException("no string at " + p);
    };
  }

  private static String show(String v) {
    StringBuilder s = new StringBuilder("\"");
    v.codePoints().forEach(c -> s.append(c < 0x20 || c > 0x7e && c < 0xa1 || c > 0x2000
        && c != 0x201c && c != 0x201d && c < 0x1f000 ? String.format("\\u%04x", c)
        : Character.toString(c)));
    return s.append('"').toString();
  }

  /** Adds offsets written in other forms, out of range, and moved, at the offset at {@code p}. */
  private void offsets(String p, int v) {
    Map<String, Expect> forms = new LinkedHashMap<>();
    for (String same : List.of(v + ".0", v + "E+0", v == 0 ? "-0.0" : v + "00e-2")) {
      forms.put(same, Expect.ACCEPT); // the same number: JSON Schema's integers include 5.0
    }
    // No number above 2^63 with an exponent: networknt 1.5.9 checks maximum against its low 64
    // bits, so 1e400 (0 in those bits) passes "maximum": 2147483647.
    for (String bad : List.of(v + ".5", v + ".0000001", "-1", "-0.5", "2147483648",
        "2.147483648e9", "1e10", "1e-400", "9".repeat(40))) {
      forms.put(bad, Expect.REFUSE);
    }
    for (String far : List.of("2147483647", "2147483647.0")) {
      forms.put(far, Expect.readerOnly(ReaderOnlyRule.OFFSET_IN_TEXT));
    }
    boolean end = p.endsWith("/end");
    forms.put(Integer.toString(v + 1), Expect.readerOnly(end && v + 1 > textLength
        ? ReaderOnlyRule.OFFSET_IN_TEXT : ReaderOnlyRule.COVERED_TEXT));
    if (v > 0) {
      forms.put((v - 1) + ".0", Expect.readerOnly(ReaderOnlyRule.COVERED_TEXT));
    }
    forms.forEach((literal, expect) -> add(p, "= " + literal, expect, true,
        root -> set(root, p, NODES.textNode("@@N:" + literal + "@@"))));
  }

  /** Adds extra, misspelt and repeated fields to the object at {@code p}. */
  private void objects(String p, ObjectNode object) {
    String first = object.fieldNames().next();
    add(p, "+ " + first + " again", Expect.readerOnly(ReaderOnlyRule.DUPLICATE_FIELD), true,
        root -> ((ObjectNode) root.at(p)).set("@@D:" + first, object.get(first).deepCopy()));
    if (p.endsWith("/externalIds")) { // a map: any name but a blank one
      add(p, "+ wikidata", Expect.ACCEPT, true, root -> put(root, p, "wikidata", "Q1"));
      add(p, "+ \\u00a0", Expect.ACCEPT, true, root -> put(root, p, "\u00a0", "Q1"));
      add(p, "+ \" \"", Expect.REFUSE, true, root -> put(root, p, " ", "Q1"));
      add(p, "+ \"\"", Expect.REFUSE, true, root -> put(root, p, "", "Q1"));
      add(p, "+ \\u3000", Expect.REFUSE, true, root -> put(root, p, "\u3000", "Q1"));
      add(p, "+ \\u001f\\u2028", Expect.REFUSE, true, root -> put(root, p, "\u001f\u2028", "Q1"));
      add(p, "+ wikidata: 1", Expect.REFUSE, true,
          root -> ((ObjectNode) root.at(p)).put("wikidata", 1));
      return;
    }
    add(p, "+ extra", Expect.REFUSE, true, root -> ((ObjectNode) root.at(p)).put("extra", 1));
    String misspelt = Character.toUpperCase(first.charAt(0)) + first.substring(1);
    add(p, "+ " + misspelt, Expect.REFUSE, true,
        root -> ((ObjectNode) root.at(p)).set(misspelt, object.get(first).deepCopy()));
  }

  /** Adds the changes that break one rule the base document keeps across places. */
  private void targeted() {
    String a = "/articles/0";
    for (String layer : List.of("paragraphs", "sentences", "tokens")) {
      add(a + "/" + layer, "+ a copy of item 0", Expect.readerOnly(ReaderOnlyRule.OVERLAP), false,
          root -> ((ArrayNode) root.at(a + "/" + layer)).add(root.at(a + "/" + layer + "/0")
              .deepCopy()));
    }
    appendCopy(a + "/mentions", "m9", Expect.readerOnly(ReaderOnlyRule.REPEATED_MENTION));
    appendCopy(a + "/mentions", null, Expect.readerOnly(ReaderOnlyRule.UNIQUE_ID));
    appendCopy(a + "/entities", "e-carl", Expect.ACCEPT);
    appendCopy(a + "/entities", null, Expect.readerOnly(ReaderOnlyRule.UNIQUE_ID));
    appendCopy(a + "/quotes", "q9", Expect.ACCEPT);
    appendCopy(a + "/quotes", null, Expect.readerOnly(ReaderOnlyRule.UNIQUE_ID));
    appendCopy("/articles", "wave-2", Expect.ACCEPT);
    appendCopy("/articles", null, Expect.readerOnly(ReaderOnlyRule.UNIQUE_ID));
    add("/articles", "= one article with an empty text", Expect.ACCEPT, false, root -> root.set(
        "articles", NODES.arrayNode().add(NODES.objectNode().put("id", "a").put("text", ""))));
    walk(base, "", (p, node) -> {
      if (role(p) == Role.ID) {
        for (String other : ids) {
          if (!other.equals(node.asText())) {
            add(p, "= " + other, Expect.readerOnly(ReaderOnlyRule.UNIQUE_ID), false,
                root -> set(root, p, NODES.textNode(other)));
          }
        }
      } else if (node.has("begin") && node.get("begin").asInt() < node.get("end").asInt()) {
        int begin = node.get("begin").asInt();
        int end = node.get("end").asInt();
        add(p, "begin and end swapped", Expect.readerOnly(ReaderOnlyRule.OFFSET_ORDER), false,
            root -> ((ObjectNode) root.at(p)).put("begin", end).put("end", begin));
        add(p, "emptied, its text kept", Expect.readerOnly(ReaderOnlyRule.COVERED_TEXT), false,
            root -> ((ObjectNode) root.at(p)).put("end", begin));
      }
    });
    String quote = a + "/quotes/0";
    add(a + "/metadata/contributors/0/evidence", "= an empty span", Expect.ACCEPT, false,
        root -> set(root, a + "/metadata/contributors/0/evidence", span(23, 23, "")));
    add(a + "/entities/1/affiliation", "= e-bob", Expect.readerOnly(
        ReaderOnlyRule.SELF_AFFILIATION), false, root -> set(root, a + "/entities/1/affiliation",
        NODES.textNode("e-bob")));
    add(a + "/entities/0", "+ affiliation e-ann", Expect.readerOnly(
        ReaderOnlyRule.SELF_AFFILIATION), false, root -> put(root, a + "/entities/0",
        "affiliation", "e-ann"));
    add(quote + "/speakerMention", "= m2", Expect.readerOnly(ReaderOnlyRule.SPEAKER_MENTION),
        false, root -> set(root, quote + "/speakerMention", NODES.textNode("m2")));
    add(quote + "/speaker", "= e-bob", Expect.readerOnly(ReaderOnlyRule.SPEAKER_MENTION), false,
        root -> set(root, quote + "/speaker", NODES.textNode("e-bob")));
    add(a + "/mentions/1/entity", "= e-ann", Expect.ACCEPT, false,
        root -> set(root, a + "/mentions/1/entity", NODES.textNode("e-ann")));
    add(quote + "/segments", "+ said, before", Expect.readerOnly(ReaderOnlyRule.SEGMENT_ORDER),
        false, root -> ((ArrayNode) root.at(quote + "/segments")).add(span(4, 8, "said")));
    add(quote + "/segments", "+ there, inside", Expect.readerOnly(ReaderOnlyRule.SEGMENT_ORDER),
        false, root -> ((ArrayNode) root.at(quote + "/segments")).add(span(15, 20, "there")));
    add(quote + "/segments", "+ Bob, after", Expect.ACCEPT, false,
        root -> ((ArrayNode) root.at(quote + "/segments")).add(span(23, 26, "Bob")));
    String text = base.at(a + "/text").asText();
    add(a + "/paragraphs", "= one paragraph over the line break", Expect.REFUSE, false,
        root -> set(root, a + "/paragraphs", NODES.arrayNode().add(span(0, 32, text)
            .put("kind", "BODY"))));
    add(a + "/sentences", "= one sentence over both paragraphs",
        Expect.readerOnly(ReaderOnlyRule.SENTENCE_IN_PARAGRAPH), false,
        root -> set(root, a + "/sentences", NODES.arrayNode().add(span(0, 32, text))));
  }

  /** Adds a copy of item 0 of the array at {@code p} at its end, with {@code id} when not null. */
  private void appendCopy(String p, String id, Expect expect) {
    add(p, "+ a copy of item 0" + (id == null ? "" : " as " + id), expect, false, root -> {
      ObjectNode copy = root.at(p + "/0").deepCopy();
      if (id != null) {
        copy.put("id", id);
      }
      ((ArrayNode) root.at(p)).add(copy);
    });
  }

  private static void set(ObjectNode root, String p, JsonNode value) {
    JsonPointer pointer = JsonPointer.compile(p);
    JsonNode parent = root.at(pointer.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), value);
    }
  }

  private static void put(ObjectNode root, String p, String name, String value) {
    ((ObjectNode) root.at(p)).put(name, value);
  }

  private static void remove(ObjectNode root, String p) {
    JsonPointer pointer = JsonPointer.compile(p);
    JsonNode parent = root.at(pointer.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(pointer.last().getMatchingProperty());
    } else {
      ((ArrayNode) parent).remove(pointer.last().getMatchingIndex());
    }
  }

  /**
   * Returns the base document with {@code changes} made, as UTF-8 JSON: a copy of the tree is
   * edited, written, and then the markers no tree can hold are replaced in the text: a number
   * literal ({@code @@N:5.0@@} in a string), an escape ({@code @@U:d800@@} inside a string) and a
   * field name repeated ({@code @@D:} before it).
   */
  private Document document(String name, Expect expect, List<Change> changes) {
    ObjectNode root = base.deepCopy();
    changes.forEach(c -> c.edit.accept(root));
    String json;
    try {
      json = MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    json = NUMBER.matcher(json).replaceAll("$1");
    json = ESCAPE.matcher(json).replaceAll(m -> Matcher.quoteReplacement("\\u" + m.group(1)));
    json = json.replace("\"@@D:", "\"");
    return new Document(name, expect, json.getBytes(StandardCharsets.UTF_8));
  }
}
