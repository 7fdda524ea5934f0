package io.whosaid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two replicas of the PostgreSQL build (target/quarkus-app-postgres) against one real PostgreSQL
 * server: each serves what the other computed, and identical requests racing across both leave one
 * row. Needs {@code WHOSAID_TEST_POSTGRES_URL} (and _USER, _PASSWORD, default "whosaid"); .ci/run
 * installs PostgreSQL from Debian's packages, starts it and sets them.
 */
@EnabledIfEnvironmentVariable(named = "WHOSAID_TEST_POSTGRES_URL", matches = ".+")
class SharedPostgresCacheIT {

    private static final String URL = System.getenv("WHOSAID_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("WHOSAID_TEST_POSTGRES_USER", "whosaid");
    private static final String PASSWORD = System.getenv().getOrDefault("WHOSAID_TEST_POSTGRES_PASSWORD", "whosaid");
    private static final int[] PORTS = {8093, 8094};
    private static final List<Process> REPLICAS = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path jar = Path.of("target", "quarkus-app-postgres", "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "build first: ./mvnw package");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int port : PORTS) {
            Path log = Path.of("target", "replica-" + port + ".log");
            REPLICAS.add(new ProcessBuilder(java, "-Xmx1g", "-Dquarkus.profile=postgres", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + URL, "-Dquarkus.datasource.username=" + USER,
                    "-Dquarkus.datasource.password=" + PASSWORD, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int port : PORTS) {
            awaitReady(port);
        }
    }

    @AfterAll
    static void stopReplicas() {
        REPLICAS.forEach(Process::destroy);
    }

    private static void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("replica on port " + port + " not ready; see target/replica-" + port + ".log");
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String text) throws IOException, InterruptedException {
        String body = "{\"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attributions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        int start = at + name.length() + 3;
        int end = json.charAt(start) == '"' ? json.indexOf('"', start + 1) + 1 : json.indexOf(',', start);
        return json.substring(start, end).replace("\"", "");
    }

    private static long rows(String id) throws Exception {
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM attribution_cache WHERE id = ?")) {
            count.setString(1, id);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void eachReplicaServesWhatTheOtherComputed() throws Exception {
        String text = "\u201CThe ferry runs again on Friday,\u201D said Harbour Commissioner Ann Lindqvist ("
                + System.nanoTime() + ").";
        HttpResponse<String> first = post(PORTS[0], text);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("false", field(first.body(), "cached"));
        HttpResponse<String> second = post(PORTS[1], text);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("true", field(second.body(), "cached"), "replica 2 must answer from the shared cache");
        String id = field(first.body(), "id");
        assertEquals(id, field(second.body(), "id"));
        assertEquals(first.body().replace("\"cached\":false", ""), second.body().replace("\"cached\":true", ""));
        HttpResponse<String> stored = get(PORTS[1], "/api/v1/attributions/" + id);
        assertEquals(200, stored.statusCode());
        assertEquals(1, rows(id));
    }

    @Test
    void identicalRequestsRacingAcrossReplicasLeaveOneRow() throws Exception {
        String text = "\u201CThe bridge reopens in May,\u201D said Mayor Boris Okafor (" + System.nanoTime() + ").";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int port = PORTS[i % 2];
                answers.add(clients.submit(() -> post(port, text)));
            }
            String id = null;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("\"name\":\"Boris Okafor\""), r.body());
                id = id == null ? field(r.body(), "id") : id;
                assertEquals(id, field(r.body(), "id"));
            }
            assertEquals(1, rows(id));
        } finally {
            clients.shutdownNow();
        }
    }
}
