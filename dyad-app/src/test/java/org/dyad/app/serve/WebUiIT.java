package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.app.Main;
import org.dyad.export.Exports;
import org.dyad.store.ActorCounts;
import org.dyad.store.DyadSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.OverviewQuery;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI end to end: {@code dyad serve} over the demo store (plus one article with a script tag), driven in
 * Debian's headless Chromium through chromedriver; screenshots go to {@code target/screenshots/}.
 */
class WebUiIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  static Path dir;
  private static Store store;
  private static Server server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no browser: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) "
            + "to run the web UI test; .ci/run does");
    Path storeDir = demoStore();
    store = Store.open(storeDir);
    server = Server.start(store, Server.LOCALHOST, 0);
    browser = chromium(dir.resolve("chromium-profile"));
    Files.createDirectories(SHOTS);
  }

  /** The demo corpus ingested as {@code dyad demo} does, plus one article we wrote whose text holds a script tag. */
  private static Path demoStore() throws IOException {
    Path data = dir.resolve("demo");
    assertEquals(0, Main.execute("demo", "--no-serve", "--data", data.toString()));
    Path script = dir.resolve("script.jsonl");
    Files.writeString(script, "{\"title\": \"Scriptwarning test <script>alert(2)</script>\", \"published\": "
        + "\"2013-05-01\", \"outlet\": \"Test Wire\", \"text\": \"Scriptwarning: the page held "
        + "<script>alert(1)</script> inside its text, which analysts must see as text.\\n\\n\\\"Pages like "
        + "<script>alert(3)</script> must stay text, whatever the page around them holds,\\\" said Sergei Lavrov, "
        + "the Russian foreign minister, in Moscow on Monday.\\n\\nA second "
        + "paragraph of the scriptwarning test article, long enough to count as an article body for the "
        + "extractor, says that the embassy in Moscow published the note on Monday.\"}\n"
        // a one-line text without a title, as users give short texts: an article all the same
        + "{\"published\": \"2013-05-02\", \"text\": \"Untitledcheck: Iran threatened Israel on Sunday, "
        + "officials said.\"}\n");
    Path storeDir = data.resolve("store");
    assertEquals(0, Main.execute("ingest", script.toString(), "--store", storeDir.toString(), "--quiet"));
    return storeDir;
  }

  private static WebDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the flags that work on this machine's closed network (see the machine notes)
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.get(server.url());
    waitFor("the page to start", () -> "true".equals(find("body").getAttribute("data-ready")));
  }

  @Test
  void searchesAndOpensAnArticleWithHighlightedHits() throws IOException {
    search("sanctions");
    List<WebElement> hits = browser.findElements(By.cssSelector("#search-results li"));
    assertTrue(hits.size() >= 5, "the demo corpus has many articles on sanctions, got " + hits.size());
    List<WebElement> marks = hits.get(0).findElements(By.cssSelector(".snippet mark"));
    assertFalse(marks.isEmpty(), "the snippet highlights the hit");
    assertEquals("sanctions", marks.get(0).getText().toLowerCase());
    String title = hits.get(0).findElement(By.cssSelector(".result-title")).getText();
    hits.get(0).findElement(By.cssSelector(".result-title")).click();
    waitFor("the article to open", () -> find("#article").isDisplayed()
        && find("#article-title").getText().equals(title));
    assertTrue(find("#article-text").getText().toLowerCase().contains("sanction"));
    screenshot("search-and-article");
  }

  @Test
  void headsAnUntitledHitWithItsFirstSentence() {
    search("untitledcheck");
    assertEquals("Untitledcheck: Iran threatened Israel on Sunday, officials said.",
        find("#search-results li .result-title").getText());
  }

  @Test
  void offersEveryActorAndEveryDyadOfTheStoreBusiestFirst() {
    ActorCounts counts = store.actorCounts();
    List<String> codes = new Select(find("#actor-a")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertEquals(counts.actors().stream().map(ActorCounts.Actor::code).toList(), codes);
    List<String> pairs = new Select(find("#dyad-pick")).getOptions().stream().map(o -> o.getAttribute("value"))
        .filter(v -> !v.isEmpty()).toList();
    assertEquals(counts.dyads().stream().map(d -> d.a() + ":" + d.b()).toList(), pairs);
    assertTrue(pairs.size() > 1, "the demo store has more than one dyad: " + pairs);
  }

  @Test
  void aLinkOpensItsDyadAndPeriodAndPickingRewritesTheLink() throws IOException {
    ActorCounts.Dyad other = store.actorCounts().dyads().stream().filter(d -> !d.a().equals("RUS") || !d.b().equals("USA"))
        .findFirst().orElseThrow();
    browser.get(server.url() + "#dyad=" + other.b() + ":" + other.a() + "&from=2012-01-01&to=2015-12-31");
    waitFor("the page to start", () -> "true".equals(find("body").getAttribute("data-ready")));
    assertEquals(other.b(), find("#actor-a").getAttribute("value"));
    assertEquals(other.a(), find("#actor-b").getAttribute("value"));
    assertEquals(other.a() + ":" + other.b(), find("#dyad-pick").getAttribute("value"));
    assertEquals("2012-01-01", find("#from").getAttribute("value"));
    assertEquals("2015-12-31", find("#to").getAttribute("value"));
    assertTrue(find("#timeline-title").getText().contains("2012-01-01 to 2015-12-31"), find("#timeline-title").getText());
    new Select(find("#dyad-pick")).selectByValue("RUS:USA");
    waitFor("the link to follow the pick", () -> browser.getCurrentUrl().contains("#dyad=RUS:USA"));
    assertTrue(browser.getCurrentUrl().contains("from=2012-01-01"), browser.getCurrentUrl());
    ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0];",
        "dyad=" + other.a() + ":" + other.b());
    waitFor("the pickers to follow a new link in the open page",
        () -> other.a().equals(find("#actor-a").getAttribute("value")));
    assertEquals(other.b(), find("#actor-b").getAttribute("value"));
  }

  @Test
  void aNarrowWindowDoesNotScrollSideways() throws IOException {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 900));
    try {
      openThePage();
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      screenshot("narrow");
      assertEquals(0L, ((Number) overflow).longValue(), "the page is wider than a 400 px window");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
  }

  @Test
  void showsAScriptTagInAnArticleAsTextAndNeverRunsIt() throws IOException {
    search("scriptwarning");
    WebElement hit = find("#search-results li .result-title");
    assertEquals("Scriptwarning test <script>alert(2)</script>", hit.getText());
    assertTrue(find("#search-results li .snippet").getText().contains("<script>alert(1)</script>")
        || find("#search-results li .snippet").getText().toLowerCase().contains("scriptwarning"));
    hit.click();
    waitFor("the script article to open", () -> find("#article").isDisplayed()
        && find("#article-text").getText().contains("<script>alert(1)</script>"));
    assertEquals("Scriptwarning test <script>alert(2)</script>", find("#article-title").getText());
    Object injected = ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll('main script, #search-results script, #article script').length;");
    assertEquals(0L, injected, "no script element was created from article text");
    assertNoAlert();
    screenshot("script-as-text");
  }

  @Test
  void listsAnArticlesQuotesWithTheirSpeakerAsTextAndMarksOneWhenClicked() throws IOException {
    search("scriptwarning");
    find("#search-results li .result-title").click();
    waitFor("the quotes of the script article", () -> find("#article-quotes").isDisplayed()
        && !browser.findElements(By.cssSelector("#article-quotes-list li")).isEmpty());
    WebElement quote = find("#article-quotes-list li.direct");
    assertTrue(quote.getText().contains("Sergei Lavrov"), quote.getText());
    assertTrue(quote.getText().contains("<script>alert(3)</script>"), "the quoted words show as text: " + quote.getText());
    quote.click();
    waitFor("the quote marked in the text", () -> find("#article-text mark.coding").getText().contains("must stay text"));
    Object injected = ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#article script').length;");
    assertEquals(0L, injected, "no script element was created from a quote");
    assertNoAlert();
    screenshot("article-quotes");
  }

  @Test
  void choosesADyadZoomsTheChartAndOpensAnEventsArticle() throws IOException {
    assumeTrue(hasEvents("USA:RUS"), "the demo store has no USA-RUS events yet: the pipeline codes no events in "
        + "this build, so the chart, zoom and event steps are skipped");
    new Select(find("#actor-a")).selectByValue("USA");
    new Select(find("#actor-b")).selectByValue("RUS");
    find("#show").click();
    waitFor("the series chart", () -> "drawn".equals(find("#chart").getAttribute("data-state")));
    waitFor("the event table", () -> !browser.findElements(By.cssSelector("#events tbody tr")).isEmpty());
    screenshot("main-view");
    zoomChart(25, 60);
    waitFor("the zoom to set the period", () -> !find("#from").getAttribute("value").isEmpty()
        && !find("#to").getAttribute("value").isEmpty());
    waitFor("the events of the zoomed period", () -> !browser.findElements(By.cssSelector("#events tbody tr")).isEmpty()
        || find("#events-note").isDisplayed());
    screenshot("zoomed");
    WebElement row = waitFor("an event row", () -> browser.findElements(By.cssSelector("#events tbody tr")).stream()
        .findFirst().orElse(null));
    row.click();
    waitFor("the event's article with its sentence marked", () -> find("#article").isDisplayed()
        && !browser.findElements(By.cssSelector("#article-text mark.coding")).isEmpty());
    assertTrue(find("#article-explain").isDisplayed(), "the explanation is shown");
    assertTrue(find("#article-explain").getText().contains("CAMEO"));
    String how = waitFor("the coder's explanation", () -> find("#article-explain dl.how").getAttribute("data-state"));
    assertEquals("explained", how, find("#article-explain").getText());
    assertTrue(find("#article-explain").getText().contains("Lexicon"));
    screenshot("event-article");
    // the overview panel is above the chart now: the chart's top, not the page's, starts the README's picture
    ((JavascriptExecutor) browser).executeScript("document.getElementById('chart-panel').scrollIntoView();");
    screenshot("main-view-with-evidence"); // the README's picture: chart, timeline and an event's evidence
    WebElement link = waitFor("a timeline entry of the zoomed period",
        () -> browser.findElements(By.cssSelector("#timeline li .links a")).stream().findFirst().orElse(null));
    String summary = find("#timeline li .summary").getText();
    assertFalse(summary.isBlank(), "a timeline entry has its summary");
    link.click();
    waitFor("the timeline entry's article", () -> find("#article").isDisplayed()
        && browser.findElements(By.cssSelector("#article-explain")).stream().noneMatch(WebElement::isDisplayed));
    screenshot("timeline-article");
  }

  @Test
  void theIntensityLineBreaksAtMonthsWithoutEvents() {
    assumeTrue(hasEvents("USA:RUS"), "the demo store has no USA-RUS events yet");
    find("#show").click();
    waitFor("the series chart", () -> "drawn".equals(find("#chart").getAttribute("data-state")));
    Object gaps = ((JavascriptExecutor) browser).executeScript(
        "const line = echarts.getInstanceByDom(document.getElementById('chart')).getOption().series"
            + ".find((s) => s.type === 'line');"
            + "return [line.connectNulls, line.data.filter((v) => v === null || v === '-').length];");
    List<?> g = (List<?>) gaps;
    assertEquals(Boolean.FALSE, g.get(0), "a month without events is a gap in the line, not a straight join");
    assertTrue(((Number) g.get(1)).intValue() > 0, "the demo series has empty months");
  }

  @Test
  void filtersTheEventTableByTypeAndByWhichSideActs() throws IOException {
    assumeTrue(hasEvents("USA:RUS"), "the demo store has no USA-RUS events yet");
    find("#show").click();
    waitFor("the event table", () -> !browser.findElements(By.cssSelector("#events tbody tr")).isEmpty());
    String type = find("#events tbody tr td:nth-child(3)").getText();
    new Select(find("#filter-type")).selectByValue(type);
    waitFor("only " + type + " events", () -> columnValues(3).stream().allMatch(type::equals) ? true : null);
    new Select(find("#filter-type")).selectByValue("");
    new Select(find("#filter-actor")).selectByValue("ba");
    waitFor("only events where Russia acts", () -> {
      List<String> sides = columnValues(2);
      return !sides.isEmpty() && sides.stream().allMatch(s -> s.matches(".*\\(RUS\\) → .*\\(USA\\)")) ? true : null;
    });
    screenshot("filtered");
  }

  @Test
  void theOverviewListsTheBusiestPairsDownloadsThemAndOpensOne() throws Exception {
    List<String> expected = store.overview(OverviewQuery.all().top(OverviewHandler.DEFAULT_LIMIT)).stream()
        .map(DyadSummary::dyad).toList();
    assertTrue(expected.size() > 1, "the demo store has more than one dyad: " + expected);
    waitFor("the overview's rows", () -> overviewDyads().size() == expected.size() ? true : null);
    assertEquals(expected, overviewDyads());
    assertTrue(find("#overview-title").getText().contains("busiest pairs"), find("#overview-title").getText());
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    screenshot("overview"); // the README's picture of the overview
    List<WebElement> links = browser.findElements(By.cssSelector("#overview-downloads a"));
    assertEquals(Exports.tableNames(), links.stream().map(a -> a.getAttribute("data-format")).toList());
    String href = find("#overview-downloads a[data-format='csv']").getAttribute("href");
    java.net.http.HttpResponse<String> csv = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith(String.join(",", SummaryTables.COLUMNS) + "\n" + expected.get(0) + ","),
        csv.body());
    String second = expected.get(1);
    find("#overview tbody tr[data-dyad='" + second + "'] a.pair").click();
    waitFor("the pair's dyad view", () -> browser.getCurrentUrl().contains("#dyad=" + second));
    assertEquals(second, find("#actor-a").getAttribute("value") + ":" + find("#actor-b").getAttribute("value"));
    assertEquals(second, find("#dyad-pick").getAttribute("value"));
  }

  @Test
  void theOverviewGivesOneActorsRelationsWithEveryOther() throws IOException {
    List<DyadSummary> usa = store.overview(OverviewQuery.all().withActor("USA"));
    assumeTrue(!usa.isEmpty(), "the demo store has no events of the United States in this build");
    waitFor("the overview's rows", () -> overviewDyads().isEmpty() ? null : true);
    new Select(find("#overview-actor")).selectByValue("USA");
    waitFor("the relations of the United States", () -> find("#overview-title").getText().contains("United States")
        && overviewDyads().size() == usa.size() ? true : null);
    assertEquals(usa.stream().map(DyadSummary::dyad).toList(), overviewDyads());
    List<String> pairs = browser.findElements(By.cssSelector("#overview tbody a.pair")).stream()
        .map(WebElement::getText).toList();
    assertTrue(pairs.stream().allMatch(p -> p.startsWith("United States — ")), pairs.toString());
    assertTrue(find("#overview-downloads a[data-format='csv']").getAttribute("href")
        .contains("/api/relations?actor=USA&format=csv"));
    screenshot("overview-relations");
  }

  private List<String> overviewDyads() {
    return browser.findElements(By.cssSelector("#overview tbody tr")).stream()
        .map(r -> r.getAttribute("data-dyad")).toList();
  }

  private List<String> columnValues(int column) {
    return browser.findElements(By.cssSelector("#events tbody tr td:nth-child(" + column + ")")).stream()
        .map(WebElement::getText).toList();
  }

  private static boolean hasEvents(String dyad) {
    return !store.events(EventQuery.all().withDyad(dyad).page(0, 1)).isEmpty();
  }

  /** Drags the chart's zoom slider as a user would: the handles' positions are percentages of the axis. */
  private void zoomChart(int startPercent, int endPercent) {
    ((JavascriptExecutor) browser).executeScript(
        "echarts.getInstanceByDom(document.getElementById('chart'))"
            + ".dispatchAction({type: 'dataZoom', dataZoomIndex: 0, start: arguments[0], end: arguments[1]});",
        startPercent, endPercent);
  }

  private void search(String q) {
    WebElement box = find("#q");
    box.clear();
    box.sendKeys(q);
    find("#search-button").click();
    waitFor("search results for " + q, () -> !browser.findElements(By.cssSelector("#search-results li")).isEmpty());
  }

  private void assertNoAlert() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("an alert ran: " + text);
    } catch (NoAlertPresentException expected) {
      // no script from an article ran
    }
  }

  private WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  private static <T> T waitFor(String what, Supplier<T> condition) {
    Instant end = Instant.now().plus(WAIT);
    RuntimeException last = null;
    while (Instant.now().isBefore(end)) {
      try {
        T value = condition.get();
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (RuntimeException e) {
        last = e; // the element is not there yet
      }
      sleep();
    }
    throw new AssertionError("timed out waiting for " + what, last);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
