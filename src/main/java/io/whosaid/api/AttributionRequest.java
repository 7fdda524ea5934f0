package io.whosaid.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends: the article text and, optionally, a stance target. Unknown fields are ignored. */
@Schema(description = "An article to attribute")
public record AttributionRequest(
        @NotBlank(message = "text must be a non-empty string")
        @Schema(description = "The article text, verbatim; offsets in the answer index into it",
                examples = "\u201CThere is no plan to coordinate military activities,\u201D Pentagon spokesman John Kirby said.")
        String text,
        @Schema(description = "Optional stance target: a claim or topic, e.g. \"US-Iran cooperation in Iraq\"")
        String target) {
}
