package io.whosaid.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The integration formats again, against the packaged application. */
@QuarkusIntegrationTest
class IntegrationFormatsIT extends IntegrationFormatsTest {
}
