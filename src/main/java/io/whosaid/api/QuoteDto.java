package io.whosaid.api;

/**
 * One quote. {@code start}/{@code end} are UTF-16 offsets into the submitted text, end exclusive;
 * {@code text} equals that slice. {@code speaker} and {@code cue} are null when unknown.
 */
public record QuoteDto(String text, int start, int end, String type, String cue, SpeakerRef speaker,
        StanceDto stance, double confidence) {
}
