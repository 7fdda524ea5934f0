package io.whosaid.engine;

/**
 * A run of tokens naming an entity in one sentence: {@code first..last} inclusive token indexes.
 * {@code subject} is true when the run's head is the subject of a verb, which makes it a more
 * salient antecedent for a later pronoun.
 */
public record Mention(int sentence, int first, int last, TextSpan span, String text, boolean subject) {

    /** Whether this mention stands before token {@code token} of sentence {@code sentence}. */
    public boolean precedes(int sentence, int token) {
        return this.sentence < sentence || this.sentence == sentence && last < token;
    }
}
