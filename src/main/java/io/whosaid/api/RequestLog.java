package io.whosaid.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per API request, with a request id: the caller's {@code X-Request-Id} when it is a
 * sane token, a fresh one otherwise, echoed in the response and put in the logging context so every
 * line logged while answering carries it (JSON logs in production). Never the article text: only
 * method, path, status, duration and body size.
 */
public class RequestLog {

    static final String HEADER = "X-Request-Id";
    private static final String STARTED = "whosaid.started";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger(RequestLog.class);

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void start(ContainerRequestContext request) {
        String sent = request.getHeaderString(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setProperty(HEADER, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(HEADER);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long t ? (System.nanoTime() - t) / 1_000_000 : -1;
        LOG.infof("%s %s -> %d in %d ms (%d bytes in)", request.getMethod(), request.getUriInfo().getPath(),
                response.getStatus(), millis, request.getLength());
        MDC.remove("requestId");
    }
}
