package org.dyad.actors;

import java.time.LocalDate;

/**
 * One thing a phrase can name: a state, a demonym, a capital, a metonym, an IGO, a named group, a place, a title
 * or a person's role.
 *
 * @param kind what the phrase names
 * @param code actor or country code, or null (titles without an implied country)
 * @param sector sector, or null
 * @param name canonical name
 * @param role role title for people, else null
 * @param from first day the entry holds, or null
 * @param to last day the entry holds, or null
 * @param anyDate false when the entry names its person only on days of the term (generated and
 *     hand-listed officeholders: a namesake decades later is not the officeholder)
 * @param source {@code FILE:LINE} of the user dictionary the entry came from, or null for dyad's own
 */
record KbEntry(Kind kind, String code, String sector, String name, String role, LocalDate from, LocalDate to,
    boolean anyDate, String source) {

  KbEntry(Kind kind, String code, String sector, String name, String role, LocalDate from, LocalDate to,
      boolean anyDate) {
    this(kind, code, sector, name, role, from, to, anyDate, null);
  }

  KbEntry(Kind kind, String code, String sector, String name, String role, LocalDate from, LocalDate to) {
    this(kind, code, sector, name, role, from, to, true);
  }

  enum Kind { COUNTRY, DEMONYM, CAPITAL, METONYM, IGO, GROUP, PLACE, TITLE, PERSON, NOTHING }

  boolean validOn(LocalDate date) {
    if (date == null) {
      return true;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** True unless the entry is a person's term that names them only in office and {@code date} is outside it. */
  boolean namesOn(LocalDate date) {
    return anyDate || validOn(date);
  }

  boolean countryLike() {
    return kind == Kind.COUNTRY || kind == Kind.DEMONYM || kind == Kind.CAPITAL
        || kind == Kind.METONYM || kind == Kind.IGO || kind == Kind.GROUP;
  }
}
