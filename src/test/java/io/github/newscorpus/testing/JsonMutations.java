package io.github.newscorpus.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates broken corpus files from valid seeds ({@link FuzzSeeds}): first changes to the JSON
 * tree (a field deleted, duplicated or given the wrong type, offsets shifted or swapped, a
 * reference left dangling, a huge number, an odd string, a gadget such as {@code "@class"}, deep
 * nesting, array items duplicated, deleted or swapped), then changes to the bytes (truncation at
 * a position of a chosen class, a flipped byte, invalid UTF-8, a byte-order mark, CRLF or CR line
 * ends, bytes deleted, duplicated or inserted). Every choice is a small integer, so jqwik shrinks
 * a failing case to a small one, and a case prints as the list of its changes.
 */
public final class JsonMutations {

  /** Names the two layouts of a corpus file. */
  public enum Layout {
    /** Corpus JSON, pretty-printed. */
    JSON,
    /** JSON Lines: a header line, then one compact article per line. */
    LINES
  }

  /** Names the changes made to the JSON tree. */
  public enum TreeChange {
    DELETE_FIELD, DUPLICATE_FIELD, WRONG_TYPE, SHIFT_OFFSET, SWAP_OFFSETS, DANGLING_REFERENCE,
    HUGE_NUMBER, ODD_STRING, GADGET, DUPLICATE_ITEM, DELETE_ITEM, SWAP_ITEMS, DEEP_NESTING, COPY_VALUE
  }

  /** Names the changes made to the bytes. */
  public enum ByteChange {
    TRUNCATE, FLIP, INVALID_UTF8, BOM, CRLF, LONE_CR, DELETE_RANGE, DUPLICATE_RANGE, INSERT
  }

  /** Names the classes of positions a file is truncated at. */
  public enum Position {
    STRUCTURAL, STRING, ESCAPE, NUMBER, LITERAL, WHITESPACE, NEWLINE, MULTIBYTE
  }

  /** One change to the tree; {@code pick} chooses the place, {@code variant} the value. */
  public record Tree(TreeChange change, int pick, int variant) {}

  /** One change to the bytes; {@code pick} chooses the place, {@code variant} the value. */
  public record Bytes(ByteChange change, int pick, int variant) {}

  /** One generated input: a seed and the changes made to it, in order. */
  public record Case(int seed, List<Tree> tree, List<Bytes> bytes) {

