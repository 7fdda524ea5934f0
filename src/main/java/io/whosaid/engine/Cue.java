package io.whosaid.engine;

/**
 * A reporting expression in one sentence: the speech verb (or "according to") at token {@code verb},
 * the head of its source at token {@code source} (-1 when the sentence gives none), and the reported
 * content it introduces (null when the content is not in this sentence, e.g. after "said:").
 * {@code attribution} covers the source and the verb with their modifiers ("a Pentagon spokesman
 * denied Monday").
 */
public record Cue(int sentence, int verb, int source, TextSpan content, TextSpan attribution, String text,
        String frame, boolean negated, boolean introducesNext) {
}
