package io.whosaid.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of a streamed batch answer: the article's index in the batch and its result or problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLine(int index, AttributionResponse result, Problem problem) {
}
