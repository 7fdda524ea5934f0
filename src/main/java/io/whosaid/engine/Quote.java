package io.whosaid.engine;

/**
 * One attributed statement. {@code span} covers the quoted words (direct) or the reported content
 * (indirect, mixed) in the submitted text; {@code speaker} is null when no source could be found;
 * {@code cue} is the speech verb or "according to" as written, null for a continuation quote;
 * {@code stance} is null until {@link StanceDetector} has read the quote.
 */
public record Quote(TextSpan span, String text, QuoteType type, String cue, String frame, Speaker speaker,
        double confidence, Stance stance) {

    public Quote withText(String submitted) {
        return new Quote(span, submitted, type, cue, frame, speaker, confidence, stance);
    }

    public Quote withSpeaker(Speaker resolved) {
        return new Quote(span, text, type, cue, frame, resolved, confidence, stance);
    }

    public Quote withStance(Stance assessed) {
        return new Quote(span, text, type, cue, frame, speaker, confidence, assessed);
    }
}
