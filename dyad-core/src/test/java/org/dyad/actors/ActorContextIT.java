package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names valid by date, role nouns and the context that gives them a country, on sentences we wrote. */
class ActorContextIT {

  private static List<Mention> mentions(String text, String date, String dateline) {
    ArticleActors resolver = Actors.shared().forArticle(date.equals("-") ? null : LocalDate.parse(date),
        dateline.equals("-") ? null : dateline);
    List<Mention> out = new ArrayList<>();
    for (Sentence s : Nlp.shared().annotate(text)) {
      out.addAll(resolver.mentions(s));
    }
    return out;
  }

  private static void check(String text, String date, String dateline, String mention, String code, String sector) {
    List<Mention> ms = mentions(text, date, dateline);
    Mention m = ms.stream().filter(x -> x.text().equals(mention)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + ms));
    assertEquals(code.equals("-") ? null : code, m.code(), m.explain());
    assertEquals(sector.equals("-") ? null : sector, m.sector(), m.explain());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', value = {
      "Moscow said it would respond.|1987-05-01|Moscow|SUN|GOV",
      // names after one token holding two ("UN-AU": the UN and the African Union) are still read
      "The UN-AU force met Kenyan officials in Sudan.|2012-03-07|Sudan|SDN|-",
      // a title that implies a state alone is no longer that state's when a possessive owns it
      "Clinton met the Secretary of State.|2011-03-11|Secretary of State|USA|GOV",
      "Libya said its secretary of state would travel to Malta.|2011-03-11|secretary of state|LBY|GOV",
      "Moscow said it would respond.|1995-05-01|Moscow|RUS|GOV",
      // a generated city (cities.tsv) after a preposition of place, dated by its state's periods
      "Fighting went on in Zawiya.|2011-03-01|Zawiya|LBY|-",
      "Thousands marched in Leipzig.|1989-10-09|Leipzig|DDR|-",
      "Thousands marched in Leipzig.|1999-10-09|Leipzig|DEU|-",
      "Troops moved into Mostar.|1993-05-09|Mostar|BIH|-",
      "Moscow said it would respond.|-|Moscow|RUS|GOV",
      "The Kremlin rejected the offer.|1991-12-20|Kremlin|SUN|GOV",
      "The Kremlin rejected the offer.|1992-01-10|Kremlin|RUS|GOV",
      "Russia protested.|1987-05-01|Russia|SUN|-",
      "Bonn rejected the plan.|1987-05-01|Bonn|DEU|GOV",
      "West German officials objected.|1987-05-01|West German officials|DEU|GOV",
      "East Berlin protested.|1988-03-01|East Berlin|DDR|GOV",
      "Peking denounced the visit.|1975-03-01|Peking|CHN|GOV",
      "Belgrade recalled its envoy.|1990-03-01|Belgrade|YUG|GOV",
      "Belgrade recalled its envoy.|2010-03-01|Belgrade|SRB|GOV",
      "Prague welcomed the move.|1988-03-01|Prague|CSK|GOV",
      "Prague welcomed the move.|1998-03-01|Prague|CZE|GOV",
      "Zaire expelled the diplomats.|1990-03-01|Zaire|COD|-",
      "The Taliban captured the town.|1998-03-01|Taliban|AFG|GOV",
      "The Taliban captured the town.|2010-03-01|Taliban|AFG|REB",
      "Hezbollah fired rockets.|2006-07-20|Hezbollah|LBN|REB",
      "The PLO rejected the plan.|1987-05-01|PLO|PSE|REB",
      // parties of groups.tsv: GOV while they led the government, OPP while they did not (issue 18)
      "Ruling Liberal Democratic Party (LDP) chairman Shintaro Abe said Japan would open its rice market.|1987-05-01|Liberal Democratic Party (LDP) chairman Shintaro Abe|JPN|GOV",
      // a short form in parentheses between a party's name and its officer's title keeps them one phrase
      "Ruling Liberal Democratic Party (LDP) executive council chairman Shintaro Abe told reporters.|1987-05-01|chairman Shintaro Abe|JPN|GOV",
      "The Liberal Democratic Party accused the government of lying.|2010-03-01|Liberal Democratic Party|JPN|OPP",
      "The BJP accused Pakistan of aggression.|1999-03-01|BJP|IND|GOV",
      "The BJP accused Pakistan of aggression.|1990-03-01|BJP|IND|OPP",
      "The Likud accused Rabin of betrayal.|1993-03-01|Likud|ISR|OPP",
      "The Kuomintang accused China of intimidation.|1990-03-01|Kuomintang|TWN|GOV",
      "The British Labour Party condemned the raid.|1987-05-01|British Labour Party|GBR|OPP",
      "Soviet Communist Party chief Mikhail Gorbachev met Reagan.|1987-05-01|Soviet Communist Party chief Mikhail Gorbachev|SUN|GOV",
      "The MPLA government accused South Africa of aggression.|1990-03-01|MPLA government|AGO|GOV",
      // armed groups with the state they act in
      "Islamic State fighters seized the town of Tikrit.|2014-07-01|Islamic State fighters|IRQ|REB",
      "RENAMO rebels attacked a train.|1987-05-01|RENAMO rebels|MOZ|REB",
      "The Peshmerga retook the town.|2015-01-01|Peshmerga|IRQ|MIL",
      // a former state's adjective names one of its successors, no side
      "The ex-Yugoslav state condemned Serbia.|2011-05-01|ex-Yugoslav|-|-",
      "A former Soviet republic accused Russia.|2011-05-01|former Soviet|-|-"})
  void namesMeanWhatTheyMeantOnTheDate(String text, String date, String mention, String code, String sector) {
    check(text, date, "-", mention, code, sector);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Iranian gunboats attacked a tanker.|-|Iranian gunboats|IRN|MIL",
      "South Korean police fired tear gas at students.|-|South Korean police|KOR|COP",
      "Iraq said its warplanes hit two ships.|-|warplanes|IRQ|MIL",
      "Officials of the Bank of England met bankers.|-|Officials|GBR|GOV",
      "Protesters in Seoul marched on Sunday.|-|Protesters|KOR|CVL",
      "Troops in Lebanon fired.|-|Troops|-|MIL",
      "Syrian troops shelled rebels near Homs.|-|rebels|SYR|REB",
      "Thousands of students marched outside the embassy in Seoul.|-|students|KOR|CVL",
      "Japanese Agriculture Minister Mutsuki Kato rejected the request.|-|Japanese Agriculture Minister Mutsuki Kato|JPN|GOV",
      "U.S. Commerce Secretary Malcolm Baldrige arrived.|-|U.S. Commerce Secretary Malcolm Baldrige|USA|GOV",
      "Senior Japanese officials met American trade negotiators.|-|American trade negotiators|USA|GOV",
      "Officials said the plan was ready.|TOKYO|Officials|JPN|GOV",
      "Police broke up the march.|SEOUL|Police|KOR|COP",
      "Unidentified jets attacked three oil rigs.|BAHRAIN|jets|-|MIL",
      "Jets attacked three oil rigs.|BAHRAIN|Jets|-|MIL",
      "Officials said Iran had been warned.|TOKYO|Officials|-|GOV",
      "Officials said the talks would resume.|GENEVA|Officials|-|GOV",
      "The Foreign Ministry official said America had been warned.|TOKYO|Foreign Ministry official|JPN|GOV",
      "A Franco-German meeting ended.|-|Franco|FRA|-",
      // a place one side holds stands for that side there
      "Government forces shelled the rebel-held city of Benghazi.|-|Benghazi|LBY|REB",
      // a leader inside "pro-"/"anti-" gives his state; a state after "anti-" gives none
      "Pro-Gaddafi forces shelled the town.|-|Pro-Gaddafi forces|LBY|MIL",
      "Anti-Gaddafi rebels took the town.|-|Anti-Gaddafi rebels|LBY|REB",
      "Anti-American protesters marched on Monday.|-|protesters|-|CVL",
      "Iran said it would retaliate against any attack.|-|it|IRN|-",
      "The Soviet Union announced on Monday that they would withdraw.|-|they|SUN|-",
      // a condition or time clause between the speech verb and the pronoun
      "Japan has said that if the tariffs are imposed, it would file a complaint.|-|it|JPN|-",
      "Iraq said once the attacks stopped, it would talk.|-|it|IRQ|-",
      "Treasury Secretary Mario Vega said the talks went well.|LIMA|Treasury Secretary Mario Vega|PER|GOV",
      "Treasury Secretary Mario Vega said the talks went well.|WASHINGTON|Treasury Secretary Mario Vega|USA|GOV",
      // a title's portfolio ("of Commerce") and the name after it are one person; a secretary is one person
      "Deputy Under Secretary of Commerce Paul Harlan replied that Japan had been warned.|WASHINGTON|Deputy Under Secretary of Commerce Paul Harlan|USA|GOV",
      // a definite plural title ("the ministers") is the latest group of that title the article named with a country
      "Japanese trade ministers met in Osaka. Later the ministers criticized Korea.|BRUSSELS|ministers|JPN|GOV",
      // "own" after the possessive, and "his"/"her" for a person of a state: that state's people
      "Iraq said its own warplanes hit two ships.|-|warplanes|IRQ|MIL",
      "Syrian President Bashar al-Assad ordered attacks on his own civilians.|-|civilians|SYR|CVL",
      // a story filed from a neighbour about another state: its police are not the dateline's
      "Syria shelled Homs. Syria blamed gangs. Police fired at the crowd.|AMMAN|Police|SYR|COP",
      "Syria shelled Homs. Police fired at the crowd.|AMMAN|Police|-|COP",
      "The U.S. pressed Japan. U.S. envoys left. Police broke up the march.|TOKYO|Police|JPN|COP",
      // people of a place with no country nearer: the state the article has named far more than any other
      "Syria shelled Homs. Syria blamed Turkey. Syria said protesters were armed.|-|protesters|SYR|CVL",
      "Syria shelled Homs. Turkey blamed Syria. Turkey told Iraq that protesters were armed.|-|protesters|-|CVL",
      // and with none, the one state the sentence names, its people included
      "Syrian soldiers fired at protesters.|-|protesters|SYR|CVL",
      "White House officials said the opposition was fighting Gaddafi.|-|opposition|-|OPP"})
  void roleNounsTakeTheirCountryFromTheContext(String text, String dateline, String mention, String code, String sector) {
    check(text, "1987-05-01", dateline, mention, code, sector);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Soviet Foreign Minister Eduard Shevardnadze arrived. The administration said it was pleased.|administration|-",
      "Soviet Foreign Minister Eduard Shevardnadze arrived. Officials said he was tired.|Officials|-",
      "Soviet Foreign Minister Eduard Shevardnadze arrived. The minister said he was tired.|minister|SUN",
      "Saudi Arabia's Crown Prince Abdullah met Vice President George Bush. Later the Crown Prince called on Reagan.|Crown Prince|SAU",
      "A Kenyan minister arrived on Monday. He said the border was open.|He|KEN",
      "A Kenyan minister met Ugandan officials. Officials said he was tired.|Officials|-"})
  void bareTitlesCoreferOnlyToAPersonOfThatPost(String text, String mention, String code) {
    check(text, "1987-05-01", "-", mention, code, "GOV");
  }

  @org.junit.jupiter.api.Test
  void theArticlesMainStateIsKnownFromItsFirstSentenceWhenTheWholeArticleIsReadFirst() {
    String text = "Syrian forces killed 24 civilians, Turkey said. Syria blamed armed gangs. Syria said order was restored.";
    ArticleActors resolver = Actors.shared().forArticle(LocalDate.parse("2011-07-01"), null);
    List<Sentence> all = Nlp.shared().annotate(text);
    resolver.read(all);
    Mention civilians = resolver.mentions(all.get(0)).stream().filter(m -> m.text().equals("civilians")).findFirst()
        .orElseThrow();
    assertEquals("SYR", civilians.code(), civilians.explain());
    // read sentence by sentence, the first sentence alone names Syria once: no main state yet
    Mention unread = mentions(text, "2011-07-01", "-").stream().filter(m -> m.text().equals("civilians")).findFirst()
        .orElseThrow();
    assertEquals(null, unread.code(), unread.explain());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an apposition that opens with "former" still gives the person a post, hence the dateline's country
      "Taro Sato, former Foreign Minister, left on Sunday. Sato said he was tired.|TOKYO|Sato|JPN|GOV",
      // a name written family name first is named later by that name alone
      "Kenyan Trade Minister Odhiambo Kariuki-Mwangi arrived. He praised Odhiambo's plan.|-|Odhiambo|KEN|GOV",
      "South Korean Trade Minister Park Joon-ho arrived. Park said he was pleased.|-|Park|KOR|GOV",
      // "I" inside a quotation is the person who said it
      "Kenyan Foreign Minister Otieno Mbeki arrived. \"I will ask them to leave,\" said Mbeki.|-|I|KEN|GOV",
      // the lede's unnamed official, named later, is of the lede's country and not the dateline's
      "A senior Kenyan official said the talks failed. John Otieno, secretary for trade, said so.|LONDON|John Otieno|KEN|GOV",
      "Trade Minister John Otieno said the talks failed.|NAIROBI|Trade Minister John Otieno|KEN|GOV",
      // a lede's title of one person with no name, then a full name of no known side: the same person
      "The UN's refugee chief arrived in Kenya. Anna Lindqvist met the Kenyan trade minister.|-|Anna Lindqvist|UN|IGO",
      "Kenya's trade minister arrived. Later, Anna Lindqvist left.|-|Anna Lindqvist|-|-",
      // a named person's or body's possessive before a role noun gives its state
      "Reagan's administration said it would respond.|-|administration|USA|GOV",
      "Gaddafi's troops fired at the crowd.|-|troops|LBY|MIL",
      "The UN's humanitarian chief arrived.|-|chief|UN|IGO",
      "Gaddafi loyalists fired at the crowd.|-|Gaddafi loyalists|LBY|MIL",
      "Fighting went on in Misrata.|-|Misrata|LBY|-",
      // a surname after another given name is not the known bearer of that surname
      "White House Chief of Staff Howard Baker arrived.|-|White House Chief of Staff Howard Baker|USA|GOV",
      // an apposition whose title takes modifiers the title list leaves out, or a possessive country before them
      "Taro Sato, vice minister of Kenya's trade ministry, arrived.|-|Taro Sato|KEN|GOV",
      "Taro Sato, Kenya's deputy foreign minister, arrived.|-|Taro Sato|KEN|GOV",
      // a name in apposition to a title that heads the phrase takes the title's side
      "Sato met the Kenyan trade minister, John Otieno, on Monday.|-|John Otieno|KEN|GOV",
      // a list after a title is no apposition, and a capital before a comma is a place, not a post
      "Sato met the Kenyan trade minister, John Otieno and Mary Wanjiru.|-|John Otieno|-|-",
      "In Nairobi, John Otieno said the talks failed.|-|John Otieno|-|-",
      "After talks with the Kenyan trade minister, John Otieno said the talks failed.|-|John Otieno|-|-",
      "After talks with Kenyan ministers, John Otieno left.|-|John Otieno|-|-",
      "The Kenyan trade minister, John Otieno said the talks failed.|-|John Otieno|KEN|GOV"})
  void namedPeopleKeepTheirPostAndNameAcrossTheArticle(String text, String dateline, String mention, String code,
      String sector) {
    check(text, "1987-05-01", dateline, mention, code, sector);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // "she" is the woman named, not the man named after her
      "Kenyan Foreign Minister Grace Otieno met Ugandan President Yoweri Museveni. She said the border was open.|She|KEN",
      // "he" passes over a woman to the man before her
      "Ugandan President Yoweri Museveni met Kenyan Foreign Minister Grace Otieno. He said the border was open.|He|UGA",
      // a woman of no known side still takes "she" from the men named beside her
      "Grace Otieno arrived with Ugandan President Yoweri Museveni. She said the border was open.|She|-",
      "Britain's Queen Elizabeth received Kenyan President Daniel arap Moi. She said the talks went well.|She|GBR"})
  void pronounsAgreeInGenderWithThePersonTheyName(String text, String mention, String code) {
    List<Mention> ms = mentions(text, "1987-05-01", "-");
    Mention m = ms.stream().filter(x -> x.text().equals(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + ms));
    assertEquals(code.equals("-") ? null : code, m.code(), m.explain());
  }

  @org.junit.jupiter.api.Test
  void sheAfterMenOnlyNamesNobodyTheArticleNamed() {
    List<Mention> ms = mentions("Kenyan President Daniel arap Moi arrived. She said the border was open.", "1987-05-01", "-");
    assertEquals(List.of("Kenyan President Daniel arap Moi"), ms.stream().map(Mention::text).toList());
  }

  @org.junit.jupiter.api.Test
  void aTitleWordUsedAsAnAdjectiveNamesNobody() {
    List<Mention> ms = mentions("The Crown Prince, who is here on an official visit, replied.", "1987-05-01", "NAIROBI");
    assertEquals(List.of("Crown Prince"), ms.stream().filter(m -> !m.place()).map(Mention::text).toList());
  }

  @org.junit.jupiter.api.Test
  void aPersonOfAStateThatNoLongerExistsIsOfNoSide() {
    Mention former = mentions("Former Soviet leader Mikhail Gorbachev condemned the regime.", "2011-02-21", "-").get(0);
    assertEquals(null, former.code(), former.explain());
    Mention alone = mentions("Mikhail Gorbachev condemned the regime.", "2011-02-21", "-").get(0);
    assertEquals(null, alone.code(), alone.explain());
    Mention then = mentions("Soviet leader Mikhail Gorbachev met Reagan.", "1987-12-08", "-").get(0);
    assertEquals("SUN", then.code(), then.explain());
    // the state itself is still named: "the Soviet invasion of 1979" in a later story
    Mention state = mentions("The Soviet Union invaded Afghanistan in 1979.", "2011-02-21", "-").get(0);
    assertEquals("SUN", state.code(), state.explain());
  }

  @org.junit.jupiter.api.Test
  void aRoleNounOfStanceBeforeToNamesNobody() {
    List<Mention> ms = mentions("President Reagan reaffirmed his opposition to protectionism.", "1987-03-31", "-");
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("opposition")), ms.toString());
    List<Mention> party = mentions("The opposition rejected the plan.", "1987-03-31", "SEOUL");
    assertEquals(List.of("opposition"), party.stream().map(Mention::text).toList());
  }

  @org.junit.jupiter.api.Test
  void hereIsTheDatelinesPlaceOnlyInADatelinedStory() {
    String text = "The Crown Prince, who is here on an official visit, replied.";
    Mention here = mentions(text, "1987-05-01", "NAIROBI").stream().filter(m -> m.text().equals("here")).findFirst()
        .orElseThrow();
    assertEquals("KEN", here.code(), here.explain());
    assertTrue(here.place(), here.explain());
    assertTrue(mentions(text, "1987-05-01", "-").stream().noneMatch(m -> m.text().equals("here")));
  }

  @org.junit.jupiter.api.Test
  void aListThatAPrepositionOfPlaceOpensNamesPlaces() {
    List<Mention> ms = mentions("British officials held talks in Italy, Egypt and Norway with Libyan rebels.", "2011-06-01", "-");
    assertEquals(List.of("Italy", "Egypt", "Norway"), ms.stream().filter(Mention::place).map(Mention::text).toList());
    List<Mention> two = mentions("Demonstrators are calling for change in Algeria and Sudan.", "2011-02-02", "-");
    assertEquals(List.of("Algeria", "Sudan"), two.stream().filter(Mention::place).map(Mention::text).toList());
    List<Mention> actors = mentions("Italy, Egypt and Norway held talks with Libyan rebels.", "2011-06-01", "-");
    assertTrue(actors.stream().noneMatch(Mention::place), actors.toString());
    List<Mention> scene = mentions("In Geneva, Iran and the United States agreed on a plan.", "2011-06-01", "-");
    assertEquals(List.of("Geneva"), scene.stream().filter(Mention::place).map(Mention::text).toList());
    List<Mention> noList = mentions("At the United Nations Russia and China snubbed the talks.", "2011-06-01", "-");
    assertTrue(noList.stream().noneMatch(m -> m.place() && (m.text().equals("Russia") || m.text().equals("China"))),
        noList.toString());
  }

  @org.junit.jupiter.api.Test
  void theCountryIsTheStateNamedLast() {
    check("EC ministers deplored Japan's trade surplus and appealed for the country to open its markets.", "1987-03-16",
        "-", "the country", "JPN", "-");
    List<Mention> igo = mentions("The United Nations said the country must act.", "1987-03-16", "-");
    assertTrue(igo.stream().noneMatch(m -> m.text().equals("the country")), igo.toString());
    List<Mention> later = mentions("France sent envoys. Rebels insisted that Gaddafi must leave the country.", "2011-03-16",
        "-");
    assertTrue(later.stream().noneMatch(m -> m.text().equals("the country")), later.toString());
    Mention in = mentions("Obama said intervention in Syria or anywhere in the country would be a mistake.", "2011-03-16",
        "-").stream().filter(m -> m.text().equals("the country")).findFirst().orElseThrow();
    assertTrue(in.place(), in.explain());
    List<Mention> director = mentions("Japan said the country director had resigned.", "1987-03-16", "-");
    assertTrue(director.stream().noneMatch(m -> m.text().equals("the country")), director.toString());
  }

  @org.junit.jupiter.api.Test
  void aNameInAnIdiomOrAfterAClockTimeNamesNobody() {
    List<Mention> fed = mentions("Fed up with corruption, Egyptians marched.", "2011-02-01", "-");
    assertEquals(List.of("Egyptians"), fed.stream().map(Mention::text).toList());
    List<Mention> stamp = mentions("Update 3:33 a.m. Cairo: Chavez demanded respect from Egypt.", "2011-02-01", "-");
    assertTrue(stamp.stream().noneMatch(m -> m.text().equals("Cairo")), stamp.toString());
    assertTrue(mentions("The Fed raised rates.", "2011-02-01", "-").stream().anyMatch(m -> "USA".equals(m.code())));
  }

  @org.junit.jupiter.api.Test
  void aGivenNameTheKnowledgeBaseDoesNotPairWithTheSurnameNamesSomebodyElse() {
    Mention howard = mentions("Howard Baker arrived.", "1987-05-01", "-").get(0);
    assertEquals(null, howard.code(), howard.explain());
    Mention james = mentions("James Baker arrived.", "1990-05-01", "-").get(0);
    assertEquals("USA", james.code(), james.explain());
  }
}
