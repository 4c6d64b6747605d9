package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void printsPublisherPublishedAndCountsLeavingOutWhatIsEmpty() {
    Metadata full = new Metadata(Optional.of(Fact.inferred("Los Angeles Times", "from the source")),
        Optional.of(Fact.stated("2017-02-22T03:00", new Span(90, 96))),
        List.of(Fact.stated("2017-02-22T16:30", new Span(10, 19)),
            Fact.stated("2017-02-22T09:55", new Span(30, 39))),
        List.of(Fact.stated("Cecilia Sanchez", new Span(40, 55))),
        List.of(Fact.stated("AFP", new Span(60, 63)), Fact.stated("AP", new Span(70, 72))));
    assertEquals("Metadata[publisher \"Los Angeles Times\", published \"2017-02-22T03:00\", 2 updated, "
        + "1 contributor, 2 credits]", full.toString());
    assertEquals("Metadata[1 credit]", new Metadata(Optional.empty(), Optional.empty(), List.of(),
        List.of(), List.of(Fact.stated("AFP", new Span(60, 63)))).toString());
    assertEquals("Metadata[]", Metadata.EMPTY.toString());
  }
}
