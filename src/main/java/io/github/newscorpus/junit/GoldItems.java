package io.github.newscorpus.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds the {@code @Gold…} annotations on a method. Needs junit-jupiter-api only. */
final class GoldItems {

  private static final List<Class<? extends Annotation>> ANNOTATIONS =
      List.of(GoldQuotes.class, GoldEntities.class, GoldMentions.class, GoldSentences.class);

  private GoldItems() {}

  /** Returns the gold annotations on {@code element}, directly or through meta-annotations. */
  static List<Class<? extends Annotation>> present(AnnotatedElement element) {
    return ANNOTATIONS.stream().filter(a -> AnnotationSupport.isAnnotated(element, a)).toList();
  }
}
