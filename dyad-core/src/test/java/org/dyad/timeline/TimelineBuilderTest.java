package org.dyad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private static Article article(String id, String published, String outlet, String... sentences) {
    return new Article(id, id + ".txt", null, null, published, "filename", outlet, List.of(), null, "en",
        String.join("\n\n", sentences), "article", 1.0);
  }

  // a blast on Tuesday 20 April, reported that day and recalled by later articles; a quiet hearing on 5 May
  private final List<Article> articles = List.of(
      article("a1", "2010-04-21", "BBC",
          "An explosion on the Deepwater Horizon oil rig in the Gulf of Mexico killed eleven workers on Tuesday.",
          "The rig burned for hours before the coast guard arrived with several boats."),
      article("a2", "2010-04-22", "Reuters",
          "The Deepwater Horizon rig sank in the Gulf of Mexico, two days after the explosion on April 20.",
          "Officials said there was no sign of leaking oil from the well on the sea floor."),
      article("a3", "2010-05-06", "Guardian",
          "Oil has leaked into the Gulf of Mexico since the rig explosion of 20 April 2010.",
          "Lawmakers questioned oil company executives at a long congressional hearing on Wednesday."),
      article("a4", "2010-05-10", "BBC",
          "Engineers recalled that the rig explosion on 20 April 2010 left eleven workers dead in the Gulf.",
          "A containment dome failed to cap the leaking well over the weekend."));

  @Test
  void ranksTheDayLaterArticlesKeepMentioningFirst() {
    Corpus corpus = Corpus.of(articles);
    List<LocalDate> ranked = DateRanker.rank(corpus, Weights.DEFAULT, null, null);
    assertEquals(LocalDate.of(2010, 4, 20), ranked.get(0));
  }

  @Test
  void resolvesWeekdaysAgainstThePublicationDate() {
    Corpus corpus = Corpus.of(articles);
    Map<LocalDate, Double> scores = DateRanker.scores(corpus, Weights.DEFAULT);
    // a3's "on Wednesday" is 5 May; a1's "on Tuesday" is 20 April
    assertTrue(scores.containsKey(LocalDate.of(2010, 5, 5)), scores.toString());
    assertEquals(LocalDate.of(2010, 4, 20), corpus.sentences.get(0).mentions().get(0));
  }

  @Test
  void picksSentencesThatNameTheDayAndSkipsRepeats() {
    Corpus corpus = Corpus.of(articles);
    List<CorpusSentence> picked = new SentencePicker(corpus, Weights.DEFAULT).pick(LocalDate.of(2010, 4, 20), 3);
    assertTrue(picked.get(0).text().contains("explosion"), picked.get(0).text());
    for (int i = 1; i < picked.size(); i++) {
      assertTrue(!picked.get(i).text().equals(picked.get(0).text()));
    }
  }

  @Test
  void buildsEntriesSortedByDateWithTheirEvidence() {
    Timeline timeline = new TimelineBuilder().build(articles, TimelineBuilder.Options.of(2, 1));
    assertEquals(2, timeline.entries().size());
    TimelineEntry first = timeline.entries().get(0);
    assertEquals("2010-04-20", first.date());
    assertEquals("day", first.datePrecision());
    assertEquals(List.of(), first.events());
    assertTrue(timeline.entries().get(0).date().compareTo(timeline.entries().get(1).date()) < 0);
    assertTrue(!first.articles().isEmpty() && !first.outlets().isEmpty());
  }

  @Test
  void keepsToTheDatesAskedFor() {
    var options = new TimelineBuilder.Options(5, 1, LocalDate.of(2010, 5, 1), null, null, null);
    Timeline timeline = new TimelineBuilder().build(articles, options);
    assertTrue(timeline.entries().stream().allMatch(e -> e.date().compareTo("2010-05-01") >= 0));
    assertEquals("2010-05-01", timeline.from());
  }

  @Test
  void baselineTakesTheBusiestDaysLeadSentences() {
    var options = new TimelineBuilder.Options(1, 1, null, null, null, TimelineBuilder.Method.BASELINE);
    Timeline timeline = new TimelineBuilder().build(articles, options);
    assertEquals(1, timeline.entries().size());
    assertEquals("2010-04-21", timeline.entries().get(0).date());
  }

  @Test
  void summarisesTheDaysItIsGivenAndLeavesOutDaysNothingSpeaksOf() {
    TimelineBuilder builder = new TimelineBuilder();
    List<LocalDate> days = List.of(LocalDate.of(2010, 4, 20), LocalDate.of(2009, 1, 1));
    Timeline timeline = builder.summarise(builder.prepare(articles), days, 1);
    assertEquals(1, timeline.entries().size());
    assertEquals("2010-04-20", timeline.entries().get(0).date());
    assertTrue(timeline.entries().get(0).sentences().get(0).contains("explosion"));
  }

  @Test
  void givesAnEmptyTimelineForNoArticles() {
    assertEquals(List.of(), new TimelineBuilder().build(List.of(), TimelineBuilder.Options.of(3, 1)).entries());
  }

  // a long story: the blast of 20 April is recalled by 4 of the 15 articles after it, the capping of the well on
  // 15 July by all 3 articles after it
  private static List<Article> longStory() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String recall = i % 3 == 0
          ? "Engineers recalled that the rig explosion of 20 April 2010 left eleven workers dead in the Gulf."
          : "Crews kept skimming oil from the surface of the Gulf near the coast of Louisiana.";
      out.add(article("s" + i, LocalDate.of(2010, 4, 21).plusDays(2 * i).toString(), "BBC", recall,
          "Fishermen in the region said their catches had fallen sharply since the spill."));
    }
    for (int i = 0; i < 3; i++) {
      out.add(article("c" + i, LocalDate.of(2010, 7, 16).plusDays(i).toString(), "BBC",
          "Engineers said the cap fitted on 15 July 2010 had stopped the flow of oil from the well.",
          "Officials warned that the clean-up of the coast would take many months."));
    }
    return out;
  }

  @Test
  void byShareRanksTheLateTurnMostOfItsFewFollowersRecallFirst() {
    Corpus corpus = Corpus.of(longStory());
    LocalDate blast = LocalDate.of(2010, 4, 20);
    LocalDate capped = LocalDate.of(2010, 7, 15);
    // counting mentions, the early day wins: more articles follow it
    List<LocalDate> byMentions = DateRanker.rank(corpus, Weights.DEFAULT, null, null, TimelineBuilder.Method.MENTIONS);
    assertTrue(byMentions.indexOf(blast) < byMentions.indexOf(capped), byMentions.toString());
    // by share, 3 of 3 followers outweigh 4 of 15
    Map<LocalDate, Double> shares = DateRanker.shares(corpus);
    assertEquals(DateRanker.wilsonLower(4, 15), shares.get(blast), 1e-9);
    assertEquals(DateRanker.wilsonLower(3, 3), shares.get(capped), 1e-9);
    assertEquals(capped, DateRanker.rank(corpus, Weights.DEFAULT, null, null, TimelineBuilder.Method.SHARE).get(0));
    var options = new TimelineBuilder.Options(1, 1, null, null, null, TimelineBuilder.Method.SHARE);
    assertEquals("2010-07-15", new TimelineBuilder().build(longStory(), options).entries().get(0).date());
  }

  @Test
  void wilsonLowerBoundShrinksSmallSamples() {
    assertEquals(0.2366, DateRanker.wilsonLower(5, 10), 1e-4);
    assertEquals(0.4385, DateRanker.wilsonLower(3, 3), 1e-4);
    assertEquals(0.0, DateRanker.wilsonLower(0, 10), 1e-12);
    assertEquals(0.0, DateRanker.wilsonLower(0, 0), 1e-12);
    // the same share from more articles is surer
    assertTrue(DateRanker.wilsonLower(30, 40) > DateRanker.wilsonLower(3, 4));
  }

  @Test
  void aLaterMentionThatNamesTheDayCountsMoreThanOneThatCountsToIt() {
    Corpus corpus = Corpus.of(List.of(
        article("h1", "2010-04-22", "BBC", "The rig sank on Tuesday after burning for hours in the Gulf of Mexico."),
        article("h2", "2010-06-20", "BBC", "The rig exploded on 13 April 2010 and sank two days after the blast.")));
    Map<LocalDate, Double> scores = DateRanker.scores(corpus, Weights.DEFAULT);
    Weights w = Weights.DEFAULT;
    // "on Tuesday" (20 April, two days before the report) counts once
    assertEquals(w.later(), scores.get(LocalDate.of(2010, 4, 20)), 1e-9);
    // "on 13 April 2010" names its day
    assertEquals(w.later() * w.spelled(), scores.get(LocalDate.of(2010, 4, 13)), 1e-9);
    assertEquals(List.of(LocalDate.of(2010, 4, 13)), corpus.sentences.get(1).spelled());
    assertEquals(List.of(), corpus.sentences.get(0).spelled());
  }
}
