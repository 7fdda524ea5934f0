package io.whosaid.engine;

import java.util.List;

/** Everything the engine found in one article: the quotes in text order and the speakers they name. */
public record Attribution(List<Quote> quotes, List<SpeakerSummary> speakers) {

    public Attribution {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
    }

    /**
     * A speaker with every quote attributed to them (indexes into {@link #quotes()}) and every place
     * the article mentions them, in text order.
     */
    public record SpeakerSummary(String name, String role, SpeakerKind kind, List<Integer> quotes,
            List<TextSpan> mentions) {

        public SpeakerSummary {
            quotes = List.copyOf(quotes);
            mentions = List.copyOf(mentions);
        }
    }
}
