package io.whosaid.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stance of a quote toward a target (or toward its own topic when no target was given). */
public record StanceDto(
        @Schema(description = "favor, against or neutral toward the target; without a target, the quote's own"
                + " attitude (favor endorses, against criticises, rejects, denies or warns, neutral reports)",
                enumeration = {"favor", "against", "neutral"}) String label,
        @Schema(description = "The target as sent (trimmed); null when the request named none") String target,
        @Schema(description = "How sure the stance rules are, 0 to 1") double confidence,
        @Schema(description = "Reporting frame of the cue verb; null for a quote without a cue of its own",
                enumeration = {"neutral", "assertive", "distancing", "concession", "denial", "warning",
                    "endorsement"}) String frame) {
}
