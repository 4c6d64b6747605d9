package io.github.newscorpus.junit;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Lists the gold items a method's {@code @Gold…} annotation selects from a corpus, each with its
 * display name and the article it belongs to. Needs junit-jupiter-api only.
 */
final class GoldItems {

  private static final List<Class<? extends Annotation>> ANNOTATIONS =
      List.of(GoldQuotes.class, GoldEntities.class, GoldMentions.class, GoldSentences.class);

  /** Holds one gold item, its display name and its article. */
  record Item(String name, Object payload, Article article) {}

  private GoldItems() {}

  /** Returns the gold annotations on {@code element}, directly or through meta-annotations. */
  static List<Class<? extends Annotation>> present(AnnotatedElement element) {
    return ANNOTATIONS.stream().filter(a -> AnnotationSupport.isAnnotated(element, a)).toList();
  }

  /**
   * Returns the items {@code method}'s gold annotation selects from {@code corpus}, in corpus
   * order.
   *
   * @throws PreconditionViolationException when the method has no gold annotation, or several
   */
  static List<Item> of(Method method, Corpus corpus) {
    List<Class<? extends Annotation>> present = present(method);
    if (present.size() > 1) {
      throw new PreconditionViolationException("use one of @GoldQuotes, @GoldEntities, "
          + "@GoldMentions and @GoldSentences on " + method + ", not " + present.size());
    }
    if (present.isEmpty()) {
      throw new PreconditionViolationException("GoldArgumentsProvider is for methods annotated with "
          + "@GoldQuotes, @GoldEntities, @GoldMentions or @GoldSentences, not " + method);
    }
    Optional<Set<?>> quoteKinds = AnnotationSupport.findAnnotation(method, GoldQuotes.class)
        .map(a -> Set.of(a.kinds()));
    Optional<Set<?>> entityTypes = AnnotationSupport.findAnnotation(method, GoldEntities.class)
        .map(a -> Set.of(a.types()));
    Optional<Set<?>> mentionKinds = AnnotationSupport.findAnnotation(method, GoldMentions.class)
        .map(a -> Set.of(a.kinds()));
    boolean sentences = present.contains(GoldSentences.class);
    List<Item> items = new ArrayList<>();
    for (Article article : corpus.articles()) {
      quoteKinds.ifPresent(kinds -> quotes(article, kinds, items));
      entityTypes.ifPresent(types -> entities(article, types, items));
      mentionKinds.ifPresent(kinds -> mentions(article, kinds, items));
      if (sentences) {
        sentences(article, items);
      }
    }
    return List.copyOf(items);
  }

  private static void quotes(Article article, Set<?> kinds, List<Item> items) {
    for (Quote q : article.quotes()) {
      if (kinds.isEmpty() || kinds.contains(q.kind())) {
        items.add(new Item(q.id() + " " + q.speaker().map(Entity::name).orElse("(no speaker)")
            + ": “" + shorten(q.text()) + "”", q, article));
      }
    }
  }

  private static void entities(Article article, Set<?> types, List<Item> items) {
    for (Entity e : article.entities()) {
      if (types.isEmpty() || types.contains(e.type())) {
        items.add(new Item(e.id() + " " + e.name() + " (" + e.type() + ")", e, article));
      }
    }
  }

  private static void mentions(Article article, Set<?> kinds, List<Item> items) {
    for (Mention m : article.mentions()) {
      if (kinds.isEmpty() || kinds.contains(m.kind())) {
        items.add(new Item(m.id() + " " + Messages.excerpt(m.text()) + " → " + m.entity().name()
            + " (" + m.kind() + ")", m, article));
      }
    }
  }

  private static void sentences(Article article, List<Item> items) {
    List<Sentence> all = article.sentences();
    for (int i = 0; i < all.size(); i++) {
      Sentence s = all.get(i);
      items.add(new Item("sentence " + (i + 1) + " " + s.span() + " " + Messages.excerpt(s.text()),
          s, article));
    }
  }

  private static String shorten(String text) {
    String excerpt = Messages.excerpt(text);
    return excerpt.substring(1, excerpt.length() - 1);
  }
}
