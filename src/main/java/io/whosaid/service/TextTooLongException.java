package io.whosaid.service;

/** The text or the target is longer than the configured limit. */
public class TextTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TextTooLongException(String field, int length, int limit) {
        super(field + " has " + length + " characters; the limit is " + limit + ".");
    }
}
