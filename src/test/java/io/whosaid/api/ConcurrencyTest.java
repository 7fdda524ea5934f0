package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static io.whosaid.api.AttributionResourceTest.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.whosaid.cache.CachedAttributionRepository;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once: every answer belongs to its own request (each article names its own
 * speaker and number, so any cross-talk shows), and identical requests racing each other leave
 * exactly one cache row and no error.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final String[] FIRST = {"Ann", "Boris", "Clara", "David", "Elena", "Frank", "Grace", "Hector"};
    private static final String[] LAST = {"Lindqvist", "Moreau", "Okafor", "Petrov"};
    private static final int CLIENTS = 32;

    @Inject
    CachedAttributionRepository repository;

    @BeforeEach
    void ready() throws InterruptedException {
        Readiness.await();
    }

    private static String speaker(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length % LAST.length];
    }

    private static String article(int i, String run) {
        return "Council met on Tuesday (" + run + ").\n\n\u201CPlan number " + i + " will be funded,\u201D said Councillor "
                + speaker(i) + ".";
    }

    /** Sends every call at the same instant from its own thread; returns the responses in order. */
    private static List<Response> allAtOnce(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thirtyTwoClientsWithDistinctArticlesEachGetTheirOwnAnswer() throws Exception {
        String run = "run " + System.nanoTime();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String text = article(i, run);
            calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH));
        }
        List<Response> responses = allAtOnce(calls);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < CLIENTS; i++) {
            Response r = responses.get(i);
            assertEquals(200, r.statusCode(), () -> r.asString());
            JsonPath body = r.jsonPath();
            String text = article(i, run);
            String quote = "Plan number " + i + " will be funded";
            assertEquals(quote, body.getString("quotes[0].text"), "article " + i);
            assertEquals(text.indexOf(quote), body.getInt("quotes[0].start"), "article " + i);
            assertEquals(speaker(i), body.getString("quotes[0].speaker.name"), "article " + i);
            ids.add(body.getString("id"));
        }
        assertEquals(CLIENTS, ids.size(), "every article has its own id");
    }

    @Test
    void identicalRequestsRacingLeaveOneRowAndNoError() throws Exception {
        String text = article(7, "race " + System.nanoTime());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH));
        }
        List<Response> responses = allAtOnce(calls);
        String id = responses.get(0).jsonPath().getString("id");
        for (Response r : responses) {
            assertEquals(200, r.statusCode(), () -> r.asString());
            assertEquals(id, r.jsonPath().getString("id"));
            assertEquals(speaker(7), r.jsonPath().getString("quotes[0].speaker.name"));
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> repository.count("id", id));
        assertEquals(1, rows);
    }
}
