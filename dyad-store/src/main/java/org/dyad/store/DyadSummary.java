package org.dyad.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One dyad of a corpus overview: how many events its two actors have, how cooperative their stories are, and where
 * their relation last turned. Counts and balance cover the overview's period; see docs/overview.md.
 *
 * @param a one actor code (the first alphabetically, or the overview's actor when it was asked for one)
 * @param b the other actor code
 * @param events stored events between them, either direction, any status
 * @param aToB of those, events where {@code a} acts on {@code b}
 * @param bToA events where {@code b} acts on {@code a}
 * @param lastDate the first day of the latest dated event, or null
 * @param stories occurred stories between them (reports of one real-world event count once)
 * @param cooperation stories in the two cooperation quad classes
 * @param conflict stories in the two conflict quad classes
 * @param balance (cooperation − conflict) / stories, from −1 (all conflict) to 1 (all cooperation); null without
 *     stories
 * @param meanIntensity mean Goldstein intensity over the stories; null without stories
 * @param turn the last turning point of the smoothed monthly balance, or null when it never moved
 */
public record DyadSummary(String a, String b, long events, long aToB, long bToA, LocalDate lastDate, long stories,
    long cooperation, long conflict, Double balance, Double meanIntensity, Turn turn) {

  /** The names of the overview table's columns, in the order of {@link #values()}. */
  public static final List<String> COLUMNS = List.of("dyad", "a", "b", "events", "a_to_b", "b_to_a", "last_date",
      "stories", "cooperation", "conflict", "balance", "mean_intensity", "turn_month", "turn_kind", "turn_basis",
      "balance_before", "balance_after");

  /**
   * Where the smoothed monthly balance last changed sign, or, when it never did, moved most.
   *
   * @param month the first day of the month the new balance begins in
   * @param kind "thaw" when the balance rose, "freeze" when it fell
   * @param basis "sign" when the balance changed sign there, "move" when it is the largest move of a balance that
   *     kept its sign
   * @param before the smoothed balance of the previous month with stories
   * @param after the smoothed balance of {@code month}
   */
  public record Turn(LocalDate month, String kind, String basis, double before, double after) {}

  /** The dyad as the {@code dyad} parameter writes it, codes in alphabetical order ("LBY:USA"). */
  public String dyad() {
    return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
  }

  /** This summary seen from {@code actor}'s side: {@code a} is that actor and the directed counts follow. */
  public DyadSummary facing(String actor) {
    if (a.equals(actor) || !b.equals(actor)) {
      return this;
    }
    return new DyadSummary(b, a, events, bToA, aToB, lastDate, stories, cooperation, conflict, balance,
        meanIntensity, turn);
  }

  /** The row of the overview table, in the order of {@link #COLUMNS}; absent values are null. */
  public List<Object> values() {
    return Arrays.asList(dyad(), a, b, events, aToB, bToA, lastDate, stories, cooperation, conflict, balance,
        meanIntensity, turn == null ? null : turn.month(), turn == null ? null : turn.kind(),
        turn == null ? null : turn.basis(), turn == null ? null : turn.before(), turn == null ? null : turn.after());
  }
}
