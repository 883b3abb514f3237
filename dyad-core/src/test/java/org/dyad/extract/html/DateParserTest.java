package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', value = {
      "English month first § Posted Oct. 02, 2021, 19:02 IST § 2021-10-02",
      "English ordinal with of § the 5th of March, 2019 § 2019-03-05",
      "Spanish with de § Publicado el martes 9 de junio de 2020 § 2020-06-09",
      "Spanish capitalised § Miércoles, 15 de Abril de 2015 § 2015-04-15",
      "Portuguese § 21 de Outubro de 2018, 8:34 § 2018-10-21",
      "French first of month § le 1er mars 2017 à 10h00 § 2017-03-01",
      "French accented § 3 février 2016 § 2016-02-03",
      "German dotted day § Stand: 7. April 2020 § 2020-04-07",
      "German umlaut § 12. März 2019 § 2019-03-12",
      "Italian § Domenica 13 Dicembre 2020 | 10:36 § 2020-12-13",
      "Dutch § 9 oktober 2019 11:12 § 2019-10-09",
      "Romanian § 20 septembrie 2018 16:20 § 2018-09-20",
      "Russian genitive § Среда, 2 декабря 2020, 16:34 § 2020-12-02",
      "Polish genitive § 29 czerwca 2019 § 2019-06-29",
      "Turkish § 14 Şubat 2018 § 2018-02-14",
      "Arabic two names § نشر الجمعة 17 نيسان / أبريل 2020 09:22 § 2020-04-17",
      "Arabic Egyptian name § الأربعاء، 08 أكتوبر 2014 - 12:09 م § 2014-10-08",
      "Greek genitive § 19 Αυγούστου 2020 § 2020-08-19",
      "Hungarian year first § 2019. június 4. § 2019-06-04",
      "Hungarian numeric with spaces § 2019. 08. 18. 21:35 § 2019-08-18",
      "day first numeric § 09.08.2019 u 10:52 § 2019-08-09",
  })
  void readsDatesWrittenInManyLanguages(String name, String text, String iso) {
    assertEquals(iso, DateParser.text(text));
  }

  @Test
  void takesTheEarliestWrittenDateOfALine() {
    assertEquals("2020-03-05", DateParser.text("Posted 5 March 2020, updated March 6, 2020"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published 3 hours ago", "Il y a 3 heures", "12 marchamos 2020", "in March 2020",
      "route 66 2020"})
  void readsNoDateWhereNoDayIsWritten(String text) {
    assertNull(DateParser.text(text));
  }

  @Test
  void readsAUtcStampWithOneDigitSeconds() {
    assertEquals("2020-12-05T23:15Z", DateParser.iso("2020-12-05T23:15:0Z"));
  }
}
