package io.github.newscorpus.html;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Renders an article as one self-contained HTML page, in the manner of displaCy and brat: the text
 * with every entity mention highlighted by type (with a legend), every quote segment marked and
 * labelled with its speaker, a side panel of speakers with their quotes and of entities with their
 * mention counts, and the metadata on top, inferred values marked with the reason.
 *
 * <pre>{@code
 * Files.writeString(Path.of("story.html"), HtmlView.render(Corpus.bundled().articles().get(0)));
 * }</pre>
 *
 * <p>The page needs no network: its style sheet and script are inline, and its Content Security
 * Policy allows those two and nothing else. Pointing at, focusing or clicking a mention shows its
 * entity and highlights all its mentions; the keyboard reaches every mention (Tab, Enter to pin,
 * Escape to clear). The page is in English ({@code lang="en"}), prints without the interactive
 * parts, and is readable without script.
 *
 * <p>Every piece of the article that reaches the page (text, names, roles, ids, metadata) is
 * escaped with an Apache Commons Text translator, in element content and in attribute values alike,
 * so an article containing {@code <script>} shows it as text. Each piece is also isolated (a
 * {@code <bdi>}, a mention or quote element, its own paragraph, or Unicode isolates in an attribute
 * value), so a right-to-left override or another bidirectional control in it cannot reorder the
 * page around it; the text keeps every such character. Overlapping and nested annotations (a name
 * inside a nominal mention, a quote inside a quote, a quote that starts inside a mention) become
 * properly nested elements. Stateless and safe to use from several threads.
 */
public final class HtmlView {

  private HtmlView() {}

  /**
   * Returns the page of {@code article} as an HTML document; an article with no text or annotations
   * gives a page with an empty text and empty panels.
   */
  public static String render(Article article) {
    return Page.of(Objects.requireNonNull(article, "article must not be null"));
  }

  /** Writes the page of {@code article} (see {@link #render(Article)}) to {@code out}, without closing it. */
  public static void render(Article article, Writer out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    out.write(render(article));
    out.flush();
  }
}
