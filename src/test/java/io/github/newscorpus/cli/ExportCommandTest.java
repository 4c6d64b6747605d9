package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesCorpusJsonThatReadsBackEqual() throws IOException {
    Path out = dir.resolve("copy.json");
    Run.of("export", "--format", "json", "--output", out.toString()).succeeded();
    assertEquals(Corpus.bundled(), Corpus.read(out));
  }

  @Test
  void writesJsonLinesThatReadBackEqual() throws IOException {
    Path out = dir.resolve("copy.jsonl");
    Run.of("export", "--format", "JSONL", "--output", out.toString()).succeeded();
    assertTrue(Files.readAllLines(out).get(0).equals("{\"format\":\"newscorpus/1\"}"));
    assertEquals(Corpus.bundled(), Corpus.read(out));
  }

  @Test
  void writesToStandardOutputWithoutAnOutput() throws IOException {
    Run run = Run.of("export", "--format", "json", "--corpus", Run.smallCorpus(dir, "small.json").toString())
        .succeeded();
    Path copy = Files.writeString(dir.resolve("from-stdout.json"), run.out(), StandardCharsets.UTF_8);
    assertEquals(Corpus.read(dir.resolve("small.json")), Corpus.read(copy));
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void convertsJsonLinesToJson() throws IOException {
    Path lines = Run.smallCorpus(dir, "small.jsonl");
    Path out = dir.resolve("small.json");
    Run.of("export", "--corpus", lines.toString(), "--format", "json", "--output", out.toString()).succeeded();
    assertEquals(Corpus.read(lines), Corpus.read(out));
  }

  @Test
  void writesTheHtmlView() throws IOException {
    Path out = dir.resolve("story.html");
    Run.of("export", "--format", "html", "--output", out.toString()).succeeded();
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<title>Trump’s top deputies hope to shore up ties with a suspicious Mexico"));
  }

  @Test
  void reportsTheFileWrittenInJson() {
    Path out = dir.resolve("copy.jsonl");
    Run run = Run.of("export", "--json", "--format", "jsonl", "--output", out.toString()).succeeded();
    assertEquals("jsonl", run.json().get("format").asText());
    assertEquals(out.toString(), run.json().get("output").asText());
    assertEquals(1, run.json().get("articles").asInt());
  }

  @Test
  void listsTheFormatsInItsHelp() {
    String help = Run.of("export", "--help").succeeded().out();
    assertTrue(help.contains("The format: json, jsonl, html, brat, webanno, conll."), help);
    assertTrue(help.contains("Formats:\n  json     corpus JSON"), help);
    assertTrue(help.contains("\n  conll    CoNLL-2003 named entities, IOB2"), help);
  }

  @Test
  void refusesAnUnknownFormat() {
    Run.of("export", "--format", "docx").failed(2, "newscorpus export: unknown format \"docx\"; expected one "
        + "of json, jsonl, html, brat, webanno, conll (see 'newscorpus export --help')");
  }

  @Test
  void needsAFormat() {
    Run.of("export").failed(2,
        "newscorpus export: Missing required option: '--format=FORMAT' (see 'newscorpus export --help')");
  }

  @Test
  void refusesAFileNameThatContradictsTheFormat() {
    Path jsonl = dir.resolve("x.jsonl");
    Run.of("export", "--format", "json", "--output", jsonl.toString()).failed(2, "newscorpus export: --format json"
        + " cannot write " + jsonl + ", whose name ends with .jsonl; use --format jsonl, or another name"
        + " (see 'newscorpus export --help')");
    Path json = dir.resolve("x.json");
    Run.of("export", "--format", "jsonl", "--output", json.toString()).failed(2, "newscorpus export: --format jsonl"
        + " writes files whose name ends with .jsonl, not " + json + " (see 'newscorpus export --help')");
  }

  @Test
  void refusesHtmlForACorpusOfSeveralArticles() throws IOException {
    Path two = Files.createDirectory(dir.resolve("two"));
    Run.smallCorpus(two, "small.json");
    Corpus.bundled().write(two.resolve("bundled.json"));
    Run.of("export", "--corpus", two.toString(), "--format", "html").failed(2, "newscorpus export: --format html"
        + " shows one article, and this corpus has 2; use the render command with --article ID"
        + " (see 'newscorpus export --help')");
  }

  @Test
  void createsAMissingOutputDirectory() throws IOException {
    Path small = Run.smallCorpus(dir, "small.json");
    Path created = dir.resolve("no/such/dir/x.json");
    Run.of("export", "--corpus", small.toString(), "--format", "json", "--output",
        created.toString()).succeeded();
    assertEquals(Corpus.read(small).articles(), Corpus.read(created).articles());
  }

  @Test
  void saysWhenTheOutputDirectoryCannotBeMade() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "a file");
    Path under = file.resolve("x.json");
    Run.of("export", "--format", "json", "--output", under.toString()).failed(1,
        "newscorpus export: " + under + ": cannot create its directory " + file + ": " + file
            + " is not a directory; nothing written");
  }

  /** Regression: a refusal that says why (here, a read-only output) prints the reason. */
  @Test
  void saysWhyAnOutputIsRefused() throws IOException {
    Path out = Files.writeString(dir.resolve("out.json"), "old");
    assumeTrue(Files.getFileAttributeView(out, PosixFileAttributeView.class) != null,
        "needs POSIX permissions");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    Run.of("export", "--format", "json", "--output", out.toString()).failed(1,
        "newscorpus export: " + out + ": is read-only (its owner has no write permission); "
            + "nothing written");
    assertEquals("old", Files.readString(out));
  }

  /** An output that links to a FIFO is refused in one line, and the FIFO is left a FIFO. */
  @Test
  void refusesAnOutputThatLinksToAFifo() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available");
    Path out = Files.createSymbolicLink(dir.resolve("out.json"), fifo);
    Run.of("export", "--format", "json", "--output", out.toString()).failed(1,
        "newscorpus export: " + out + ": links to " + fifo + ", which is a FIFO, not a regular "
            + "file; nothing written");
    assertTrue(Files.isSymbolicLink(out));
    assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther());
  }

  @Test
  void needsAnOutputToReportInJson() {
    Run.of("export", "--format", "json", "--json").failed(2,
        "newscorpus export: --json reports on the files written, so it needs --output (see 'newscorpus export --help')");
  }

  @Test
  void namesEveryFormatOnce() {
    assertEquals(ExportFormats.ALL.size(), ExportFormats.ALL.stream().map(ExportFormat::name).distinct().count());
    assertEquals("jsonl", ExportFormats.find("JsonL").orElseThrow().name());
    assertTrue(ExportFormats.find("docx").isEmpty());
  }

  @Test
  void writesBratAndWebAnnotationIntoADirectory() throws IOException {
    Path out = dir.resolve("out");
    Run.of("export", "--format", "brat", "--output", out.toString()).succeeded();
    assertTrue(Files.readString(out.resolve("000_4e41f4d9df3989c8.ann")).startsWith("T1\tParagraph 0 67\t"));
    assertEquals(Corpus.bundled().articles().get(0).text(), Files.readString(out.resolve("000_4e41f4d9df3989c8.txt")));
    // brat's configuration beside them, so that brat knows the types (issue 14)
    assertTrue(Files.readString(out.resolve("annotation.conf")).contains("\n[entities]\n\nParagraph\n"));
    assertTrue(Files.readString(out.resolve("visual.conf")).contains("\nPERSON\tbgColor:#dbeafe, borderColor:#1d4ed8\n"));
    assertTrue(Files.readString(out.resolve("tools.conf")).contains("\n[normalization]\n"));
    Run.of("export", "--format", "webanno", "--output", out.toString()).succeeded();
    assertTrue(Files.readString(out.resolve("000_4e41f4d9df3989c8.jsonld")).contains("\"AnnotationCollection\""));
  }

  @Test
  void aDirectoryFormatNeedsAnOutput() {
    Run.of("export", "--format", "brat").failed(2, "newscorpus export: --format brat writes a directory; give it "
        + "with --output DIR (see 'newscorpus export --help')");
  }

  @Test
  void writesConllToStandardOutput() {
    String out = Run.of("export", "--format", "conll").succeeded().out();
    assertTrue(out.startsWith("-DOCSTART- -X- -X- O\n\nTrump _ _ B-PER\n’s _ _ O\n"), out.substring(0, 80));
  }
}
