package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorsTest {

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "By Jane Roe and John Doe (China Daily) | China Daily | Jane Roe;John Doe",
      "by Jane Roe | - | Jane Roe",
      "Jane Roe, John Doe & Ann Lee | - | Jane Roe;John Doe;Ann Lee",
      "By Jane Roe in Moscow | - | Jane Roe",
      "By Jane Roe for The New York Times | - | Jane Roe",
      "By Jane Roe; Reuters | - | Jane Roe",
      "Jane Roe, Xinhua | Xinhua | Jane Roe",
      "By Agencies | - | ",
      "By Staff Reporter | - | ",
      "By Our Correspondent | - | ",
      "By China Daily | China Daily | ",
      "By Reuters | - | ",
      "By Madonna | - | ",
      "Jane Roe and Jane Roe | - | Jane Roe",
      "By Jean-Luc O'Neill | - | Jean-Luc O'Neill",
  })
  void keepsOnlyPersonNames(String byline, String outlet, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
    assertEquals(want, Authors.parse(byline, outlet));
  }
}
