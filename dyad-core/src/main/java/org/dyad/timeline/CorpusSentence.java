package org.dyad.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence of an article, analysed for date selection and summarisation.
 *
 * @param doc index of its article in the corpus
 * @param position its index within the article (0 = lead)
 * @param text the sentence verbatim
 * @param terms its analysed terms (lower case, stop words dropped, stemmed)
 * @param published the publication day of its article
 * @param mentions the days its temporal expressions resolve to, in order
 * @param spelled those of the mentions whose expression names the month or writes the date in figures ("20 April",
 *     "Sept. 11", "4/20"), not only counts to it from the publication date ("Tuesday", "9 p.m. Friday")
 * @param dated true when it has any temporal expression that resolves to a date, of any precision
 */
record CorpusSentence(int doc, int position, String text, List<String> terms, LocalDate published,
    List<LocalDate> mentions, List<LocalDate> spelled, boolean dated) {}
