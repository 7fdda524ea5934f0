package io.whosaid.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One quote. {@code start}/{@code end} are UTF-16 offsets into the submitted text, end exclusive;
 * {@code text} equals that slice. {@code speaker} and {@code cue} are null when unknown. For
 * paragraph input, offsets are within the paragraph {@code paragraphId} (and, for a quote running
 * into a later paragraph, {@code end} is within {@code endParagraphId}). {@code selector} anchors
 * the quote as W3C Web Annotation selectors.
 */
public record QuoteDto(String text, int start, int end, String type, String cue, SpeakerRef speaker,
        StanceDto stance, double confidence, List<SelectorDto> selector,
        @JsonInclude(JsonInclude.Include.NON_NULL) String paragraphId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String endParagraphId) {

    public QuoteDto {
        selector = selector == null ? List.of() : List.copyOf(selector);
    }
}
