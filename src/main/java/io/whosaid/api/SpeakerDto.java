package io.whosaid.api;

import java.util.List;

/** A speaker of the article with the indexes (into {@code quotes}) of everything attributed to them. */
public record SpeakerDto(String name, String role, String kind, List<Integer> quotes) {
}
