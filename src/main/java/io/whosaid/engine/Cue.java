package io.whosaid.engine;

/**
 * A reporting expression in one sentence: the speech verb (or "according to") at token {@code verb},
 * the head of its source at token {@code source} (-1 when the sentence gives none), and the reported
 * content it introduces (null when the content is not in this sentence, e.g. after "said:").
 * {@code attribution} covers the source and the verb with their modifiers ("a Pentagon spokesman
 * denied Monday"); {@code core} only the source's noun phrase and the verb ("he said"), which a
 * direct quote stands right next to.
 */
public record Cue(int sentence, int verb, int source, TextSpan content, TextSpan attribution, TextSpan core, String text,
        String frame, boolean negated, boolean introducesNext) {

    /** The same cue with other content (trimmed, or moved to the right clause). */
    Cue withContent(TextSpan other) {
        return new Cue(sentence, verb, source, other, attribution, core, text, frame, negated, introducesNext);
    }
}
