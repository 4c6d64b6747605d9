package io.github.newscorpus.testing;

import io.github.newscorpus.Corpus;
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
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates articles of realistic shape from the bundled article, for tests and benchmarks that
 * need many: each has the headline, 3 to 12 of the 42 body paragraphs in shuffled order, and
 * sometimes the four related headlines (one time in two) and the three update notes (one time in
 * three), separated by blank lines. Every person is renamed consistently: each word of their name
 * (initials such as "F." kept) becomes a made-up word from a fixed list, in every name mention,
 * in the entity's name and aliases, and in free-text notes that name them; a renamed person gets
 * an id made from the new name and loses the knowledge-base ids of the real one.
 *
 * <p>Every annotation of a kept paragraph survives, its offsets recomputed: sentences, mentions,
 * quotes (a quote only when its speaker mention survives too), and metadata facts stated there
 * (facts stated in a dropped paragraph are dropped; inferred ones stay). Entities stay when they
 * still have mentions or are referenced, as a speaker or an affiliation. So every generated
 * article passes all the model's checks.
 *
 * <p>Deterministic: article {@code i} of a seed is the same on every run and on every machine,
 * whatever else was generated; ids ({@code gen-<seed in hex>-<i>}) are distinct for distinct seeds
 * and indexes. Thread-safe.
 */
public final class CorpusGenerator {

  /**
   * Made-up name words, none of them a word of a name in the bundled article, enough for every
   * person of one article to get distinct ones.
   */
  static final List<String> WORDS = List.of(
      "Abrell", "Albery", "Anselt", "Arvane", "Bastow", "Belwin", "Birrane", "Brannock", "Calder",
      "Carrow", "Cedrin", "Corvell", "Dalmer", "Darrow", "Delphy", "Dorran", "Edrick", "Elmont",
      "Emberly", "Evrard", "Falkner", "Fennick", "Florin", "Garrick", "Gellis", "Halvard",
      "Harrow", "Idrell", "Ingrim", "Isolde", "Jessop", "Jorvik", "Kellan", "Keswin", "Lanning",
      "Larkin", "Lisbet", "Loram", "Maddox", "Marlow", "Merrin", "Morvane", "Nadell", "Norrel",
      "Odessa", "Orwin", "Osric", "Pellam", "Perrin", "Quillan", "Quorra", "Radley", "Renwick",
      "Rosset", "Sallow", "Serrin", "Sorrel", "Tamsin", "Tarrant", "Thessaly", "Ulric", "Umber",
      "Valder", "Varrow", "Vessel", "Wendell", "Wickham", "Wystan", "Yarrow", "Yestin", "Zeller",
      "Zorrin", "Ambrel", "Bexley", "Carwen", "Dunmore", "Estrel", "Farrow", "Gwenna", "Hesketh",
      "Ilvane", "Jolyon", "Kestrel", "Lowick", "Mabry", "Nerys", "Oakes", "Pryderi", "Rhosyn",
      "Selwyn", "Tegwen", "Veryan", "Wenlock", "Aldous", "Brisco", "Corran");

  private CorpusGenerator() {}

  /**
   * Returns a lazy stream of {@code count} generated articles, numbered 0 to {@code count - 1} for
   * {@code seed}; each is built only when the stream reaches it. Empty when {@code count} is 0.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static Stream<Article> generate(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count (" + count + ") must not be negative");
    }
    return IntStream.range(0, count).mapToObj(index -> article(seed, index));
  }

  /** Returns article {@code index} of {@code seed}'s sequence, as {@link #generate} makes it. */
  public static Article article(long seed, int index) {
    Plan plan = plan(seed, index);
    return new Builder(Source.INSTANCE, plan).build("gen-" + Long.toHexString(seed) + "-" + index);
  }

  /** Returns the bundled paragraphs that article {@code index} of {@code seed} keeps, in its order. */
  static List<Paragraph> keptParagraphs(long seed, int index) {
    return plan(seed, index).paragraphs.stream().map(Source.INSTANCE.paragraphs::get).toList();
  }

