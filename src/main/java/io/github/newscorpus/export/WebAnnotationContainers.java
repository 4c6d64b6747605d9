package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Unpacks the annotations of a Web Annotation input: an {@code AnnotationCollection} with its
 * first page embedded, an {@code AnnotationPage}, one {@code Annotation} or an array of them,
 * checking each container's {@code @context}, {@code total} and {@code items} and adding a
 * problem for each that is wrong.
 */
final class WebAnnotationContainers {

  private final ReadLimits limits;
  private final WebAnnotationProblems problems;

  /** Starts unpacking within {@code limits}, adding problems to {@code problems}. */
  WebAnnotationContainers(ReadLimits limits, WebAnnotationProblems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * Returns the annotation objects {@code root} holds, in document order; empty when it holds
   * none (items that are not objects are left out, each with a problem).
   *
   * @throws CorpusFormatException when there are more than {@code maxAnnotations}, with the
   *     problems found before
   */
  List<Value> annotations(Value root) throws CorpusFormatException {
    if (root.kind() == Kind.ARRAY) {
      // one pass, so that the problems come in document order
      List<Value> annotations = new ArrayList<>();
      for (Value item : limited(root)) {
        if (problems.object(item, "an Annotation")) {
          context(item);
          annotations.add(item);
        }
      }
      return annotations;
    }
    if (!problems.object(root, "an AnnotationCollection, an AnnotationPage, an Annotation or an "
        + "array of Annotations")) {
      return List.of();
    }
    context(root);
    Optional<Value> type = root.field("type");
    if (type.isPresent() && type.get().has("AnnotationCollection")) {
      return collection(root);
    }
    if (type.isPresent() && type.get().has("AnnotationPage")) {
      return page(root, Optional.empty());
    }
    return List.of(root);
  }

  private List<Value> collection(Value collection) throws CorpusFormatException {
    Optional<Value> total = collection.field("total").filter(t -> problems.count(t, "total"));
    Optional<Value> first = collection.field("first");
    if (first.isEmpty()) {
      if (total.isPresent() && !total.get().text().equals("0")) {
        problems.add(total.get(), "the collection has " + total.get().text() + " annotations but "
            + "no \"first\" page; expected its first page embedded as \"first\"");
      }
      return List.of();
    }
    if (first.get().isString()) {
      problems.add(first.get(), "the first page is given by its IRI "
          + Messages.excerpt(first.get().text()) + " alone; expected the page embedded as an "
          + "object, as this reader fetches nothing");
      return List.of();
    }
    if (!problems.object(first.get(), "an AnnotationPage")) {
      return List.of();
    }
    Optional<Value> type = first.get().field("type");
    if (type.isEmpty() || !type.get().has("AnnotationPage")) {
      problems.add(type.orElse(first.get()), "expected the first page's type \"AnnotationPage\"");
    }
    return page(first.get(), total);
  }

  private List<Value> page(Value page, Optional<Value> total) throws CorpusFormatException {
    page.field("next").ifPresent(next -> problems.add(next, "the page links to a next page ("
        + Messages.excerpt(next.isString() ? next.text() : next.kind().name().toLowerCase(Locale.ROOT))
        + "); expected the whole collection in one embedded page, as this reader fetches nothing"));
    Optional<Value> items = page.field("items");
    if (items.isEmpty() || items.get().kind() != Kind.ARRAY) {
      problems.add(items.orElse(page), "expected \"items\", an array of Annotations");
      return List.of();
    }
    List<Value> annotations = limited(items.get());
    if (total.isPresent() && !total.get().text().equals(Integer.toString(annotations.size()))) {
      problems.add(total.get(), "total (" + total.get().text() + ") must equal the number of "
          + "items of the page (" + annotations.size() + ")");
    }
    return annotations.stream().filter(v -> problems.object(v, "an Annotation (an annotation "
        + "given by its IRI alone cannot be read)")).toList();
  }

  private List<Value> limited(Value array) throws CorpusFormatException {
    if (array.items().size() > limits.maxAnnotations()) {
      List<FormatProblem> all = new ArrayList<>(problems.list());
      Value past = array.items().get(limits.maxAnnotations());
      all.add(new FormatProblem(problems.source(), past.line(), past.column(), past.pointer(),
          String.format(Locale.ROOT, "more than maxAnnotations (%,d) annotations%s",
              limits.maxAnnotations(), JsonTree.STOPPED)));
      throw new CorpusFormatException(problems.source(), all);
    }
    return array.items();
  }

  /** Checks that {@code v} has an {@code @context} that holds the Web Annotation context. */
  private void context(Value v) {
    Optional<Value> context = v.field("@context");
    if (v.kind() == Kind.OBJECT && (context.isEmpty() || !context.get().has(WebAnnotation.CONTEXT))) {
      problems.add(context.orElse(v), "expected \"@context\": \"" + WebAnnotation.CONTEXT + "\" (or "
          + "an array holding it), as the Web Annotation Data Model requires");
    }
  }
}
