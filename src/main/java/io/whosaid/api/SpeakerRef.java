package io.whosaid.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The speaker of one quote: fullest name, the words of the mention at the cue and where they stand
 * ({@code mentionStart}/{@code mentionEnd}, UTF-16 offsets like the quote's, within
 * {@code mentionParagraphId} for paragraph input; null when unknown), role, kind.
 */
public record SpeakerRef(String name, String mention, String role, String kind, Integer mentionStart,
        Integer mentionEnd, @JsonInclude(JsonInclude.Include.NON_NULL) String mentionParagraphId) {
}