  /** Which paragraphs to keep, in which order, and the words that replace each person's. */
  private record Plan(List<Integer> paragraphs, Map<String, Map<String, String>> names) {}

  private static Plan plan(long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index (" + index + ") must not be negative");
    }
    Source source = Source.INSTANCE;
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    List<Integer> body = shuffled(source.byKind(ParagraphKind.BODY), random);
    List<Integer> kept = new ArrayList<>(source.byKind(ParagraphKind.HEADLINE));
    kept.addAll(body.subList(0, 3 + random.nextInt(10)));
    if (random.nextInt(2) == 0) {
      kept.addAll(source.byKind(ParagraphKind.RELATED));
    }
    if (random.nextInt(3) == 0) {
      kept.addAll(source.byKind(ParagraphKind.NOTE));
    }
    Deque<String> words = new ArrayDeque<>(shuffled(WORDS, random));
    Map<String, Map<String, String>> names = new LinkedHashMap<>();
    source.personWords.forEach((person, personWords) -> {
      Map<String, String> replacements = new LinkedHashMap<>();
      personWords.forEach(word -> replacements.put(word, words.pop()));
      names.put(person, replacements);
    });
    return new Plan(List.copyOf(kept), names);
  }

  private static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }

  /** Returns the words of {@code text}: its runs of letters, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Replaces each word of {@code text} (a run of letters) found in {@code replacements}. */
  private static String rename(String text, Map<String, String> replacements) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      out.append(replacements.getOrDefault(word, word));
      i = end;
    }
    return out.toString();
  }

  /** The bundled article, analysed once: where each annotation lies and whose names are where. */
  private static final class Source {
    static final Source INSTANCE = new Source(Corpus.bundled().articles().get(0));

    /** A word of a person's name inside one of their name mentions, to be replaced. */
    record Region(int begin, int end, String person, String word) {}

    final Article article;
    final List<Paragraph> paragraphs;
    /** For each person's id, the distinct words of their name (initials left out), in order. */
    final Map<String, List<String>> personWords = new LinkedHashMap<>();
    /** For each paragraph, the name words to replace in it, in text order. */
    final List<List<Region>> regions = new ArrayList<>();
    /** The paragraph of every span asked about so far: the same few hundred for every article. */
    private final Map<Span, Integer> paragraphIndex = new ConcurrentHashMap<>();

    Source(Article article) {
      this.article = article;
      this.paragraphs = List.copyOf(article.paragraphs());
      for (Entity e : article.entities(EntityType.PERSON)) {
        personWords.put(e.id(), words(e.name()).stream().filter(w -> w.length() > 1).distinct()
            .toList());
      }
      paragraphs.forEach(p -> regions.add(new ArrayList<>()));
      for (Mention m : article.mentions()) {
        List<String> names = personWords.get(m.entity().id());
        if (m.kind() != MentionKind.NAME || names == null) {
          continue;
        }
        List<Region> inParagraph = regions.get(paragraphOf(m.span()));
        int at = m.span().begin();
        for (String word : words(m.text())) {
          int begin = article.text().indexOf(word, at);
          at = begin + word.length();
          if (names.contains(word)) {
            inParagraph.add(new Region(begin, at, m.entity().id(), word));
          }
        }
      }
      regions.forEach(list -> list.sort((a, b) -> Integer.compare(a.begin(), b.begin())));
    }

    List<Integer> byKind(ParagraphKind kind) {
      return IntStream.range(0, paragraphs.size())
          .filter(i -> paragraphs.get(i).kind() == kind).boxed().toList();
    }

    /** Returns the index of the paragraph that covers the span, or -1 when none does. */
    int paragraphOf(Span span) {
      return paragraphIndex.computeIfAbsent(span, s -> {
        for (int i = 0; i < paragraphs.size(); i++) {
          if (paragraphs.get(i).span().covers(s)) {
            return i;
          }
        }
        return -1;
      });
    }
  }

  /** Builds one article from a plan: its text, then every layer mapped onto it. */
  private static final class Builder {
    private final Source source;
    private final Plan plan;
    private final StringBuilder text = new StringBuilder();
    /** For each kept paragraph, the new offset of each old offset in it; -1 inside a renamed word. */
    private final Map<Integer, int[]> offsets = new HashMap<>();
    /** Words of exactly one person, for renaming free text (notes, roles, inferences). */
    private final Map<String, String> unambiguous = new HashMap<>();

    Builder(Source source, Plan plan) {
      this.source = source;
      this.plan = plan;
      Map<String, Integer> owners = new HashMap<>();
      plan.names().values().forEach(m -> m.keySet().forEach(w -> owners.merge(w, 1, Integer::sum)));
      plan.names().values().forEach(m -> m.forEach((word, replacement) -> {
        if (owners.get(word) == 1) {
          unambiguous.put(word, replacement);
        }
      }));
    }

    Article build(String id) {
      for (int p : plan.paragraphs()) {
        copy(p);
      }
      String newText = text.toString();
      List<Paragraph> paragraphs = new ArrayList<>();
      for (int p : plan.paragraphs()) {
        Paragraph old = source.paragraphs.get(p);
        Span span = map(old.span());
        paragraphs.add(new Paragraph(span, covered(newText, span), old.kind()));
      }
      List<Sentence> sentences = new ArrayList<>();
      for (Sentence s : source.article.sentences()) {
        if (kept(s.span())) {
          Span span = map(s.span());
          sentences.add(new Sentence(span, covered(newText, span)));
        }
      }
      List<Mention> oldMentions = source.article.mentions().stream().filter(m -> kept(m.span()))
          .toList();
      Set<String> mentionIds = oldMentions.stream().map(Mention::id).collect(Collectors.toSet());
      List<Quote> oldQuotes = source.article.quotes().stream()
          .filter(q -> kept(q.span()) && q.cue().map(this::kept).orElse(true)
              && q.speakerMention().map(m -> mentionIds.contains(m.id())).orElse(true))
          .toList();
      Map<String, Entity> entities = entities(oldMentions, oldQuotes);
      Map<String, Mention> mentions = new HashMap<>();
      for (Mention m : oldMentions) {
        Span span = map(m.span());
        mentions.put(m.id(), new Mention(m.id(), span, covered(newText, span),
            entities.get(m.entity().id()), m.kind()));
      }
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : oldQuotes) {
        List<Span> segments = q.segments().stream().map(this::map).toList();
        quotes.add(new Quote(q.id(), q.kind(), segments,
            segments.stream().map(s -> covered(newText, s)).collect(Collectors.joining(" ")),
            q.speaker().map(s -> entities.get(s.id())),
            q.speakerMention().map(m -> mentions.get(m.id())),
            q.cue().map(this::map)));
      }
      return Article.builder(id, newText)
          .metadata(metadata(source.article.metadata()))
          .paragraphs(paragraphs)
          .sentences(sentences)
          .entities(List.copyOf(entities.values()))
          .mentions(List.copyOf(mentions.values()))
          .quotes(quotes)
          .build();
    }

    /** Appends paragraph {@code p}, its people renamed, recording where each offset goes. */
    private void copy(int p) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      Span span = source.paragraphs.get(p).span();
      String old = source.article.text();
      int[] map = new int[span.length() + 1];
      int at = span.begin();
      for (Source.Region r : source.regions.get(p)) {
        for (; at < r.begin(); at++) {
          map[at - span.begin()] = text.length();
          text.append(old.charAt(at));
        }
        map[at - span.begin()] = text.length();
        for (at++; at < r.end(); at++) {
          map[at - span.begin()] = -1;
        }
        text.append(plan.names().get(r.person()).get(r.word()));
      }
      for (; at < span.end(); at++) {
        map[at - span.begin()] = text.length();
        text.append(old.charAt(at));
      }
      map[span.length()] = text.length();
      offsets.put(p, map);
    }

    /**
     * Returns whether the span lies inside one kept paragraph; a quote's whole extent must, so
     * that its segments keep their order.
     */
    private boolean kept(Span span) {
      return offsets.containsKey(source.paragraphOf(span));
    }

    private Span map(Span span) {
      int p = source.paragraphOf(span);
      int[] map = offsets.get(p);
      int begin = map[span.begin() - source.paragraphs.get(p).span().begin()];
      int end = map[span.end() - source.paragraphs.get(p).span().begin()];
      if (begin < 0 || end < 0) {
        throw new IllegalStateException("span " + span + " starts or ends inside a renamed word");
      }
      return new Span(begin, end);
    }

    private static String covered(String text, Span span) {
      return text.substring(span.begin(), span.end());
    }

    /**
     * Returns the entities to keep by their old id, renamed: those mentioned or speaking, and the
     * entities they are affiliated with, in the bundled article's order.
     */
    private Map<String, Entity> entities(List<Mention> mentions, List<Quote> quotes) {
      Map<String, Entity> byId = new HashMap<>();
      source.article.entities().forEach(e -> byId.put(e.id(), e));
      Set<String> keep = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>();
      mentions.forEach(m -> todo.add(m.entity().id()));
      quotes.forEach(q -> q.speaker().ifPresent(s -> todo.add(s.id())));
      while (!todo.isEmpty()) {
        String id = todo.pop();
        if (keep.add(id)) {
          byId.get(id).affiliation().ifPresent(todo::add);
        }
      }
      Map<String, String> newIds = new HashMap<>();
      Set<String> taken = new HashSet<>(byId.keySet());
      for (Entity e : source.article.entities()) {
        if (keep.contains(e.id()) && plan.names().containsKey(e.id())) {
          String slug = "e-" + rename(e.name(), plan.names().get(e.id())).toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
          String newId = slug;
          for (int n = 2; !taken.add(newId); n++) {
            newId = slug + "-" + n;
          }
          newIds.put(e.id(), newId);
        }
      }
      Map<String, Entity> result = new LinkedHashMap<>();
      for (Entity e : source.article.entities()) {
        if (keep.contains(e.id())) {
          result.put(e.id(), renamed(e, newIds));
        }
      }
      return result;
    }

    private Entity renamed(Entity e, Map<String, String> newIds) {
      Optional<String> affiliation = e.affiliation().map(a -> newIds.getOrDefault(a, a));
      Optional<String> role = e.role().map(r -> rename(r, unambiguous));
      Optional<String> note = e.note().map(n -> rename(n, unambiguous));
      Map<String, String> names = plan.names().get(e.id());
      if (names == null) {
        return new Entity(e.id(), e.name(), e.type(), e.aliases(), role, affiliation,
            e.externalIds(), note);
      }
      return new Entity(newIds.get(e.id()), rename(e.name(), names), e.type(),
          e.aliases().stream().map(a -> rename(a, names)).toList(), role, affiliation, Map.of(),
          note);
    }

    private Metadata metadata(Metadata m) {
      return new Metadata(m.publisher().flatMap(this::fact), m.published().flatMap(this::fact),
          facts(m.updated()), facts(m.contributors()), facts(m.credits()));
    }

    private List<Fact> facts(List<Fact> facts) {
      return facts.stream().flatMap(f -> fact(f).stream()).toList();
    }

    /** Keeps a fact whose evidence is kept, or that has none, renaming people in its reason. */
    private Optional<Fact> fact(Fact f) {
      if (f.evidence().isPresent() && !kept(f.evidence().get())) {
        return Optional.empty();
      }
      return Optional.of(new Fact(rename(f.value(), unambiguous), f.evidence().map(this::map),
          f.inference().map(i -> rename(i, unambiguous))));
    }
  }
}
