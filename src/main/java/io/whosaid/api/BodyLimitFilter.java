package io.whosaid.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a problem+json 413 before it is
 * read; without this, the HTTP layer closes the connection with an empty 413. (A chunked body with
 * no Content-Length is still cut by the HTTP layer itself.)
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final int BEFORE_EVERYTHING = 1000;

    private final long maxBodyBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length)) {
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                + "\"detail\":\"The request body has " + length.strip() + " bytes; the limit is "
                                + maxBodyBytes + ".\"}");
                return;
            }
            rc.next();
        }, BEFORE_EVERYTHING);
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
