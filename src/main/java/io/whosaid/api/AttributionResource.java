package io.whosaid.api;

import io.whosaid.service.AttributionService;
import jakarta.validation.Valid;
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

    private final AttributionService service;

    public AttributionResource(AttributionService service) {
        this.service = service;
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
    public AttributionResponse attribute(@Valid @NotNull(message = "a JSON body with a text field is required")
            AttributionRequest request) {
        return service.attribute(request.text(), request.target());
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
}
