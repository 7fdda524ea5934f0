package io.whosaid.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database behind the cache fails (down, full, read-only: to the service all are exceptions
 * from the repository): every request is still answered, uncached, and the failure is counted.
 */
@QuarkusTest
class CacheFaultTest {

    private static final String PATH = "/api/v1/attributions";

    @InjectMock
    CachedAttributionRepository repository;

    @BeforeEach
    void ready() throws InterruptedException {
        io.whosaid.api.Readiness.await();
    }

    private static double cacheErrors(String operation) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("whosaid_cache_errors_total\\{operation=\"" + operation + "\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }

    @Test
    void unreachableDatabaseAnswersUncachedAndCountsIt() {
        when(repository.findById(any())).thenThrow(new PersistenceException("connection refused"));
        double lookupsBefore = cacheErrors("lookup");
        double storesBefore = cacheErrors("store");
        for (int i = 0; i < 2; i++) {
            // distinct texts: a repeated one would be answered from the in-memory recent results
            String text = "\u201CThe lights stay on,\u201D said Energy Minister Rosa Diaz (" + System.nanoTime() + ").";
            given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                    .then().statusCode(200)
                    .body("cached", equalTo(false))
                    .body("quotes[0].text", equalTo("The lights stay on"))
                    .body("quotes[0].speaker.name", equalTo("Rosa Diaz"));
        }
        assertEquals(lookupsBefore + 2, cacheErrors("lookup"));
        assertEquals(storesBefore + 2, cacheErrors("store"));
    }

    @Test
    void fullOrReadOnlyDatabaseStillAnswers() {
        doThrow(new PersistenceException("disk full")).when(repository).persist(any(CachedAttribution.class));
        double storesBefore = cacheErrors("store");
        for (int i = 0; i < 2; i++) {
            String text = "\u201CNothing is stored,\u201D said Archivist Lena Ruiz (" + System.nanoTime() + ").";
            given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                    .then().statusCode(200)
                    .body("cached", equalTo(false))
                    .body("quotes[0].speaker.name", equalTo("Lena Ruiz"));
        }
        assertEquals(storesBefore + 2, cacheErrors("store"));
    }

    @Test
    void aRepeatedArticleIsAnsweredFromMemoryWhileTheDatabaseIsDown() {
        when(repository.findById(any())).thenThrow(new PersistenceException("connection refused"));
        String text = "\u201CMemory serves,\u201D said Librarian Ada Moss (" + System.nanoTime() + ").";
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                .then().statusCode(200).body("cached", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                .then().statusCode(200).body("cached", equalTo(true))
                .body("quotes[0].speaker.name", equalTo("Ada Moss"));
    }

    @Test
    void corruptRowIsRecomputedAndReplacedNotServed() {
        String text = "\u201CThe numbers add up,\u201D said Auditor Mia Wong.";
        String id = CacheKey.of(io.whosaid.engine.AttributionEngine.VERSION, null, text);
        CachedAttribution corrupt = new CachedAttribution();
        corrupt.id = id;
        corrupt.articleText = text;
        corrupt.resultJson = "{\"id\": \"" + id + "\", \"quotes\": [{\"text\": ";
        when(repository.findById(id)).thenReturn(corrupt);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post(PATH)
                .then().statusCode(200)
                .body("cached", equalTo(false))
                .body("id", equalTo(id))
                .body("quotes[0].text", equalTo("The numbers add up"))
                .body("quotes[0].speaker.name", equalTo("Mia Wong"));
        verify(repository).deleteById(id);
    }

    @Test
    void readingAStoredResultWhileTheDatabaseIsDownIs503() {
        when(repository.findByIdOptional(any())).thenThrow(new PersistenceException("connection refused"));
        given().get(PATH + "/" + "a".repeat(64))
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:whosaid:problem:cache-unavailable"))
                .body("detail", equalTo("The result store is unavailable; try again shortly."));
    }
}