    /** Returns the file this case describes, laid out as {@code layout}. */
    public byte[] apply(Layout layout) {
      Document doc = new Document(SEEDS.get(seed % SEEDS.size()).deepCopy());
      for (Tree t : tree) {
        doc.apply(t);
      }
      byte[] out = doc.serialize(layout);
      for (Bytes b : bytes) {
        out = JsonMutations.apply(b, out);
      }
      return out;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The seeds as trees (JSON Lines files are laid out from the same trees). */
  static final List<ObjectNode> SEEDS = FuzzSeeds.corpora().stream().map(JsonMutations::tree).toList();

  private static final String[] WRONG_TYPES =
      {"\"x\"", "7", "-1", "1.5", "true", "false", "null", "[]", "{}", "[\"x\"]", "{\"id\": \"x\"}"};
  private static final String[] NUMBERS = {"2147483647", "2147483648", "-2147483649",
      "9223372036854775808", "1e400", "-0", "1E2", "0.0", "1" + "0".repeat(400), "-1", "4294967296",
      "1" + "0".repeat(1001), "0x10", "01", "NaN", "-", "1.", "2e", "1e-400", "0.5e1"};
  private static final String[] STRINGS = {"", " ", "\u0000", "\ud800", "\udc00x", "e\u0301",
      "😀", "\u202e", "<script>alert(1)</script>", "\"\\/", "\t\n\r", "x".repeat(5000), "\ufeff",
      "\uffff", "%20", "\u2028", "a\tb", "../x", "m1", "e-zoe"};
  private static final String[] REFERENCES = {"nope", "", "e-zoe", "e-mx", "m1", "m5", "q1",
      "e-ann", "E-ZOE", " e-zoe"};
  private static final String[] REFERENCE_FIELDS = {"entity", "speaker", "speakerMention", "affiliation"};
  private static final int[] DEPTHS = {10, 60, 61, 62, 63, 64, 65, 200, 100_000};
  private static final String[] INSERTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\n", " ",
      "null", "0", "\u0000", "\"a\":1,", "/*", "\r"};
  private static final byte[][] INVALID_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFE, (byte) 0xFF}};

  private JsonMutations() {}

  /**
   * Returns limits each so small that most seeds break it: a file of at most 30,000 characters, an
   * article of 12,000, a string of 400, nesting of 10, 4 articles, 120 annotations, 1,500 values.
   */
  public static Arbitrary<ReadLimits> smallLimits() {
    return Combinators.combine(Arbitraries.longs().between(1, 30_000),
        Arbitraries.longs().between(1, 12_000), Arbitraries.integers().between(1, 400),
        Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 1_500))
        .as(ReadLimits::new);
  }

  /** Returns cases with up to three tree changes and up to two byte changes. */
  public static Arbitrary<Case> cases() {
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Integer> variants = Arbitraries.integers().between(0, 1_000);
    Arbitrary<Tree> tree = Combinators.combine(Arbitraries.of(TreeChange.class), picks, variants)
        .as(Tree::new);
    Arbitrary<Bytes> bytes = Combinators.combine(Arbitraries.of(ByteChange.class), picks, variants)
        .as(Bytes::new);
    return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
        tree.list().ofMaxSize(3), bytes.list().ofMaxSize(2)).as(Case::new);
  }

  /** Returns the number of seeds; the last is the smallest. */
  public static int seeds() {
    return SEEDS.size();
  }

  /** Returns the seed {@code seed} laid out as {@code layout}, unchanged. */
  public static byte[] seed(int seed, Layout layout) {
    return new Document(SEEDS.get(seed).deepCopy()).serialize(layout);
  }

  private static ObjectNode tree(Corpus corpus) {
    try {
      return (ObjectNode) MAPPER.readTree(FuzzSeeds.bytes(corpus));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One place in the tree: a field of an object or an item of an array. */
  private record Slot(JsonNode parent, String field, int index, JsonNode value) {
    void set(JsonNode v) {
      if (parent instanceof ObjectNode o) {
        o.set(field, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }
  }

  /** A tree being changed, with the raw texts that stand in for marker strings. */
  private static final class Document {
    private final ObjectNode root;
    private final Map<String, String> raw = new HashMap<>();

    Document(ObjectNode root) {
      this.root = root;
    }

    /** Returns a string node that {@link #serialize} replaces by {@code text}, unquoted. */
    private TextNode raw(String text) {
      String marker = "\u0000RAW" + raw.size();
      raw.put(marker, text);
      return TextNode.valueOf(marker);
    }

    private List<Slot> slots() {
      List<Slot> slots = new ArrayList<>();
      collect(root, slots);
      return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
      if (node instanceof ObjectNode o) {
        for (Map.Entry<String, JsonNode> e : o.properties()) {
          slots.add(new Slot(o, e.getKey(), -1, e.getValue()));
          collect(e.getValue(), slots);
        }
      } else if (node instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          slots.add(new Slot(a, null, i, a.get(i)));
          collect(a.get(i), slots);
        }
      }
    }

    private static <T> T pick(List<T> list, int pick) {
      return list.get(pick % list.size());
    }

    void apply(Tree t) {
      List<Slot> all = slots();
      List<Slot> fields = all.stream().filter(s -> s.field() != null).toList();
      List<Slot> items = all.stream().filter(s -> s.field() == null).toList();
      List<JsonNode> objects = new ArrayList<>(List.of(root));
      all.stream().map(Slot::value).filter(JsonNode::isObject).forEach(objects::add);
      switch (t.change()) {
        case DELETE_FIELD -> {
          if (!fields.isEmpty()) {
            Slot s = pick(fields, t.pick());
            ((ObjectNode) s.parent()).remove(s.field());
          }
        }
        case DUPLICATE_FIELD -> {
          if (!fields.isEmpty()) {
            Slot s = pick(fields, t.pick());
            JsonNode value = t.variant() % 2 == 0 ? s.value().deepCopy() : pick(all, t.variant()).value().deepCopy();
            ((ObjectNode) s.parent()).set(s.field() + "\u0000DUP", value);
          }
        }
        case WRONG_TYPE -> {
          if (!all.isEmpty()) {
            pick(all, t.pick()).set(raw(WRONG_TYPES[t.variant() % WRONG_TYPES.length]));
          }
        }
        case SHIFT_OFFSET -> {
          List<Slot> offsets = fields.stream()
              .filter(s -> s.value().isInt() && (s.field().equals("begin") || s.field().equals("end")))
              .toList();
          if (!offsets.isEmpty()) {
            Slot s = pick(offsets, t.pick());
            int[] deltas = {-3, -2, -1, 1, 2, 3, 1000};
            s.set(NODES.numberNode(s.value().intValue() + deltas[t.variant() % deltas.length]));
          }
        }
        case SWAP_OFFSETS -> {
          List<ObjectNode> spans = objects.stream().filter(o -> o.has("begin") && o.has("end"))
              .map(o -> (ObjectNode) o).toList();
          if (!spans.isEmpty()) {
            ObjectNode a = pick(spans, t.pick());
            ObjectNode b = t.variant() % 2 == 0 ? a : pick(spans, t.variant());
            JsonNode begin = a.get("begin");
            a.set("begin", b.get("end"));
            b.set("end", begin);
          }
        }
        case DANGLING_REFERENCE -> {
          List<Slot> references = fields.stream()
              .filter(s -> List.of(REFERENCE_FIELDS).contains(s.field())).toList();
          if (!references.isEmpty()) {
            pick(references, t.pick()).set(TextNode.valueOf(REFERENCES[t.variant() % REFERENCES.length]));
          }
        }
        case HUGE_NUMBER -> {
          List<Slot> numbers = all.stream().filter(s -> s.value().isNumber()).toList();
          if (!numbers.isEmpty()) {
            pick(numbers, t.pick()).set(raw(NUMBERS[t.variant() % NUMBERS.length]));
          }
        }
        case ODD_STRING -> {
          List<Slot> strings = all.stream().filter(s -> s.value().isTextual()).toList();
          if (!strings.isEmpty()) {
            pick(strings, t.pick()).set(TextNode.valueOf(STRINGS[t.variant() % STRINGS.length]));
          }
        }
        case GADGET -> {
          ObjectNode o = (ObjectNode) pick(objects, t.pick());
          switch (t.variant() % 4) {
            case 0 -> o.put("@class", "java.lang.ProcessBuilder");
            case 1 -> o.put("@type", "com.sun.rowset.JdbcRowSetImpl");
            case 2 -> o.set("@class", raw("[\"java.lang.Runtime\", {}]"));
            default -> {
              List<Slot> objectSlots = all.stream().filter(s -> s.value().isObject()).toList();
              if (!objectSlots.isEmpty()) {
                Slot s = pick(objectSlots, t.pick());
                ArrayNode wrapper = NODES.arrayNode().add("java.lang.Runtime").add(s.value().deepCopy());
                s.set(wrapper);
              }
            }
          }
        }
        case DUPLICATE_ITEM -> {
          if (!items.isEmpty()) {
            Slot s = pick(items, t.pick());
            ((ArrayNode) s.parent()).insert(s.index(), s.value().deepCopy());
          }
        }
        case DELETE_ITEM -> {
          if (!items.isEmpty()) {
            Slot s = pick(items, t.pick());
            ((ArrayNode) s.parent()).remove(s.index());
          }
        }
        case SWAP_ITEMS -> {
          if (!items.isEmpty()) {
            Slot s = pick(items, t.pick());
            ArrayNode a = (ArrayNode) s.parent();
            int other = t.variant() % a.size();
            JsonNode x = a.get(other);
            a.set(other, s.value());
            a.set(s.index(), x);
          }
        }
        case DEEP_NESTING -> {
          if (!all.isEmpty()) {
            int depth = DEPTHS[t.variant() % DEPTHS.length];
            String nested = t.variant() % 2 == 0 ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            pick(all, t.pick()).set(raw(nested));
          }
        }
        case COPY_VALUE -> {
          if (!all.isEmpty()) {
            pick(all, t.pick()).set(pick(all, t.variant()).value().deepCopy());
          }
        }
        default -> throw new IllegalStateException(t.toString());
      }
    }

    byte[] serialize(Layout layout) {
      String text;
      try {
        if (layout == Layout.JSON) {
          text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } else {
          ObjectNode header = root.deepCopy();
          JsonNode articles = root.get("articles");
          StringBuilder lines = new StringBuilder();
          if (articles instanceof ArrayNode a) {
            header.remove("articles");
            lines.append(MAPPER.writeValueAsString(header)).append('\n');
            for (JsonNode article : a) {
              lines.append(MAPPER.writeValueAsString(article)).append('\n');
            }
          } else {
            lines.append(MAPPER.writeValueAsString(header)).append('\n');
          }
          text = lines.toString();
        }
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      text = text.replace("\\u0000DUP\"", "\"");
      for (Map.Entry<String, String> r : raw.entrySet()) {
        text = text.replace("\"\\u0000" + r.getKey().substring(1) + "\"", r.getValue());
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Classifies each byte of a JSON text by where it is: in a string, a number, whitespace… */
  static Position[] classify(byte[] b) {
    Position[] classes = new Position[b.length];
    boolean inString = false;
    boolean escape = false;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (inString) {
        if (c >= 0x80 && c < 0xC0) {
          classes[i] = Position.MULTIBYTE;
        } else if (escape) {
          classes[i] = Position.ESCAPE;
          escape = false;
        } else if (c == '\\') {
          classes[i] = Position.ESCAPE;
          escape = true;
        } else {
          classes[i] = Position.STRING;
          inString = c != '"';
        }
      } else if ("{}[]:,".indexOf(c) >= 0) {
        classes[i] = Position.STRUCTURAL;
      } else if (c == '"') {
        classes[i] = Position.STRING;
        inString = true;
      } else if (c == '-' || c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+') {
        classes[i] = Position.NUMBER;
      } else if (c == '\n') {
        classes[i] = Position.NEWLINE;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        classes[i] = Position.WHITESPACE;
      } else if (c >= 0x80) {
        classes[i] = Position.MULTIBYTE;
      } else {
        classes[i] = Position.LITERAL;
      }
    }
    return classes;
  }

  /** Applies one byte change. */
  public static byte[] apply(Bytes change, byte[] in) {
    int n = in.length;
    int at = n == 0 ? 0 : change.pick() % n;
    int v = change.variant();
    switch (change.change()) {
      case TRUNCATE -> {
        Position wanted = Position.values()[v % Position.values().length];
        Position[] classes = classify(in);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (classes[i] == wanted) {
            positions.add(i);
          }
        }
        int cut = positions.isEmpty() ? change.pick() % (n + 1) : positions.get(change.pick() % positions.size());
        return java.util.Arrays.copyOf(in, cut);
      }
      case FLIP -> {
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[at] ^= (byte) (v % 255 + 1);
        return out;
      }
      case INVALID_UTF8 -> {
        return insert(in, change.pick() % (n + 1), INVALID_UTF8[v % INVALID_UTF8.length]);
      }
      case BOM -> {
        return insert(in, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      case CRLF -> {
        return new String(in, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case LONE_CR -> {
        return new String(in, StandardCharsets.ISO_8859_1).replace("\n", "\r")
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case DELETE_RANGE -> {
        int end = Math.min(n, at + 1 + v % 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.write(in, end, n - end);
        return out.toByteArray();
      }
      case DUPLICATE_RANGE -> {
        int end = Math.min(n, at + 1 + v % 64);
        return insert(in, end, java.util.Arrays.copyOfRange(in, at, end));
      }
      case INSERT -> {
        return insert(in, change.pick() % (n + 1), INSERTS[v % INSERTS.length].getBytes(StandardCharsets.UTF_8));
      }
      default -> throw new IllegalStateException(change.toString());
    }
  }

  public static byte[] insert(byte[] in, int at, byte[] bytes) {
    byte[] out = new byte[in.length + bytes.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(in, at, out, at + bytes.length, in.length - at);
    return out;
  }
}
