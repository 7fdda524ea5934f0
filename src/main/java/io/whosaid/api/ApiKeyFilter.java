package io.whosaid.api;

import io.whosaid.config.WhosaidConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Optional API-key authentication for the REST API: when {@code whosaid.api-keys} is set, a request
 * without one of those keys in {@code X-API-Key} gets a problem+json 401 before any work is done.
 * Keys are compared in constant time so response timing does not reveal how much of a key matched.
 */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;

    public ApiKeyFilter(WhosaidConfig config) {
        this.keys = config.apiKeys().orElse(Set.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        if (keys.isEmpty() || "OPTIONS".equals(request.getMethod())) {
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent != null && matches(sent.strip().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        Problem problem = new Problem("urn:whosaid:problem:api-key", "Unauthorized", 401,
                sent == null ? "This service requires an API key in the X-API-Key header."
                        : "The API key in the X-API-Key header is not valid.", null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, HEADER)
                .entity(problem).build();
    }

    private boolean matches(byte[] sent) {
        boolean found = false;
        for (byte[] key : keys) {
            found |= MessageDigest.isEqual(key, sent);
        }
        return found;
    }
}
