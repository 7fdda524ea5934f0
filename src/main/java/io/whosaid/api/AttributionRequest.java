package io.whosaid.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends: the article as one {@code text} or as {@code paragraphs} (the elements a CMS
 * stores), and optionally a stance target. Unknown fields are ignored.
 */
@Schema(description = "An article to attribute: `text`, or `paragraphs` (not both)")
public record AttributionRequest(
        @Schema(description = "The article text, verbatim; offsets in the answer index into it",
                examples = "\u201CThere is no plan to coordinate military activities,\u201D Pentagon spokesman John Kirby said.")
        String text,
        @Schema(description = "Optional stance target: a claim or topic, e.g. \"US-Iran cooperation in Iraq\"")
        String target,
        @Schema(description = "The article as paragraphs (Arc XP ANS content_elements, WordPress blocks); offsets in"
                + " the answer are then within each paragraph")
        List<Paragraph> paragraphs) {

    /** One element of a CMS story. */
    public record Paragraph(@Schema(description = "The element's id in the CMS") String id,
            @Schema(description = "The element's text") String text) {
    }
}
