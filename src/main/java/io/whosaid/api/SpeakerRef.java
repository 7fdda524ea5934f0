package io.whosaid.api;

/** The speaker of one quote: fullest name, the words of the mention at the cue, role, kind. */
public record SpeakerRef(String name, String mention, String role, String kind) {
}
