package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The formats newsroom tools read: selectors, speakers with mentions, JSON-LD, paragraphs, batches. */
@QuarkusTest
class IntegrationFormatsTest {

    static final String ARTICLE = "Premier Jane Ford visited the hospital on Monday.\n\n"
            + "\u201CWe will not close a single hospital,\u201D Ford said.";
    static final String QUOTE = "We will not close a single hospital";
    static final String SCHEMA = "https://schema.org/";

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    @Test
    void eachQuoteCarriesWebAnnotationSelectors() {
        int start = ARTICLE.indexOf(QUOTE);
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE)).post(PATH)
                .then().statusCode(200)
                .body("quotes[0].selector", hasSize(2))
                .body("quotes[0].selector[0].type", equalTo("TextQuoteSelector"))
                .body("quotes[0].selector[0].exact", equalTo(QUOTE))
                .body("quotes[0].selector[0].prefix", equalTo(ARTICLE.substring(start - 32, start)))
                .body("quotes[0].selector[0].suffix", equalTo(ARTICLE.substring(start + QUOTE.length())))
                .body("quotes[0].selector[1].type", equalTo("TextPositionSelector"))
                .body("quotes[0].selector[1].start", equalTo(start))
                .body("quotes[0].selector[1].end", equalTo(start + QUOTE.length()));
    }

    @Test
    void positionSelectorCountsCodePointsWhereOffsetsCountUtf16Units() {
        String text = "\uD83D\uDE00\uD83D\uDE00 \u201CThe port reopens Monday,\u201D said Mayor Ann Lee.";
        int start = text.indexOf("The port");
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                .then().statusCode(200)
                .body("quotes[0].start", equalTo(start))
                .body("quotes[0].selector[1].start", equalTo(start - 2))
                .body("quotes[0].selector[0].prefix", equalTo(text.substring(0, start)));
    }

    @Test
    void speakersListEveryMentionAndTheirQuotes() {
        JsonPath body = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE)).post(PATH)
                .then().statusCode(200).extract().jsonPath();
        int ford = ARTICLE.indexOf("Ford said");
        assertEquals(ford, body.getInt("quotes[0].speaker.mentionStart"));
        assertEquals(ford + 4, body.getInt("quotes[0].speaker.mentionEnd"));
        assertEquals("Jane Ford", body.getString("speakers[0].name"));
        assertEquals(List.of(0), body.getList("speakers[0].quotes"));
        List<Map<String, Object>> mentions = body.getList("speakers[0].mentions");
        assertEquals(2, mentions.size(), () -> mentions.toString());
        assertEquals(Map.of("text", "Jane Ford", "start", ARTICLE.indexOf("Jane Ford"), "end",
                ARTICLE.indexOf("Jane Ford") + 9), mentions.get(0));
        assertEquals(Map.of("text", "Ford", "start", ford, "end", ford + 4), mentions.get(1));
    }

    @Test
    void jsonLdExpandsToSchemaOrgQuotations() throws Exception {
        String answer = given().contentType(ContentType.JSON).accept(JsonLd_MEDIA_TYPE)
                .body(Map.of("text", ARTICLE)).post(PATH)
                .then().statusCode(200).contentType(JsonLd_MEDIA_TYPE).extract().asString();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(answer))).get();
        JsonObject quotation = null;
        JsonObject article = null;
        for (JsonValue node : expanded) {
            JsonObject o = node.asJsonObject();
            String type = o.getJsonArray("@type").getString(0);
            if (type.equals(SCHEMA + "Quotation")) {
                quotation = o;
            } else if (type.equals(SCHEMA + "Article")) {
                article = o;
            }
        }
        assertTrue(quotation != null && article != null, answer);
        assertEquals(QUOTE, value(quotation, "text"));
        JsonObject creator = quotation.getJsonArray(SCHEMA + "creator").getJsonObject(0);
        assertEquals(SCHEMA + "Person", creator.getJsonArray("@type").getString(0));
        assertEquals("Jane Ford", value(creator, "name"));
        assertEquals("Premier", value(creator, "jobTitle"));
        assertEquals("Jane Ford", value(quotation.getJsonArray(SCHEMA + "spokenByCharacter").getJsonObject(0), "name"));
        assertEquals(article.getString("@id"),
                quotation.getJsonArray(SCHEMA + "isPartOf").getJsonObject(0).getString("@id"));
    }

    private static final String JsonLd_MEDIA_TYPE = "application/ld+json";

    private static String value(JsonObject node, String property) {
        return node.getJsonArray(SCHEMA + property).getJsonObject(0).getString("@value");
    }

    @Test
    void storedResultIsAlsoServedAsJsonLd() {
        String id = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE)).post(PATH).jsonPath().getString("id");
        given().accept(JsonLd_MEDIA_TYPE).get(PATH + "/" + id)
                .then().statusCode(200)
                .body("'@graph'[0].'@id'", equalTo("urn:whosaid:attribution:" + id))
                .body("'@graph'[1].text", equalTo(QUOTE));
    }

    @Test
    void paragraphInputAnswersWithOffsetsWithinEachParagraph() {
        String first = "Premier Jane Ford visited the hospital on Monday.";
        String second = "\u201CWe will not close a single hospital,\u201D Ford said.";
        given().contentType(ContentType.JSON)
                .body(Map.of("paragraphs", List.of(Map.of("id", "p1", "text", first), Map.of("id", "p2", "text", second))))
                .post(PATH)
                .then().statusCode(200)
                .body("quotes[0].text", equalTo(QUOTE))
                .body("quotes[0].paragraphId", equalTo("p2"))
                .body("quotes[0].endParagraphId", nullValue())
                .body("quotes[0].start", equalTo(1))
                .body("quotes[0].end", equalTo(1 + QUOTE.length()))
                .body("quotes[0].selector[1].start", equalTo(1))
                .body("quotes[0].speaker.name", equalTo("Jane Ford"))
                .body("quotes[0].speaker.mentionStart", equalTo(second.indexOf("Ford")))
                .body("quotes[0].speaker.mentionParagraphId", equalTo("p2"))
                .body("speakers[0].mentions[0].paragraphId", equalTo("p1"))
                .body("speakers[0].mentions[0].start", equalTo(first.indexOf("Jane Ford")));
    }

    @Test
    void aQuoteRunningAcrossParagraphsIsAnsweredParagraphByParagraphWithOneSpeaker() {
        // News style: a quote over two paragraphs has no closing mark at the end of the first.
        String first = "Mayor Ann Lee said: \u201CThe bridge will reopen in May.";
        String second = "\u201CThe tolls will stay as they are.\u201D";
        given().contentType(ContentType.JSON)
                .body(Map.of("paragraphs", List.of(Map.of("id", "a", "text", first), Map.of("id", "b", "text", second))))
                .post(PATH)
                .then().statusCode(200)
                .body("quotes", hasSize(2))
                .body("quotes[0].paragraphId", equalTo("a"))
                .body("quotes[0].start", equalTo(first.indexOf("The bridge")))
                .body("quotes[0].end", equalTo(first.length()))
                .body("quotes[1].paragraphId", equalTo("b"))
                .body("quotes[1].text", equalTo("The tolls will stay as they are."))
                .body("quotes[1].start", equalTo(1))
                .body("quotes[0].speaker.name", equalTo("Ann Lee"))
                .body("quotes[1].speaker.name", equalTo("Ann Lee"));
    }

    @Test
    void badParagraphInputIs400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("paragraphs", List.of())).post(PATH), 400,
                "Invalid request").body("violations[0].field", equalTo("paragraphs"));
        problem(given().contentType(ContentType.JSON).body(Map.of("paragraphs",
                List.of(Map.of("id", "p", "text", "A."), Map.of("id", "p", "text", "B.")))).post(PATH), 400,
                "Invalid request").body("detail", equalTo("paragraph ids must be distinct."));
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "A.", "paragraphs",
                List.of(Map.of("id", "p", "text", "B.")))).post(PATH), 400, "Invalid request");
    }

    @Test
    void batchAnswersInOrderWithAProblemInTheSlotOfABadArticle() {
        List<Object> articles = new ArrayList<>();
        articles.add(Map.of("text", ARTICLE));
        articles.add(Map.of("text", "  "));
        articles.add(Map.of("text", "\u201CRates stay put,\u201D said Governor Tim Macklem."));
        articles.add(Map.of("text", "x".repeat(20_001)));
        given().contentType(ContentType.JSON).body(Map.of("articles", articles)).post(PATH + "/batch")
                .then().statusCode(200)
                .body("results", hasSize(4))
                .body("results[0].quotes[0].speaker.name", equalTo("Jane Ford"))
                .body("results[1].status", equalTo(400))
                .body("results[1].title", equalTo("Invalid request"))
                .body("results[2].quotes[0].speaker.name", equalTo("Tim Macklem"))
                .body("results[3].status", equalTo(413))
                .body("results[3].type", equalTo("urn:whosaid:problem:too-long"));
        // the first article is now cached
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of(Map.of("text", ARTICLE))))
                .post(PATH + "/batch").then().statusCode(200).body("results[0].cached", equalTo(true));
    }

    @Test
    void batchStreamsOneLinePerArticle() {
        List<Object> articles = List.of(Map.of("text", ARTICLE), Map.of("text", ""),
                Map.of("text", "\u201CRates stay put,\u201D said Governor Tim Macklem."));
        String body = given().contentType(ContentType.JSON).accept("application/x-ndjson")
                .body(Map.of("articles", articles)).post(PATH + "/batch")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        String[] lines = body.strip().split("\n");
        assertEquals(3, lines.length, body);
        boolean[] seen = new boolean[3];
        for (String line : lines) {
            JsonPath item = JsonPath.from(line);
            int index = item.getInt("index");
            seen[index] = true;
            switch (index) {
                case 0 -> assertEquals("Jane Ford", item.getString("result.quotes[0].speaker.name"));
                case 1 -> assertEquals(400, item.getInt("problem.status"));
                default -> assertEquals("Tim Macklem", item.getString("result.quotes[0].speaker.name"));
            }
        }
        assertTrue(seen[0] && seen[1] && seen[2], body);
    }

    @Test
    void batchOverTheLimitIs413BeforeAnyWork() {
        List<Object> articles = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            articles.add(Map.of("text", "Article " + i + "."));
        }
        problem(given().contentType(ContentType.JSON).body(Map.of("articles", articles)).post(PATH + "/batch"), 413,
                "Content Too Large")
                .body("detail", equalTo("The batch holds 101 articles; the limit is 100."));
        problem(given().contentType(ContentType.JSON).accept("application/x-ndjson").body(Map.of("articles", articles))
                .post(PATH + "/batch"), 413, "Content Too Large");
        problem(given().contentType(ContentType.JSON).body(Map.of("articles", List.of())).post(PATH + "/batch"), 400,
                "Invalid request");
    }
}
