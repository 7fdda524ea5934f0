package io.whosaid.engine;

/**
 * Who said a quote: the fullest name the article gives (or the describing noun phrase of an unnamed
 * source), the words of the mention next to the cue ("he", "Kerry") and where they stand in the text
 * ({@code mentionSpan}, null when unknown), the role if the article gives one, and the kind of source.
 */
public record Speaker(String name, String mention, String role, SpeakerKind kind, TextSpan mentionSpan) {

    public Speaker(String name, String mention, String role, SpeakerKind kind) {
        this(name, mention, role, kind, null);
    }

    public Speaker withMentionSpan(TextSpan span) {
        return new Speaker(name, mention, role, kind, span);
    }

    /** The same source named again by other words ("she" for Ann Lowe), where is not known yet. */
    public Speaker mentionedAs(String words) {
        return new Speaker(name, words, role, kind);
    }

    public Speaker withRole(String knownRole) {
        return new Speaker(name, mention, knownRole, kind, mentionSpan);
    }
}
