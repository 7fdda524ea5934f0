package io.whosaid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.whosaid.cache.CacheUnavailableException;
import io.whosaid.service.DeadlineExceededException;
import io.whosaid.service.EngineBusyException;
import io.whosaid.service.EngineNotReadyException;
import io.whosaid.service.InvalidRequestException;
import io.whosaid.service.TextTooLongException;
import io.whosaid.service.TooManyArticlesException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the API returns is an RFC 9457 problem+json body with a plain-language detail: never
 * a stack trace, an exception class name or an echo of the request body.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** Seconds a client should wait before retrying while the models load. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
        InvalidFormatException.class})
    public Response badJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return problem(Problem.of(400, "Malformed JSON",
                "The body is not a JSON object of the form {\"text\": \"...\", \"target\": \"...\"}" + where + "."));
    }

    /**
     * Bytes no JSON encoding can describe (Jackson's encoding detection rejects, e.g., a UCS-4
     * byte order it does not support): found by fuzzing, formerly a 500.
     */
    @ServerExceptionMapper
    public Response undecodable(CharConversionException e) {
        return problem(Problem.of(400, "Malformed JSON", "The body is not JSON text in UTF-8, UTF-16 or UTF-32."));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.isEmpty() ? "The request is invalid." : violations.get(0).message() + ".";
        return problem(new Problem("about:blank", "Invalid request", 400, detail, null, violations));
    }

    /**
     * The errors the service raises, each answered the same way whether it ends a request or fills
     * one slot of a batch: the problem, and the seconds to wait before retrying (null: do not retry).
     */
    record ServiceProblem(Problem problem, String retryAfter) {
    }

    static ServiceProblem forServiceError(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return new ServiceProblem(new Problem("about:blank", "Invalid request", 400, e.getMessage() + ".", null,
                    List.of(new Problem.Violation(invalid.field(), e.getMessage()))), null);
        }
        if (e instanceof TextTooLongException) {
            return new ServiceProblem(new Problem("urn:whosaid:problem:too-long", "Content Too Large", 413,
                    e.getMessage(), null, null), null);
        }
        if (e instanceof TooManyArticlesException) {
            return new ServiceProblem(new Problem("urn:whosaid:problem:too-many-articles", "Content Too Large", 413,
                    e.getMessage(), null, null), null);
        }
        if (e instanceof EngineNotReadyException) {
            return unavailable("urn:whosaid:problem:engine-loading", e, RETRY_AFTER_SECONDS);
        }
        if (e instanceof EngineBusyException) {
            return unavailable("urn:whosaid:problem:busy", e, "1");
        }
        if (e instanceof DeadlineExceededException) {
            return unavailable("urn:whosaid:problem:deadline", e, "1");
        }
        if (e instanceof CacheUnavailableException) {
            return unavailable("urn:whosaid:problem:cache-unavailable", e, "5");
        }
        LOG.error("Unexpected error while attributing an article", e);
        return new ServiceProblem(Problem.of(500, "Internal Server Error",
                "The request could not be completed; the error has been logged."), null);
    }

    private static ServiceProblem unavailable(String type, RuntimeException e, String retryAfter) {
        return new ServiceProblem(new Problem(type, "Service Unavailable", 503, e.getMessage(), null, null), retryAfter);
    }

    @ServerExceptionMapper({InvalidRequestException.class, TextTooLongException.class, TooManyArticlesException.class,
        EngineNotReadyException.class, EngineBusyException.class, DeadlineExceededException.class,
        CacheUnavailableException.class})
    public Response serviceError(RuntimeException e) {
        ServiceProblem answer = forServiceError(e);
        Response.ResponseBuilder response = Response.status(answer.problem().status()).type(Problem.MEDIA_TYPE)
                .entity(answer.problem());
        if (answer.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, answer.retryAfter());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return problem(Problem.of(status, title, detailFor(status, e)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error while answering a request", e);
        return problem(Problem.of(500, "Internal Server Error",
                "The request could not be completed; the error has been logged."));
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() + "." : "The request is invalid.";
            case 404 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : "There is nothing at this path.";
            case 405 -> "This method is not allowed here; the attribution API takes POST and GET.";
            case 406 -> "This resource answers application/json only.";
            case 413 -> "The request body is larger than the service accepts.";
            case 415 -> "Send the article as application/json {\"text\": ...} or as text/plain.";
            default -> "The request could not be completed.";
        };
    }

    private static String field(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
