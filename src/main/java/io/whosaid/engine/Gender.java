package io.whosaid.engine;

/** Grammatical gender used to match pronouns to people. */
public enum Gender {
    MALE, FEMALE, ANY, UNKNOWN;

    /** Whether a person of this gender can be the antecedent of a pronoun of {@code pronoun} gender. */
    public boolean compatibleWith(Gender pronoun) {
        return this == UNKNOWN || this == ANY || pronoun == ANY || pronoun == UNKNOWN || this == pronoun;
    }
}
