package io.whosaid.service;

import io.whosaid.api.AttributionResponse;
import io.whosaid.api.QuoteDto;
import io.whosaid.api.SpeakerDto;
import io.whosaid.api.SpeakerRef;
import io.whosaid.api.StanceDto;
import io.whosaid.engine.Attribution;
import io.whosaid.engine.AttributionEngine;
import io.whosaid.engine.Quote;
import io.whosaid.engine.Speaker;
import io.whosaid.engine.SpeakerKind;
import io.whosaid.engine.Stance;
import java.util.Locale;

/** Maps the engine's model to the API's records. */
final class AttributionMapper {

    private AttributionMapper() {
    }

    static AttributionResponse toResponse(String id, Attribution attribution) {
        return new AttributionResponse(id, false, AttributionEngine.VERSION,
                attribution.quotes().stream().map(AttributionMapper::toDto).toList(),
                attribution.speakers().stream()
                        .map(s -> new SpeakerDto(s.name(), s.role(), kind(s.kind()), s.quotes()))
                        .toList());
    }

    private static QuoteDto toDto(Quote q) {
        return new QuoteDto(q.text(), q.span().start(), q.span().end(), q.type().name().toLowerCase(Locale.ROOT),
                q.cue(), toRef(q.speaker()), toDto(q.stance()), Math.round(q.confidence() * 100) / 100.0);
    }

    private static StanceDto toDto(Stance s) {
        return s == null ? null
                : new StanceDto(s.label().name().toLowerCase(Locale.ROOT), s.target(), s.confidence(), s.frame());
    }

    private static SpeakerRef toRef(Speaker s) {
        return s == null ? null : new SpeakerRef(s.name(), s.mention(), s.role(), kind(s.kind()));
    }

    private static String kind(SpeakerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
