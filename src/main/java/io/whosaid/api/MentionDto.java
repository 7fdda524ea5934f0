package io.whosaid.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One mention of a speaker: its words and offsets (within {@code paragraphId} for paragraph input). */
public record MentionDto(String text, int start, int end,
        @JsonInclude(JsonInclude.Include.NON_NULL) String paragraphId) {
}
