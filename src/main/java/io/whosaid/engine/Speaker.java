package io.whosaid.engine;

/**
 * Who said a quote: the fullest name the article gives (or the describing noun phrase of an unnamed
 * source), the words of the mention next to the cue ("he", "Kerry"), the role if the article gives
 * one, and the kind of source.
 */
public record Speaker(String name, String mention, String role, SpeakerKind kind) {
}
