package org.dyad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

class SentencePickerTest {
  private static final LocalDate BLAST = LocalDate.of(2010, 4, 20);

  private static Article article(String id, String published, String... sentences) {
    return new Article(id, id + ".txt", null, null, published, "filename", "BBC", List.of(), null, "en",
        String.join("\n\n", sentences), "article", 1.0);
  }

  // articles about the oil spill; one sentence of the third is about a football match on the same day
  private final Corpus corpus = Corpus.of(List.of(
      article("a0", "2010-04-22", "Coast guard boats searched the sea for eleven missing workers.",
          "Families waited for news at the port.", "Engineers tried to close the valve with robots."),
      article("a4", "2010-04-28", "Fishermen in Louisiana feared for their season.",
          "The White House sent officials to the region.", "Shrimp boats stayed in the harbour."),
      article("a1", "2010-04-21", "The oil rig exploded in the Gulf of Mexico on 20 April 2010 and oil leaked from the well."),
      article("a2", "2010-04-25", "Oil from the damaged well reached the coast of Louisiana as the rig slick spread."),
      article("a3", "2010-05-02", "BP said the oil well under the sunken rig leaked since 20 April 2010 into the Gulf.",
          "Local football fans celebrated a cup final victory at the stadium on 20 April 2010.")));

  @Test
  void lengthFitIsOneAtTheTargetAndHalfAtTwiceOrHalfIt() {
    assertEquals(1.0, SentencePicker.lengthFit(15, 15), 1e-9);
    assertEquals(0.5, SentencePicker.lengthFit(30, 15), 1e-9);
    assertEquals(0.5, SentencePicker.lengthFit(8, 16), 1e-9);
  }

  @Test
  void topicWeighsTermsByTheArticlesThatUseThem() {
    assertTrue(corpus.topic.get("oil") > corpus.topic.get("footbal"), corpus.topic.toString());
  }

  @Test
  void prefersTheSentenceAboutWhatTheCollectionIsAbout() {
    SentencePicker picker = new SentencePicker(corpus, Weights.DEFAULT);
    CorpusSentence spill = sentence("BP said");
    CorpusSentence football = sentence("football");
    double onTopic = picker.fitness(spill, BLAST, picker.vector(spill));
    double offTopic = picker.fitness(football, BLAST, picker.vector(football));
    assertTrue(onTopic > offTopic, onTopic + " vs " + offTopic);
  }

  @Test
  void countsASentenceNamingTheDayAboveOneOnlyPublishedNearIt() {
    SentencePicker picker = new SentencePicker(corpus, Weights.DEFAULT);
    CorpusSentence s = sentence("BP said");
    double named = picker.fitness(s, BLAST, picker.vector(s));
    double unnamed = picker.fitness(s, BLAST.plusDays(1), picker.vector(s));
    assertEquals(Weights.DEFAULT.mentionBonus(), named / unnamed, 1e-9);
  }

  private CorpusSentence sentence(String start) {
    return corpus.sentences.stream().filter(s -> s.text().contains(start)).findFirst().orElseThrow();
  }

  @Test
  void aTimeStampIsNoEntryButAClockTimeInTheNewsIs() {
    assertFalse(SentencePicker.entry("ET , 10:29 p.m. local : Gadhafi is still in Libya , a source told CNN ."));
    assertFalse(SentencePicker.entry("At 18:49 2nd Jul 2009 , jonny wrote : this is a disgrace ."));
    assertFalse(SentencePicker.entry("Rebels enter the compound -LRB- 1:14 -RRB- as crowds cheer ."));
    assertTrue(SentencePicker.entry("The quake struck at 4:53 p.m. on Tuesday , flattening the capital ."));
    assertTrue(SentencePicker.entry("Oil stopped leaking on 15 July ."));
  }
}
