package io.whosaid.api;

import java.util.List;

/**
 * The answer: the result's id (GET it again at {@code /api/v1/attributions/{id}}), whether it came
 * from the cache, the engine version that produced it, the quotes in text order and the speakers.
 */
public record AttributionResponse(String id, boolean cached, String model, List<QuoteDto> quotes,
        List<SpeakerDto> speakers) {

    public AttributionResponse withCached(boolean fromCache) {
        return new AttributionResponse(id, fromCache, model, quotes, speakers);
    }
}
