package io.whosaid.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Every error status again, against the packaged application. */
@QuarkusIntegrationTest
class ProblemResponsesIT extends ProblemResponsesTest {
}
