package io.github.newscorpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Quote;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered pages in headless Chromium and checks what a reader gets: the script ran
 * under the page's Content Security Policy, every mention is highlighted, every quote carries its
 * speaker's label, focusing a mention selects all its entity's mentions, hostile text stays inert,
 * bidirectional overrides reorder nothing outside their own string, and long lines wrap. Saves screenshots under {@code target/html-view/}.
 *
 * <p>Skipped when no Chromium is installed (Debian: {@code apt-get install -y chromium}), or
 * another one is named by the {@code CHROMIUM} environment variable.
 */
class HtmlViewBrowserTest {

  private static final Path OUT = Path.of(System.getProperty("basedir", ".")).resolve("target/html-view");
  private static final Article STORY = Corpus.bundled().articles().get(0);

  /**
   * Runs after the page's own script, from outside it (the CSP is widened by this script's hash in
   * the copy under test only), and leaves what it saw as JSON in {@code <pre id="probe">}.
   */
  private static final String PROBE = """
      (function () {
        var d = document, r = {};
        r.ready = d.documentElement.getAttribute("data-ready");
        var marks = Array.from(d.querySelectorAll("mark.m"));
        r.mentions = new Set(marks.map(function (m) { return m.dataset.m; })).size;
        r.unpainted = marks.filter(function (m) {
          var s = getComputedStyle(m);
          return s.backgroundColor === "rgba(0, 0, 0, 0)" || s.borderTopStyle === "none";
        }).length;
        var labels = Array.from(d.querySelectorAll(".ql"));
        r.labels = labels.length;
        r.hiddenLabels = labels.filter(function (l) { return l.getBoundingClientRect().width === 0; }).length;
        r.overflows = d.documentElement.scrollWidth > window.innerWidth;
        var item = Array.from(d.querySelectorAll("aside li[data-id]")).find(function (li) {
          return li.dataset.id === window.PROBE_ENTITY;
        });
        if (item) {
          var e = item.id.substring(4);
          var first = d.querySelector('mark.m[data-e="' + e + '"][tabindex="0"]');
          first.focus();
          first.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
          r.selected = new Set(Array.from(d.querySelectorAll("mark.m.sel"), function (m) { return m.dataset.m; })).size;
          r.details = d.querySelector("#details h2").textContent;
          r.pressed = d.querySelector("#ent-" + e + " .eb").getAttribute("aria-pressed");
          d.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
          r.selectedAfterEscape = d.querySelectorAll("mark.m.sel").length;
          if (window.PROBE_PIN) { first.click(); first.blur(); window.scrollTo(0, 0); }
          r.selectedAfterClick = new Set(Array.from(d.querySelectorAll("mark.m.sel"), function (m) { return m.dataset.m; })).size;
        }
        var pre = d.createElement("pre");
        pre.id = "probe";
        pre.textContent = JSON.stringify(r);
        d.body.appendChild(pre);
      })();
      """;

  /**
   * Reads words from left to right as the page lays them out, and leaves them as JSON in
   * {@code <pre id="probe">}: a word that an override reversed reads backwards.
   */
  private static final String BIDI_PROBE = """
      (function () {
        var d = document, r = {};
        function shown(node, word) {
          var at = node.data.lastIndexOf(word), chars = [];
          for (var i = at; i >= 0 && i < at + word.length; i++) {
            var range = d.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            chars.push([range.getBoundingClientRect().left, node.data[i]]);
          }
          chars.sort(function (a, b) { return a[0] - b[0]; });
          return chars.map(function (c) { return c[1]; }).join("");
        }
        r.afterMention = shown(d.querySelector("mark.m[data-m='0']").nextSibling, "said");
        r.afterQuote = shown(d.querySelector(".quote[data-q='0']").nextSibling, "today");
        r.afterSpeaker = shown(d.querySelector(".speaker > .kind").firstChild, "person");
        r.afterArticleId = shown(d.querySelector("footer p").lastChild, "Keyboard");
        var mention = d.querySelector("mark.m[data-m='0']");
        mention.focus();
        mention.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
        var lines = Array.from(d.querySelectorAll("#details p"));
        r.lastAlias = shown(lines.find(function (p) { return p.textContent.startsWith("Also"); }).firstChild, "Nick");
        var pre = d.createElement("pre");
        pre.id = "probe";
        pre.textContent = JSON.stringify(r);
        d.body.appendChild(pre);
      })();
      """;

  /** What the probe leaves selected when it is done. */
  private enum Ending {
    /** Nothing: Escape cleared the selection. */
    NOTHING_SELECTED,
    /** The entity, pinned by a click on its first mention, with the page scrolled back to the top. */
    ENTITY_PINNED
  }

  private static Optional<String> chromium = Optional.empty();

  @BeforeAll
  static void findChromium() {
    String named = System.getenv("CHROMIUM");
    List<String> candidates = named == null || named.isBlank()
        ? List.of("chromium", "chromium-browser", "google-chrome") : List.of(named);
    chromium = candidates.stream().filter(HtmlViewBrowserTest::executable).findFirst();
  }

