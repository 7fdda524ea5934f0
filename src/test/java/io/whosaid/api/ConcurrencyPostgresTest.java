package io.whosaid.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.whosaid.deploy.PostgresProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** 32 clients and racing identical inserts, with the cache in a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "WHOSAID_TEST_POSTGRES_URL", matches = ".+")
class ConcurrencyPostgresTest extends ConcurrencyTest {
}
