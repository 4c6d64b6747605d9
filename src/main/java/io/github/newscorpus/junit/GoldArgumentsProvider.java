package io.github.newscorpus.junit;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Supplies the gold items for {@link GoldQuotes}, {@link GoldEntities}, {@link GoldMentions} and
 * {@link GoldSentences}, each wrapped in a {@link Named} with a readable display name. Public only
 * because JUnit instantiates it; use the annotations.
 */
public final class GoldArgumentsProvider implements ArgumentsProvider {

  /** Creates the provider; JUnit calls it. */
  public GoldArgumentsProvider() {}

  /** Supplies the arguments (JUnit 5.13 and later call this one). */
  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
      ExtensionContext context) {
    return arguments(context);
  }

  /** Supplies the arguments (JUnit before 5.13 calls this one). */
  @Override
  @Deprecated
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return arguments(context);
  }

  private static Stream<? extends Arguments> arguments(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    List<Article> articles = Corpus.bundled().articles();
    List<Arguments> arguments = new ArrayList<>();
    var quotes = AnnotationSupport.findAnnotation(method, GoldQuotes.class);
    var entities = AnnotationSupport.findAnnotation(method, GoldEntities.class);
    var mentions = AnnotationSupport.findAnnotation(method, GoldMentions.class);
    var sentences = AnnotationSupport.findAnnotation(method, GoldSentences.class);
    long present = Stream.of(quotes, entities, mentions, sentences).filter(o -> o.isPresent()).count();
    if (present > 1) {
      throw new PreconditionViolationException("use one of @GoldQuotes, @GoldEntities, "
          + "@GoldMentions and @GoldSentences on " + method + ", not " + present);
    }
    if (quotes.isPresent()) {
      Set<?> kinds = Set.of(quotes.get().kinds());
      for (Article a : articles) {
        for (Quote q : a.quotes()) {
          if (kinds.isEmpty() || kinds.contains(q.kind())) {
            arguments.add(named(q.id() + " " + q.speaker().map(Entity::name).orElse("(no speaker)")
                + ": “" + shorten(q.text()) + "”", q));
          }
        }
      }
    } else if (entities.isPresent()) {
      Set<?> types = Set.of(entities.get().types());
      for (Article a : articles) {
        for (Entity e : a.entities()) {
          if (types.isEmpty() || types.contains(e.type())) {
            arguments.add(named(e.id() + " " + e.name() + " (" + e.type() + ")", e));
          }
        }
      }
    } else if (mentions.isPresent()) {
      Set<?> kinds = Set.of(mentions.get().kinds());
      for (Article a : articles) {
        for (Mention m : a.mentions()) {
          if (kinds.isEmpty() || kinds.contains(m.kind())) {
            arguments.add(named(m.id() + " " + Messages.excerpt(m.text()) + " → " + m.entity().name()
                + " (" + m.kind() + ")", m));
          }
        }
      }
    } else if (sentences.isPresent()) {
      for (Article a : articles) {
        List<Sentence> all = a.sentences();
        for (int i = 0; i < all.size(); i++) {
          Sentence s = all.get(i);
          arguments.add(named("sentence " + (i + 1) + " " + s.span() + " " + Messages.excerpt(s.text()), s));
        }
      }
    } else {
      throw new PreconditionViolationException("GoldArgumentsProvider is for methods annotated with "
          + "@GoldQuotes, @GoldEntities, @GoldMentions or @GoldSentences, not " + method);
    }
    return arguments.stream();
  }

  private static Arguments named(String name, Object payload) {
    return Arguments.of(Named.of(name, payload));
  }

  private static String shorten(String text) {
    String excerpt = Messages.excerpt(text);
    return excerpt.substring(1, excerpt.length() - 1);
  }
}
