package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static io.whosaid.api.AttributionResourceTest.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One worker, a waiting line of one and a 100 ms deadline: an article that takes longer gets a
 * problem+json 503 at the deadline, and requests beyond the line get a 503 at once; health keeps
 * answering throughout.
 */
@QuarkusTest
@TestProfile(OverloadTest.OneSlowWorker.class)
class OverloadTest {

    /** A deadline far below what the seed article costs (about 300 ms a copy here). */
    public static class OneSlowWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.engine.workers", "1", "whosaid.engine.queue-size", "1",
                    "whosaid.engine.deadline", "100ms", "whosaid.max-text-length", "100000");
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    private static String seedTwice(String marker) throws IOException {
        try (InputStream in = OverloadTest.class.getResourceAsStream("/seed-article.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return marker + "\n\n" + seed + "\n\n" + seed;
        }
    }

    @Test
    void slowArticleGets503AtTheDeadline() throws IOException {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", seedTwice("deadline"))).post(PATH), 503,
                "Service Unavailable")
                .body("type", equalTo("urn:whosaid:problem:deadline"))
                .header("Retry-After", equalTo("1"));
    }

    @Test
    void theWorkerIsFreedSoonAfterTheDeadline() throws IOException {
        // Eight seed articles keep a worker busy for about 3 s uncancelled (tagging, then parsing);
        // cancelled, it stops at the next annotator or sentence and the one worker serves the next
        // article well within that.
        String eightfold = seedTwice("cancel").repeat(4);
        given().contentType(ContentType.JSON).body(Map.of("text", eightfold)).post(PATH).then().statusCode(503);
        long start = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - start < 10_000_000_000L) {
            status = given().contentType(ContentType.JSON)
                    .body(Map.of("text", "\u201CWe are open,\u201D said Ann Lee " + System.nanoTime() + "."))
                    .post(PATH).statusCode();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, status);
        assertTrue(millis < 1500, "the worker was still busy " + millis + " ms after the deadline");
    }

    @Test
    void requestsBeyondTheQueueAreTurnedAwayAtOnce() throws Exception {
        String small = "\u201CWe stay open,\u201D said Ann Lee.";
        // start from an idle worker: a test before this one may have left a cancelled article that
        // is still stopping (its 503 came at the deadline, the worker frees a little later)
        int status = 0;
        long start = System.nanoTime();
        while (status != 200 && System.nanoTime() - start < 10_000_000_000L) {
            status = given().contentType(ContentType.JSON).body(Map.of("text", small)).post(PATH).statusCode();
        }
        assertEquals(200, status);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = seedTwice("client " + i);
                answers.add(clients.submit(() -> given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)));
            }
            // while the one worker and its line are taken: health, metrics and cached answers still flow
            Thread.sleep(50);
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/metrics").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("text", small)).post(PATH)
                    .then().statusCode(200).body("cached", equalTo(true));
            int busy = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                assertEquals(503, r.statusCode());
                assertEquals("application/problem+json", r.contentType());
                String type = r.jsonPath().getString("type");
                assertTrue(type.equals("urn:whosaid:problem:busy") || type.equals("urn:whosaid:problem:deadline"), type);
                busy += type.equals("urn:whosaid:problem:busy") ? 1 : 0;
            }
            assertTrue(busy >= 1, "at least one request must find the line full");
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/metrics").then().statusCode(200);
        } finally {
            clients.shutdownNow();
        }
    }
}
