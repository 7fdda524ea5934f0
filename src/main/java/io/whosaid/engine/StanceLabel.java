package io.whosaid.engine;

/** Where a quote stands toward its target: for it, against it, or taking no side. */
public enum StanceLabel {
    FAVOR, AGAINST, NEUTRAL
}