  private static boolean executable(String name) {
    if (name.contains(File.separator)) {
      return Files.isExecutable(Path.of(name));
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
  }

  @Test
  void showsEveryMentionAndEverySpeakerLabel() throws Exception {
    assumeTrue(chromium.isPresent(), "no Chromium installed (apt-get install -y chromium); skipped");
    String entity = STORY.expectEntity("Cardin").id();
    Document dom = dumpDom(probed(HtmlView.render(STORY), entity, Ending.NOTHING_SELECTED), "newscorpus");
    JsonNode probe = new ObjectMapper().readTree(dom.getElementById("probe").text());

    assertEquals("true", probe.get("ready").asText(), "the page's script ran under its own CSP");
    assertEquals(233, probe.get("mentions").asInt());
    assertEquals(0, probe.get("unpainted").asInt(), "every mention has its type's background and border");
    assertEquals(0, probe.get("hiddenLabels").asInt(), "every speaker label takes space on the page");
    // 18 quotes; q1, q5, q7, q8 and q16 have two segments, each labelled.
    assertEquals(23, probe.get("labels").asInt());
    for (int i = 0; i < STORY.quotes().size(); i++) {
      Quote q = STORY.quotes().get(i);
      Element label = dom.selectFirst("#q-" + i + " > .ql .qs");
      assertEquals(q.speaker().map(Entity::name).orElse("unattributed"), label.text(), q.id());
    }
    // Focusing Cardin's first mention selects all five, shows him in the panel; Escape clears.
    assertEquals(5, probe.get("selected").asInt());
    assertEquals("Benjamin L. Cardin", probe.get("details").asText());
    assertEquals("true", probe.get("pressed").asText());
    assertEquals(0, probe.get("selectedAfterEscape").asInt());
    assertTrue(!probe.get("overflows").asBoolean(), "no horizontal scrolling");

    String tillerson = STORY.expectEntity("Tillerson").id();
    Path shot = screenshot(probed(HtmlView.render(STORY), tillerson, Ending.ENTITY_PINNED),
        "newscorpus", 1280, 1400);
    assertTrue(Files.size(shot) > 10_000, "a screenshot with something in it: " + shot);
  }

  @Test
  void keepsHostileTextInertAndWrapsLongLines() throws Exception {
    assumeTrue(chromium.isPresent(), "no Chromium installed (apt-get install -y chromium); skipped");
    Document dom = dumpDom(probed(HtmlView.render(HostileArticle.build()), HostileArticle.ENTITY_ID,
        Ending.NOTHING_SELECTED),
        "hostile");
    JsonNode probe = new ObjectMapper().readTree(dom.getElementById("probe").text());
    assertEquals("true", probe.get("ready").asText());
    assertEquals(2, dom.select("script").size(), "the page's script and the probe, nothing else");
    assertTrue(dom.select("b, i, img").isEmpty());
    assertEquals(HostileArticle.HEADLINE, dom.selectFirst("h1").wholeText());
    assertEquals(HostileArticle.ENTITY_NAME, dom.selectFirst(".qs").wholeText());
    assertEquals(HostileArticle.ENTITY_NAME, probe.get("details").asText());
    assertTrue(!probe.get("overflows").asBoolean(), "a 200,000-character line wraps");
  }

  @Test
  void keepsBidiControlsFromReorderingTheTextAroundThem() throws Exception {
    assumeTrue(chromium.isPresent(), "no Chromium installed (apt-get install -y chromium); skipped");
    Document dom = dumpDom(withScript(HtmlView.render(BidiArticle.build()), BIDI_PROBE), "bidi");
    JsonNode probe = new ObjectMapper().readTree(dom.getElementById("probe").text());
    // Each word follows a user string that holds an override or an unbalanced isolate.
    assertEquals("said", probe.get("afterMention").asText(), "after a mention");
    assertEquals("today", probe.get("afterQuote").asText(), "after a quote with a stray PDI");
    assertEquals("person", probe.get("afterSpeaker").asText(), "after a speaker's name");
    assertEquals("Keyboard", probe.get("afterArticleId").asText(), "after the article id");
    assertEquals("Nick", probe.get("lastAlias").asText(), "after the other aliases in the entity panel");
  }

  /** Returns the page with the probe script added, allowed by its hash, set to exercise {@code entityId}. */
  private static String probed(String page, String entityId, Ending end) {
    String setup = "window.PROBE_ENTITY = " + jsString(entityId) + "; window.PROBE_PIN = "
        + (end == Ending.ENTITY_PINNED) + ";\n";
    return withScript(page, setup + PROBE);
  }

  /** Returns the page with {@code script} run after its own, allowed by its hash. */
  private static String withScript(String page, String script) {
    String allowed = "script-src &#39;" + Assets.hash(Assets.JS) + "&#39;";
    assertTrue(page.contains(allowed), "the page's CSP names its script's hash");
    return page.replace(allowed, allowed + " &#39;" + Assets.hash(script) + "&#39;")
        .replace("</body>", "<script>" + script + "</script>\n</body>");
  }

  private static String jsString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(Character.isLetterOrDigit(c) || c == ' ' || c == '-' ? String.valueOf(c)
          : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }

  private static Document dumpDom(String page, String name) throws IOException, InterruptedException {
    Path html = write(page, name);
    Path dom = OUT.resolve(name + ".dom.html");
    run(List.of("--dump-dom", html.toUri().toString()), dom, 1280, 1000);
    return Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
  }

  private static Path screenshot(String page, String name, int width, int height)
      throws IOException, InterruptedException {
    Path html = write(page, name + ".shot");
    Path png = OUT.resolve(name + ".png");
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png, "--hide-scrollbars", html.toUri().toString()),
        OUT.resolve(name + ".shot.log"), width, height);
    assertTrue(Files.exists(png), "Chromium wrote no screenshot to " + png);
    return png;
  }

  private static Path write(String page, String name) throws IOException {
    Files.createDirectories(OUT);
    return Files.writeString(OUT.resolve(name + ".html"), page, StandardCharsets.UTF_8);
  }

  private static void run(List<String> args, Path stdout, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("newscorpus-chromium");
    List<String> command = new ArrayList<>(List.of(chromium.orElseThrow(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(OUT.resolve("chromium.log").toFile()).start();
    try {
      assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish in 90 s: " + command);
      assertEquals(0, p.exitValue(), "Chromium failed; see " + OUT.resolve("chromium.log"));
    } finally {
      p.destroyForcibly();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
