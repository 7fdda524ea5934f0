package io.whosaid.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the whosaid service; every key can also be set as an environment variable (WHOSAID_...). */
@ConfigMapping(prefix = "whosaid")
public interface WhosaidConfig {

    /** Longest article accepted, in characters (UTF-16 code units); longer texts are answered 413. */
    @WithDefault("500000")
    int maxTextLength();

    /** Longest stance target accepted, in characters; longer targets are answered 413. */
    @WithDefault("1000")
    int maxTargetLength();

    /**
     * API keys accepted in the {@code X-API-Key} header of {@code /api} requests (comma-separated, e.g.
     * {@code WHOSAID_API_KEYS=k1,k2}). Unset: the API is open, for local use. Health, metrics and
     * the OpenAPI document never ask for a key.
     */
    java.util.Optional<java.util.Set<String>> apiKeys();

    /**
     * Characters (texts and answers) of recent results kept in memory in front of the cache
     * database, so repeated requests skip the database; 0 turns it off. About 2 bytes a character.
     */
    @WithDefault("20000000")
    long recentResultsChars();

    /** Most articles one batch request may hold; more are answered 413. */
    @WithDefault("100")
    int batchMaxArticles();

    /** The attribution engine. */
    Engine engine();

    interface Engine {

        /**
         * Load the NLP models when the service starts (in the background: the service answers 503
         * and readiness is DOWN until they are loaded). When false they load on the first request.
         */
        @WithDefault("true")
        boolean preload();

        /** Articles attributed at once; more would only share the same cores. 0 means one per core. */
        @WithDefault("0")
        int workers();

        /** Requests that may wait for a worker; past that the service answers 503 at once. */
        @WithDefault("32")
        int queueSize();

        /** Longest time one article may take; past it the client gets a 503 and the worker is interrupted. */
        @WithDefault("30s")
        java.time.Duration deadline();
    }
}
