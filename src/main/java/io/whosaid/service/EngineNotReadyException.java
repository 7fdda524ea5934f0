package io.whosaid.service;

/** The models are still loading: the client should retry shortly. */
public class EngineNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineNotReadyException() {
        super("The attribution models are still loading; retry in a few seconds.");
    }
}
