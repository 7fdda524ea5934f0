package io.whosaid.engine;

/**
 * The stance of one quote: its {@code label} toward {@code target} (the caller's claim or topic; null
 * when none was given, and the label is then the speaker's attitude toward what the quote talks
 * about), how sure the rules are, and the reporting {@code frame} of its cue verb ("neutral",
 * "denial" ...; null when the quote has no cue of its own).
 */
public record Stance(StanceLabel label, String target, double confidence, String frame) {
}
