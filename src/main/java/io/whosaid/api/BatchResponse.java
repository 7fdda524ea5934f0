package io.whosaid.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry per article, in the order sent: its answer, or the problem object that answers it. */
public record BatchResponse(
        @Schema(description = "Each entry an attribution (as POST /api/v1/attributions answers) or a problem"
                + " object (with its own status) for an article that could not be attributed",
                oneOf = {AttributionResponse.class, Problem.class}) List<Object> results) {
}
