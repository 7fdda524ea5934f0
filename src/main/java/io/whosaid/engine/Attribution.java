package io.whosaid.engine;

import java.util.List;

/** Everything the engine found in one article: the quotes in text order and the speakers they name. */
public record Attribution(List<Quote> quotes, List<SpeakerSummary> speakers) {

    public Attribution {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
    }

    /** A speaker with every quote attributed to them (indexes into {@link #quotes()}). */
    public record SpeakerSummary(String name, String role, SpeakerKind kind, List<Integer> quotes) {

        public SpeakerSummary {
            quotes = List.copyOf(quotes);
        }
    }
}
