package io.whosaid.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The API tests again, against the packaged application (JVM jar, or the native binary under -Pnative). */
@QuarkusIntegrationTest
class AttributionResourceIT extends AttributionResourceTest {
}
