package io.whosaid.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.whosaid.service.AttributionService;
import io.whosaid.service.BatchService;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attribution API: thin on purpose, the work is in {@link AttributionService}. */
@Path("/api/v1/attributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attributions", description = "Quotes and their speakers in a news article")
public class AttributionResource {

    static final String NDJSON = "application/x-ndjson";

    private final AttributionService service;
    private final BatchService batches;
    private final ObjectMapper json;

    public AttributionResource(AttributionService service, BatchService batches, ObjectMapper json) {
        this.service = service;
        this.batches = batches;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attribute every quote in an article",
            description = "Direct, mixed and reported quotes with speaker, role, cue and offsets. Cached by text and target.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttributionRequest.class),
            examples = @ExampleObject(name = "seed", value = OpenApiExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The quotes found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttributionResponse.class),
                    examples = @ExampleObject(name = "seed", value = OpenApiExamples.RESPONSE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or text missing or empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text or target over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Models still loading; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttributionResponse attribute(@NotNull(message = "a JSON body with a text field is required")
            AttributionRequest request) {
        return service.attribute(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JsonLd.MEDIA_TYPE)
    @Operation(summary = "Attribute every quote in an article, answered as schema.org JSON-LD",
            description = "Each quote a Quotation with its creator (Person with jobTitle, or Organization) and isPartOf"
                    + " the article.")
    public Map<String, Object> attributeAsJsonLd(@NotNull(message = "a JSON body with a text field is required")
            AttributionRequest request) {
        return JsonLd.of(service.attribute(request));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Attribute every quote in a plain-text article", description = "The body is the article; the stance target is a query parameter.")
    public AttributionResponse attributePlainText(String text, @QueryParam("target") String target) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text must be a non-empty string");
        }
        return service.attribute(text, target);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored result by its id")
    @APIResponse(responseCode = "404", description = "No stored result has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttributionResponse byId(@PathParam("id") String id) {
        return service.find(id).orElseThrow(() -> new NotFoundException("No stored attribution has this id."));
    }

    @GET
    @Path("/{id}")
    @Produces(JsonLd.MEDIA_TYPE)
    @Operation(summary = "A stored result by its id, as schema.org JSON-LD")
    public Map<String, Object> byIdAsJsonLd(@PathParam("id") String id) {
        return JsonLd.of(byId(id));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attribute many articles",
            description = "Results in the order sent, each from the cache where possible; an article that cannot be"
                    + " attributed gets a problem object in its slot, the batch still answers 200.")
    @APIResponse(responseCode = "413", description = "More articles than whosaid.batch-max-articles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse batch(@NotNull(message = "a JSON body with an articles field is required") BatchRequest request) {
        Object[] results = new Object[request.articles() == null ? 0 : request.articles().size()];
        batches.run(request.articles(), item -> results[item.index()] = item.error() == null ? item.result()
                : ProblemMapper.forServiceError(item.error()).problem());
        return new BatchResponse(Arrays.asList(results));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(NDJSON)
    @Operation(summary = "Attribute many articles, streaming one JSON line per article as it completes",
            description = "Each line {\"index\": i, \"result\": {...}} or {\"index\": i, \"problem\": {...}}.")
    public Response batchStream(@NotNull(message = "a JSON body with an articles field is required")
            BatchRequest request) {
        batches.checkSize(request.articles()); // refused before the 200 and the first line are sent
        StreamingOutput lines = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            batches.run(request.articles(), item -> {
                BatchLine line = item.error() == null ? new BatchLine(item.index(), item.result(), null)
                        : new BatchLine(item.index(), null, ProblemMapper.forServiceError(item.error()).problem());
                try {
                    writer.write(json.writeValueAsString(line));
                    writer.write('\n');
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("client went away", e);
                }
            });
        };
        return Response.ok(lines, NDJSON).build();
    }
}
