package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.engine.AttributionEngine;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttributionResourceTest {

    static final String PATH = "/api/v1/attributions";
    static final String ARTICLE = "Premier Jane Ford visited the hospital on Monday.\n\n"
            + "\u201CWe will not close a single hospital,\u201D Ford said.";
    static final String QUOTE = "We will not close a single hospital";
    /** Makes texts that must start uncached unique per test run: a PostgreSQL cache outlives the run. */
    static final String RUN = "\n\n(Run " + System.nanoTime() + ".)";

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    @Test
    void attributesADirectQuote() {
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post(PATH)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f]{64}"))
                .body("model", equalTo(AttributionEngine.VERSION))
                .body("quotes", hasSize(1))
                .body("quotes[0].text", equalTo(QUOTE))
                .body("quotes[0].start", equalTo(ARTICLE.indexOf(QUOTE)))
                .body("quotes[0].end", equalTo(ARTICLE.indexOf(QUOTE) + QUOTE.length()))
                .body("quotes[0].type", equalTo("direct"))
                .body("quotes[0].cue", equalTo("said"))
                .body("quotes[0].speaker.name", equalTo("Jane Ford"))
                .body("quotes[0].speaker.mention", equalTo("Ford"))
                .body("quotes[0].speaker.role", equalTo("Premier"))
                .body("quotes[0].speaker.kind", equalTo("person"))
                .body("quotes[0].stance.label", equalTo("neutral"))
                .body("quotes[0].stance.target", nullValue())
                .body("quotes[0].stance.frame", equalTo("neutral"))
                .body("quotes[0].confidence", greaterThan(0.8f))
                .body("speakers", hasSize(1))
                .body("speakers[0].name", equalTo("Jane Ford"))
                .body("speakers[0].quotes[0]", equalTo(0));
    }

    @Test
    void secondIdenticalRequestIsServedFromTheCache() {
        String text = "\u201CThe budget is balanced,\u201D said Finance Minister Tom Baker." + RUN;
        Response first = given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH);
        Response second = given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH);
        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals(false, first.jsonPath().getBoolean("cached"));
        assertEquals(true, second.jsonPath().getBoolean("cached"));
        assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getList("quotes"), second.jsonPath().getList("quotes"));
        assertEquals("Tom Baker", second.jsonPath().getString("quotes[0].speaker.name"));

        JsonPath stored = given().get(PATH + "/" + first.jsonPath().getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, stored.getBoolean("cached"));
        assertEquals(first.jsonPath().getList("quotes"), stored.getList("quotes"));
    }

    @Test
    void aDifferentTargetIsADifferentResult() {
        String text = "\u201CTaxes will fall,\u201D said Finance Minister Tom Baker." + RUN;
        String plain = given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH).jsonPath().getString("id");
        String targeted = given().contentType(ContentType.JSON).body(Map.of("text", text, "target", "tax cuts"))
                .post(PATH).then().statusCode(200).body("cached", equalTo(false)).extract().jsonPath().getString("id");
        assertEquals(false, plain.equals(targeted));
    }

    @Test
    void stanceIsTowardTheTargetTheClientNamed() {
        String text = "Pentagon spokesman John Kirby said there are no plans to cooperate with Iran in Iraq.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "target", "  US-Iran cooperation in Iraq "))
                .when().post(PATH)
                .then().statusCode(200)
                .body("quotes", hasSize(1))
                .body("quotes[0].speaker.name", equalTo("John Kirby"))
                .body("quotes[0].stance.label", equalTo("against"))
                .body("quotes[0].stance.target", equalTo("US-Iran cooperation in Iraq"))
                .body("quotes[0].stance.frame", equalTo("neutral"))
                .body("quotes[0].stance.confidence", greaterThan(0.5f));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-Request-Id", "cms-42.a").contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post(PATH).then().statusCode(200).header("X-Request-Id", "cms-42.a");
        given().get(PATH + "/" + "0".repeat(64)).then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        // a header that is not a plain token is not echoed into logs and answers
        given().header("X-Request-Id", "<script>").contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post(PATH).then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void acceptsPlainText() {
        given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post(PATH)
                .then().statusCode(200)
                .body("quotes[0].text", equalTo(QUOTE))
                .body("quotes[0].speaker.name", equalTo("Jane Ford"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "source", "wire", "priority", 3))
                .when().post(PATH)
                .then().statusCode(200)
                .body("quotes[0].speaker.name", equalTo("Jane Ford"));
    }

    @Test
    void openApiExampleIsWhatTheServiceAnswers() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var expected = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(OpenApiExamples.RESPONSE);
        var actual = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                given().contentType(ContentType.JSON).body(OpenApiExamples.REQUEST).post(PATH).then().statusCode(200)
                        .extract().asString());
        expected.remove("cached");
        actual.remove("cached");
        assertEquals(expected, actual, "update OpenApiExamples.RESPONSE when the engine's answer changes");
    }

    @Test
    void metricsCountCacheResultsAndEngineTime() {
        String text = "\u201CMetrics matter,\u201D said Finance Minister Tom Baker on Tuesday." + RUN;
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH).then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("whosaid_cache_requests_total{result=\"hit\"}"),
                org.hamcrest.Matchers.containsString("whosaid_cache_requests_total{result=\"miss\"}"),
                org.hamcrest.Matchers.containsString("whosaid_engine_attribution_seconds_count"),
                org.hamcrest.Matchers.containsString("whosaid_engine_stage_seconds_count{stage=\"tagging\"}"),
                org.hamcrest.Matchers.containsString("whosaid_engine_stage_seconds_count{stage=\"parsing\"}"),
                org.hamcrest.Matchers.containsString("whosaid_engine_stage_seconds_count{stage=\"attribution\"}"),
                org.hamcrest.Matchers.containsString("whosaid_engine_stage_seconds_count{stage=\"stance\"}"),
                org.hamcrest.Matchers.containsString("whosaid_engine_queue_depth"),
                org.hamcrest.Matchers.containsString("http_server_requests_seconds_count")));
    }

    @Test
    void unknownIdIs404() {
        problem(given().get(PATH + "/" + "0".repeat(64)), 404, "Not Found")
                .body("detail", equalTo("No stored attribution has this id."));
        problem(given().get(PATH + "/..%2F..%2Fetc%2Fpasswd"), 404, "Not Found");
        problem(given().get(PATH + "/" + "x".repeat(10_000)), 404, "Not Found")
                .body("detail", equalTo("No stored attribution has this id."));
    }

    @Test
    void unknownPathIs404() {
        problem(given().get("/api/v1/nothing-here"), 404, "Not Found");
    }

    static io.restassured.response.ValidatableResponse problem(Response response, int status, String title) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", equalTo(title))
                .body("type", not(nullValue()))
                .body("detail", not(nullValue()))
                .body(not(org.hamcrest.Matchers.containsString("Exception")))
                .body(not(org.hamcrest.Matchers.containsString("io.whosaid")));
    }
}
