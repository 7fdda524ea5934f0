package io.whosaid.deploy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application built and run with the postgres profile against the server named by
 * {@code WHOSAID_TEST_POSTGRES_URL} (Quarkus rebuilds the test application for it: the datasource
 * kind is a build-time setting).
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "postgres";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = System.getenv("WHOSAID_TEST_POSTGRES_URL");
        return Map.of("quarkus.datasource.jdbc.url", url == null ? "jdbc:postgresql://localhost:5432/whosaid" : url,
                "quarkus.datasource.username", System.getenv().getOrDefault("WHOSAID_TEST_POSTGRES_USER", "whosaid"),
                "quarkus.datasource.password", System.getenv().getOrDefault("WHOSAID_TEST_POSTGRES_PASSWORD", "whosaid"));
    }
}
