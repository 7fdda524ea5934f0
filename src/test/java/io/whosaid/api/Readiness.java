package io.whosaid.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Waits until the service reports ready (the models load in the background after start). */
public final class Readiness {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private Readiness() {
    }

    /** Called before each test: RestAssured's port is only set per test, not in a static {@code @BeforeAll}. */
    public static void await() throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service not ready within " + LIMIT);
    }
}
