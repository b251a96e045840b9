package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's JSON API and static files over HTTP, against a seeded table on the emulators. */
class DashboardApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DECEMBER_20_TO_24 = "from=2015-12-20&to=2015-12-24";

    private static SeededTable seeded;

    @BeforeAll
    static void seed() {
        seeded = new SeededTable();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    @Test
    void topics_countsArticlesPerDay_whenRangeIsGiven() throws Exception {
        JsonNode chart = json("/api/topics?" + DECEMBER_20_TO_24 + "&per=day");

        assertEquals(List.of("2015-12-20", "2015-12-21", "2015-12-22", "2015-12-23", "2015-12-24"),
                strings(chart.get("periods")));
        assertEquals(List.of(1, 0, 0, 0, 0), counts(series(chart, "terrorism")));
        assertEquals(List.of(0, 0, 0, 0, 1), counts(series(chart, "economy")));
    }

    @Test
    void topics_labelsSeriesWithTheRulesLabels() throws Exception {
        JsonNode chart = json("/api/topics?" + DECEMBER_20_TO_24);

        assertEquals("Disaster and accident", series(chart, "disaster").get("label").asText());
    }

    @Test
    void topics_groupsByWeeksStartingMonday_whenPerIsWeek() throws Exception {
        JsonNode chart = json("/api/topics?" + DECEMBER_20_TO_24 + "&per=week");

        assertEquals(List.of("2015-12-14", "2015-12-21"), strings(chart.get("periods")));
        assertEquals(List.of(1, 0), counts(series(chart, "terrorism")));
        assertEquals(List.of(0, 1), counts(series(chart, "diplomacy")));
    }

    @Test
    void topics_leavesOutArticlesOutsideTheRange() throws Exception {
        JsonNode chart = json("/api/topics?from=2015-12-21&to=2015-12-23");

        assertEquals(0, series(chart, "terrorism").get("total").asInt());
        assertEquals(0, series(chart, "economy").get("total").asInt());
        assertEquals(1, series(chart, "diplomacy").get("total").asInt());
    }

    @Test
    void topics_defaultsToThirtyDaysEndingOnTheNewestArticle() throws Exception {
        JsonNode chart = json("/api/topics");

        assertEquals("2015-11-25", chart.get("from").asText());
        assertEquals("2015-12-24", chart.get("to").asText());
        assertEquals(30, chart.get("periods").size());
    }

    @Test
    void regions_countsAnArticleInEachRegionItIsTaggedWith() throws Exception {
        JsonNode chart = json("/api/regions?" + DECEMBER_20_TO_24);

        assertEquals(1, series(chart, "asia").get("total").asInt());
        assertEquals(1, series(chart, "southern-asia").get("total").asInt());
        assertEquals(1, series(chart, "sub-saharan-africa").get("total").asInt());
        assertEquals(0, series(chart, "oceania").get("total").asInt());
    }

    @Test
    void regions_placeEachRegionUnderItsParent() throws Exception {
        JsonNode eastern = series(json("/api/regions?" + DECEMBER_20_TO_24), "eastern-africa");

        assertEquals("sub-saharan-africa", eastern.get("parent").asText());
        assertEquals(2, eastern.get("depth").asInt());
    }

    // Problem: a stored range over 400 weeks emptied the whole page ("range too long: 579 weeks"). Fix: the chart
    // is drawn with longer periods, and says which.
    @Test
    void regions_drawALongRange_withLongerPeriods() throws Exception {
        JsonNode chart = json("/api/regions?from=2000-01-01&to=2015-12-31&per=day");

        assertEquals("month", chart.get("per").asText());
        assertEquals(192, chart.get("periods").size());
        assertEquals(1, series(chart, "eastern-africa").get("total").asInt());
    }

    @Test
    void latest_listsClassifiedArticlesNewestFirst() throws Exception {
        JsonNode rows = json("/api/latest");

        assertEquals(List.of(SeededTable.HOSTILE, SeededTable.KENYA, SeededTable.MOSCOW, SeededTable.KABUL),
                StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("headline").asText()).toList());
    }

    @Test
    void latest_showsTagsWithTheirLabels() throws Exception {
        JsonNode kenya = json("/api/latest").get(1);

        assertEquals("Disaster and accident", kenya.at("/topics/0/label").asText());
        assertEquals("Kenya", kenya.at("/countries/0/label").asText());
        assertEquals("Eastern Africa", kenya.at("/regions/0/label").asText());
    }

    @Test
    void latest_stopsAtN() throws Exception {
        assertEquals(2, json("/api/latest?n=2").size());
    }

    @Test
    void article_showsWhichTermsFiredForEachTopicAndCountry() throws Exception {
        JsonNode article = json("/api/article?id=" + SeededTable.kabulId());

        assertEquals(SeededTable.KABUL, article.get("headline").asText());
        assertEquals("suicide bomber", article.at("/tags/topics/0/evidence/0/term").asText());
        assertEquals(2, article.at("/tags/topics/0/evidence/0/count").asInt());
        assertEquals("Kabul", article.at("/tags/countries/0/evidence/0/term").asText());
        assertEquals("Kabul", article.at("/tags/datelinePlace").asText());
    }

    @Test
    void article_answers404_whenIdIsUnknown() throws Exception {
        HttpResponse<String> response = get("/api/article?id=0000");

        assertEquals(404, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/topics?from=yesterday", "/api/topics?per=decade",
            "/api/topics?from=2015-12-24&to=2015-12-01",             "/api/latest?n=0", "/api/latest?n=many", "/api/article", "/api/topics?from=2015-13-01"})
    void api_answers400WithAReason_whenAParameterIsBad(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(400, response.statusCode());
        assertFalse(JSON.readTree(response.body()).get("error").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard.js", "/charts.js", "/dashboard.css"})
    void assets_areServedWithAContentSecurityPolicy(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(200, response.statusCode());
        assertEquals(Responses.CONTENT_SECURITY_POLICY,
                response.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/topicsX", "/index.htm", "/../pom.xml", "/Catalog.class",
            "/dev/articleclassifier/classify/rules.jsonc"})
    void unknownPaths_answer404(String path) throws Exception {
        assertEquals(404, get(path).statusCode());
    }

    @Test
    void writes_areRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(seeded.server.uri().resolve("/api/latest"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
    }

    @Test
    void requests_areRefused_whenHostNamesAnotherSite() throws Exception {
        // Problem: a page on another site could rebind its name to 127.0.0.1 and read the table through the
        // browser. Fix: only Host names of this machine are answered.
        assertTrue(rawStatusLine("evil.example:" + seeded.server.port()).contains(" 403 "));
    }

    @Test
    void requests_areAnswered_whenHostIsLocalhost() throws Exception {
        assertTrue(rawStatusLine("localhost:" + seeded.server.port()).contains(" 200 "));
    }

    private static String rawStatusLine(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", seeded.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/latest?n=1 HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create(seeded.server.uri().toString().replaceAll("/$", "") + path);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode series(JsonNode chart, String id) {
        for (JsonNode s : chart.get("series")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no series " + id + " in " + chart);
    }

    private static List<Integer> counts(JsonNode series) {
        List<Integer> counts = new ArrayList<>();
        series.get("counts").forEach(c -> counts.add(c.asInt()));
        return counts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asText()));
        return strings;
    }
}
