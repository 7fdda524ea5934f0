package io.whosaid.api;

/** The stance of a quote toward a target (or toward its own topic when no target was given). */
public record StanceDto(String label, String target, double confidence, String frame) {
}
