package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Before the models are loaded the service answers 503 with Retry-After and reports not ready. */
@QuarkusTest
@TestProfile(EngineLoadingTest.NoPreload.class)
class EngineLoadingTest {

    /** Models load on first use instead of at start, so the first request finds them missing. */
    public static class NoPreload implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.engine.preload", "false");
        }
    }

    @Test
    void notReadyUntilModelsAreLoaded() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'attribution-engine' }.status", equalTo("DOWN"));
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "\u201CHi,\u201D she said.")).post(PATH),
                503, "Service Unavailable")
                .header("Retry-After", equalTo("5"));
    }
}
