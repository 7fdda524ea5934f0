package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error status of the API, each with its problem+json body. */
@QuarkusTest
class ProblemResponsesTest {

    /** The test profile's text cap (application.properties, %test). */
    private static final int CAP = 20_000;

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    @Test
    void malformedJsonIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"unterminated").post(PATH), 400, "Malformed JSON");
    }

    @Test
    void jsonArrayIs400() {
        problem(given().contentType(ContentType.JSON).body("[\"text\"]").post(PATH), 400, "Malformed JSON");
    }

    @Test
    void numericTextIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": 5}").post(PATH), 400, "Malformed JSON");
    }

    @Test
    void missingTextIs400WithTheViolation() {
        problem(given().contentType(ContentType.JSON).body("{}").post(PATH), 400, "Invalid request")
                .body("detail", equalTo("text must be a non-empty string."))
                .body("violations[0].field", equalTo("text"));
    }

    @Test
    void emptyAndBlankTextAre400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "")).post(PATH), 400, "Invalid request");
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "   \n ")).post(PATH), 400, "Invalid request");
        problem(given().contentType(ContentType.JSON).body("{\"text\": null}").post(PATH), 400, "Invalid request");
        problem(given().contentType(ContentType.TEXT).body("  ").post(PATH), 400, "Bad Request")
                .body("detail", equalTo("text must be a non-empty string."));
    }

    @Test
    void noBodyIs400() {
        problem(given().contentType(ContentType.JSON).post(PATH), 400, "Invalid request");
    }

    @Test
    void deleteIs405() {
        problem(given().delete(PATH), 405, "Method Not Allowed");
    }

    @Test
    void xmlAcceptIs406() {
        problem(given().contentType(ContentType.JSON).accept(ContentType.XML).body(Map.of("text", "Hello.")).post(PATH),
                406, "Not Acceptable");
    }

    @Test
    void xmlBodyIs415() {
        problem(given().contentType(ContentType.XML).body("<text>Hello.</text>").post(PATH), 415, "Unsupported Media Type");
    }

    @Test
    void textAtTheCapIsAcceptedAndOneMoreCharacterIs413() {
        String atCap = "word ".repeat(CAP / 5);
        given().contentType(ContentType.JSON).body(Map.of("text", atCap)).post(PATH).then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body(Map.of("text", atCap + "x")).post(PATH), 413, "Content Too Large")
                .body("detail", equalTo("text has " + (CAP + 1) + " characters; the limit is " + CAP + "."));
    }

    @Test
    void targetOverItsLimitIs413() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "Hello.", "target", "t".repeat(1001))).post(PATH),
                413, "Content Too Large");
    }

    @Test
    void bodyOverTheHttpLimitIs413() {
        String huge = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).body(huge).post(PATH), 413, "Content Too Large");
    }

    @Test
    void healthEndpointsAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'attribution-engine' }.status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/attributions'.post.summary", equalTo("Attribute every quote in an article"));
    }
}
