package io.whosaid.service;

/** Every worker is busy and the waiting line is full: the client should retry shortly. */
public class EngineBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineBusyException() {
        super("All attribution workers are busy and the queue is full; retry in a moment.");
    }
}
