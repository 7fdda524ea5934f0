package io.whosaid.service;

import java.time.Duration;

/** The article took longer than the configured per-request limit. */
public class DeadlineExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(Duration limit) {
        super("Attribution took longer than the limit of " + limit.toMillis() + " ms and was stopped.");
    }
}
