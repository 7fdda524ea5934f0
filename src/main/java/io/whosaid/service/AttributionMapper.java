package io.whosaid.service;

import io.whosaid.api.AttributionResponse;
import io.whosaid.api.CodePointOffsets;
import io.whosaid.api.MentionDto;
import io.whosaid.api.QuoteDto;
import io.whosaid.api.SelectorDto;
import io.whosaid.api.SpeakerDto;
import io.whosaid.api.SpeakerRef;
import io.whosaid.api.StanceDto;
import io.whosaid.engine.Attribution;
import io.whosaid.engine.AttributionEngine;
import io.whosaid.engine.Quote;
import io.whosaid.engine.Speaker;
import io.whosaid.engine.SpeakerKind;
import io.whosaid.engine.Stance;
import io.whosaid.engine.TextSpan;
import java.util.List;
import java.util.Locale;

/** Maps the engine's model to the API's records. */
final class AttributionMapper {

    private AttributionMapper() {
    }

    static AttributionResponse toResponse(String id, Attribution attribution, String text) {
        CodePointOffsets codePoints = CodePointOffsets.of(text);
        return new AttributionResponse(id, false, AttributionEngine.VERSION,
                attribution.quotes().stream().map(q -> toDto(q, text, codePoints)).toList(),
                attribution.speakers().stream()
                        .map(s -> new SpeakerDto(s.name(), s.role(), kind(s.kind()), s.quotes(),
                                s.mentions().stream()
                                        .map(m -> new MentionDto(text.substring(m.start(), m.end()), m.start(), m.end(), null))
                                        .toList()))
                        .toList());
    }

    private static QuoteDto toDto(Quote q, String text, CodePointOffsets codePoints) {
        int start = q.span().start();
        int end = q.span().end();
        return new QuoteDto(q.text(), start, end, q.type().name().toLowerCase(Locale.ROOT),
                q.cue(), toRef(q.speaker()), toDto(q.stance()), Math.round(q.confidence() * 100) / 100.0,
                List.of(SelectorDto.quote(text, start, end), SelectorDto.position(codePoints, start, end)), null, null);
    }

    private static StanceDto toDto(Stance s) {
        return s == null ? null
                : new StanceDto(s.label().name().toLowerCase(Locale.ROOT), s.target(), s.confidence(), s.frame());
    }

    private static SpeakerRef toRef(Speaker s) {
        if (s == null) {
            return null;
        }
        TextSpan at = s.mentionSpan();
        return new SpeakerRef(s.name(), s.mention(), s.role(), kind(s.kind()), at == null ? null : at.start(),
                at == null ? null : at.end(), null);
    }

    private static String kind(SpeakerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
