package org.dyad.timeline;

/**
 * The knobs of date and sentence selection, in one place so a tuning run can vary them.
 *
 * @param later weight of a mention made after the day (looking back: the day mattered)
 * @param sameDay weight of a mention made on the day itself (news of the day)
 * @param earlier weight of a mention made before the day (a plan or forecast)
 * @param volume weight of each article published on the day or the next
 * @param lead undated sentences this far into an article still report the day's news
 * @param minTerms shortest summary sentence, in analysed terms
 * @param maxTerms longest summary sentence, in analysed terms
 * @param redundant cosine above which a sentence repeats one already picked
 * @param mentionBonus factor on the centrality of a sentence that names the day
 * @param gap days around a chosen day that are passed over while other days remain
 * @param mentionLead sentences naming the day count only this far into an article (leads summarise best)
 * @param perArticle most mentions of one day one article counts
 * @param margin days before the first publication a chosen day may lie (earlier ones are background)
 * @param targetTerms the summary sentence length, in analysed terms, that fits best (see SentencePicker)
 * @param relevance exponent on a sentence's cosine to the collection's topic vector (0 ignores the topic)
 * @param spelled factor on a later mention that names the day ("on 20 April", "Sept. 11") rather than counting
 *     to it from the publication date ("on Tuesday", "yesterday"): a writer who dates a day in full looks back on
 *     a landmark, where "Tuesday" is the news cycle's own reference
 */
record Weights(double later, double sameDay, double earlier, double volume, int lead, int minTerms,
    int maxTerms, double redundant, double mentionBonus, int gap, int mentionLead, int perArticle,
    int margin, int targetTerms, double relevance, double spelled) {
  /**
   * The values chosen on Timeline17, which has no development split (see TimelineEvalIT for the figures they
   * reach): a sentence naming the day counts double, 15 terms (about 25 words) fits best, relevance enters as
   * the square root of its cosine; a later mention that names the day counts three times.
   */
  static final Weights DEFAULT = new Weights(1.0, 0.3, 0.1, 0.1, 5, 5, 40, 0.3, 2.0, 0, 1000, 1, 7, 15, 0.5, 3.0);

  /** These weights with another weight of spelled later mentions and of publication volume (for tuning runs). */
  Weights withDays(double spelled, double volume) {
    return new Weights(later, sameDay, earlier, volume, lead, minTerms, maxTerms, redundant, mentionBonus, gap,
        mentionLead, perArticle, margin, targetTerms, relevance, spelled);
  }
}
