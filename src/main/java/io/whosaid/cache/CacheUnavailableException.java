package io.whosaid.cache;

/** The cache database cannot be read, and the request has no other way to an answer. */
public class CacheUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CacheUnavailableException() {
        super("The result store is unavailable; try again shortly.");
    }
}
