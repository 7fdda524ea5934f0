package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.ARTICLE;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys switched on and one CORS origin allowed, as a newsroom deployment would configure them. */
@QuarkusTest
@TestProfile(SecurityTest.KeysAndOneOrigin.class)
class SecurityTest {

    static final String CMS = "https://cms.example.org";

    public static class KeysAndOneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.api-keys", "key-one,key-two", "quarkus.http.cors.origins", CMS);
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    @Test
    void requestWithoutAKeyIs401() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE)).post(PATH), 401, "Unauthorized")
                .header("WWW-Authenticate", "X-API-Key")
                .body("type", equalTo("urn:whosaid:problem:api-key"))
                .body("detail", equalTo("This service requires an API key in the X-API-Key header."));
    }

    @Test
    void requestWithAWrongKeyIs401() {
        problem(given().header("X-API-Key", "key-three").contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post(PATH), 401, "Unauthorized")
                .body("detail", equalTo("The API key in the X-API-Key header is not valid."));
        problem(given().header("X-API-Key", "key-on").get(PATH + "/" + "0".repeat(64)), 401, "Unauthorized");
    }

    @Test
    void eitherConfiguredKeyIsAccepted() {
        for (String key : new String[] {"key-one", "key-two"}) {
            given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                    .post(PATH)
                    .then().statusCode(200)
                    .body("quotes[0].speaker.name", equalTo("Jane Ford"));
        }
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theConfiguredOriginPassesThePreflight() {
        given().header("Origin", CMS).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
        given().header("Origin", CMS).header("X-API-Key", "key-one").contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE)).post(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", CMS);
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .options(PATH)
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").header("X-API-Key", "key-one").contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE)).post(PATH)
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
