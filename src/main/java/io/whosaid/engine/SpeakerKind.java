package io.whosaid.engine;

/** What kind of source a speaker is. */
public enum SpeakerKind {
    /** A named person. */
    PERSON,
    /** A named organisation, institution or outlet ("the Defense Department", "IRCC"). */
    ORGANIZATION,
    /** A source the article does not name, given as its description ("a senior U.S. official"). */
    UNNAMED
}
