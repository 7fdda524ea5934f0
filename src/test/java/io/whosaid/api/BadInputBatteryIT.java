package io.whosaid.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The bad-input battery again, against the packaged application. */
@QuarkusIntegrationTest
class BadInputBatteryIT extends BadInputBatteryTest {
}
