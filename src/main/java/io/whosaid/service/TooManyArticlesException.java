package io.whosaid.service;

/** A batch holds more articles than {@code whosaid.batch-max-articles}. */
public class TooManyArticlesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyArticlesException(int count, int limit) {
        super("The batch holds " + count + " articles; the limit is " + limit + ".");
    }
}
