package io.whosaid.api;

import java.util.List;

/**
 * A speaker of the article with the indexes (into {@code quotes}) of everything attributed to them
 * and every place the article mentions them.
 */
public record SpeakerDto(String name, String role, String kind, List<Integer> quotes, List<MentionDto> mentions) {

    public SpeakerDto {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
