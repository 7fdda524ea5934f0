package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What fact-checkers' pipelines and CMS plugins actually send: broken bytes, control characters,
 * markup, other scripts, freak quote-mark runs, hostile ids. Malformed requests get their exact
 * problem+json status; legal but pathological articles get a 200 within a time limit, with offsets
 * that still index the submitted text exactly.
 */
@QuarkusTest
class BadInputBatteryTest {

    /** Generous for CI machines; the engine needs well under a second for each of these. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    /** Posts the text, expects 200 in time, and checks every quote's offsets against the text. */
    private static JsonPath attributeInTime(String text) {
        JsonPath body = assertTimeoutPreemptively(LIMIT, () -> given().contentType(ContentType.JSON)
                .body(Map.of("text", text)).post(PATH).then().statusCode(200).extract().jsonPath());
        List<Map<String, Object>> quotes = body.getList("quotes");
        for (Map<String, Object> q : quotes) {
            int start = (Integer) q.get("start");
            int end = (Integer) q.get("end");
            assertEquals(text.substring(start, end), q.get("text"), "quote text must equal its slice");
        }
        return body;
    }

    @Test
    void invalidUtf8InJsonIs400() {
        byte[] prefix = "{\"text\": \"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = " said Ann Lee.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by another lead byte: not UTF-8
        body[prefix.length + 1] = (byte) 0xC3;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        problem(given().contentType("application/json; charset=UTF-8").body(body).post(PATH), 400, "Malformed JSON");
    }

    @Test
    void bytesInNoJsonEncodingAre400() {
        // Found by RequestAndEngineFuzzTest: a UCS-4 byte order Jackson cannot decode was a 500.
        byte[] body = {0x00, 0x00, (byte) 0xFF, (byte) 0xFE, '{', '}'};
        problem(given().contentType("application/json").body(body).post(PATH), 400, "Malformed JSON")
                .body("detail", equalTo("The body is not JSON text in UTF-8, UTF-16 or UTF-32."));
    }

    @Test
    void rawControlCharacterInsideAJsonStringIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"a\u0001b said Ann Lee.\"}").post(PATH), 400,
                "Malformed JSON");
    }

    @Test
    void escapedNulAndControlCharactersAreTextLikeAnyOther() {
        String text = "\u0000\u0007Intro.\u0001\n\n\u201CWe will rebuild the bridge,\u201D said Mayor Ann Lee.\u0000";
        JsonPath body = attributeInTime(text);
        assertEquals("We will rebuild the bridge", body.getString("quotes[0].text"));
        assertEquals("Ann Lee", body.getString("quotes[0].speaker.name"));
    }

    @Test
    void emojiAndOtherAstralCharactersBeforeAQuoteKeepUtf16Offsets() {
        String text = "\uD83D\uDE00\uD83C\uDDE8\uD83C\uDDE6 \uD835\uDD04 \u201CThe port reopens Monday,\u201D said Mayor"
                + " Ann Lee.";
        JsonPath body = attributeInTime(text);
        assertEquals(text.indexOf("The port"), body.getInt("quotes[0].start"));
        assertEquals("Ann Lee", body.getString("quotes[0].speaker.name"));
    }

    @Test
    void tenThousandStraightQuoteMarks() {
        attributeInTime("\"".repeat(10_000));
    }

    @Test
    void twentyThousandAlternatingCurlyQuotes() {
        attributeInTime("\u201C\u201D".repeat(9_999));
    }

    @Test
    void unclosedAndUnbalancedQuotes() {
        JsonPath body = attributeInTime("\u201CWe will not stop, said Ann Lee.\n\nShe left.\u201D\u201D \u201D\u201C\"");
        assertTrue(body.getList("quotes").size() <= 2);
        attributeInTime("\u201CIt was \u2018fine\u2019 he said \u201Cand then \u201D\u201D\u2019 '' `` ,,");
    }

    @Test
    void chineseAndArabicTextAnswerWithoutQuotesOrErrors() {
        attributeInTime("\u201C\u6211\u4EEC\u4F1A\u8D62\u3002\u201D\u674E\u660E\u8BF4\u3002\u4ED6\u8BF4\u7ECF\u6D4E\u5F88\u597D\u3002");
        attributeInTime("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u00AB\u0633\u0646\u0641\u0648\u0632\u00BB."
                + " \u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F \u0628\u062E\u064A\u0631.");
    }

    @Test
    void htmlWithScriptsIsReadAsTextAndNothingIsExecutedOrEchoedAsMarkup() {
        String text = "<html><head><script>alert(\"x\")</script></head><body><p>\u201CWe will reopen the library,\u201D"
                + " said Mayor Ann Lee.</p><img src=x onerror=\"alert(1)\"></body></html>";
        JsonPath body = attributeInTime(text);
        assertEquals("We will reopen the library", body.getString("quotes[0].text"));
        assertEquals("Ann Lee", body.getString("quotes[0].speaker.name"));
    }

    @Test
    void sqlLookingTextIsStoredAndServedBackExactly() {
        String text = "\u201CRobert'); DROP TABLE attribution_cache;--\u201D said Ann Lee. ' OR 1=1; --";
        JsonPath first = attributeInTime(text);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                .then().statusCode(200)
                .body("cached", equalTo(true))
                .body("quotes", hasSize(first.getList("quotes").size()));
        given().get(PATH + "/" + first.getString("id")).then().statusCode(200).body("id", equalTo(first.getString("id")));
    }

    @Test
    void pathTraversalAndOverlongIdsAre404() {
        problem(given().urlEncodingEnabled(false).get(PATH + "/..%2F..%2Fetc%2Fpasswd"), 404, "Not Found");
        problem(given().get(PATH + "/" + "a".repeat(10_000)), 404, "Not Found");
        problem(given().get(PATH + "/" + "0".repeat(64)), 404, "Not Found");
    }

    @Test
    void twentyThousandCharacterTargetIs413() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "Hello.", "target", "t".repeat(20_000)))
                .post(PATH), 413, "Content Too Large")
                .body("detail", equalTo("target has 20000 characters; the limit is 1000."));
    }
}
