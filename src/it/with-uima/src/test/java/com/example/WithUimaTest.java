package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.BoundaryScore;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs newscorpus beside Apache UIMA's core, declared first, with nothing pinned. */
class WithUimaTest {

  @TempDir
  Path dir;

  @Test
  void goldSentencesSurviveACasAndScorePerfect() throws Exception {
    Article story = NeighbourChecks.story();
    TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory()
        .createTypeSystemDescription();
    CAS cas = CasCreationUtils.createCas(types, null, null);
    cas.setDocumentText(story.text());
    for (Sentence s : story.sentences()) {
      cas.addFsToIndexes(cas.createAnnotation(cas.getAnnotationType(), s.span().begin(),
          s.span().end()));
    }
    Annotations.Builder predicted = Annotations.of(cas.getDocumentText());
    for (AnnotationFS a : cas.getAnnotationIndex(cas.getAnnotationType())) {
      if (a.getType() == cas.getAnnotationType()) { // not the document annotation
        predicted.sentence(a.getBegin(), a.getEnd());
      }
    }
    BoundaryScore score = Evaluation.of(story).sentences(predicted.build());
    // UIMA's offsets are UTF-16 indexes, as the scorer's are: all 70 sentence ends are found
    assertEquals("sentences boundaries: 70 of 70 gold found among 70 predicted",
        score.description());
  }

  @Test
  void everyPartThatFormatsTextWorks() throws IOException {
    NeighbourChecks.everyMessagePath(dir);
  }
}
