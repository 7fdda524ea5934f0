package io.whosaid.service;

import io.whosaid.api.AttributionRequest.Paragraph;
import io.whosaid.api.AttributionResponse;
import io.whosaid.api.CodePointOffsets;
import io.whosaid.api.MentionDto;
import io.whosaid.api.QuoteDto;
import io.whosaid.api.SelectorDto;
import io.whosaid.api.SpeakerDto;
import io.whosaid.api.SpeakerRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article sent as paragraphs: attributed as one text (paragraphs joined by a blank line, which
 * the engine reads as a paragraph break, so quotes running across paragraphs are found), answered
 * with offsets within each paragraph, as a CMS that stores one element per paragraph needs them.
 */
final class ParagraphText {

    static final String SEPARATOR = "\n\n";

    private final List<Paragraph> paragraphs;
    private final int[] starts;
    private final CodePointOffsets[] codePoints;
    private final String text;

    private ParagraphText(List<Paragraph> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
        this.starts = new int[paragraphs.size()];
        this.codePoints = new CodePointOffsets[paragraphs.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            starts[i] = joined.length();
            joined.append(paragraphs.get(i).text());
            codePoints[i] = CodePointOffsets.of(paragraphs.get(i).text());
        }
        this.text = joined.toString();
    }

    /** Checks the paragraphs (every one with a distinct id and a text) and joins them. */
    static ParagraphText of(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            throw new InvalidRequestException("paragraphs", "paragraphs must hold at least one paragraph");
        }
        Set<String> ids = new HashSet<>();
        boolean anyText = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p == null || p.id() == null || p.id().isBlank() || p.text() == null) {
                throw new InvalidRequestException("paragraphs[" + i + "]", "every paragraph needs an id and a text");
            }
            if (!ids.add(p.id())) {
                throw new InvalidRequestException("paragraphs[" + i + "].id", "paragraph ids must be distinct");
            }
            anyText |= !p.text().isBlank();
        }
        if (!anyText) {
            throw new InvalidRequestException("paragraphs", "the paragraphs hold no text");
        }
        return new ParagraphText(paragraphs);
    }

    String text() {
        return text;
    }

    /** The answer for the joined text, with every offset moved into its paragraph. */
    AttributionResponse localise(AttributionResponse joined) {
        List<QuoteDto> quotes = new ArrayList<>();
        for (QuoteDto q : joined.quotes()) {
            int first = paragraphAt(q.start());
            int last = paragraphAt(Math.max(q.start(), q.end() - 1));
            List<SelectorDto> selectors = new ArrayList<>();
            selectors.add(SelectorDto.quote(text, q.start(), q.end()));
            if (first == last) {
                selectors.add(SelectorDto.position(codePoints[first], q.start() - starts[first],
                        q.end() - starts[first]));
            }
            quotes.add(new QuoteDto(q.text(), q.start() - starts[first], q.end() - starts[last], q.type(), q.cue(),
                    localise(q.speaker()), q.stance(), q.confidence(), selectors, paragraphs.get(first).id(),
                    first == last ? null : paragraphs.get(last).id()));
        }
        List<SpeakerDto> speakers = joined.speakers().stream()
                .map(s -> new SpeakerDto(s.name(), s.role(), s.kind(), s.quotes(), s.mentions().stream()
                        .map(m -> {
                            int p = paragraphAt(m.start());
                            return new MentionDto(m.text(), m.start() - starts[p], m.end() - starts[p],
                                    paragraphs.get(p).id());
                        })
                        .toList()))
                .toList();
        return new AttributionResponse(joined.id(), joined.cached(), joined.model(), quotes, speakers);
    }

    /** The speaker's mention offsets, within the paragraph of the mention. */
    private SpeakerRef localise(SpeakerRef s) {
        if (s == null || s.mentionStart() == null) {
            return s;
        }
        int p = paragraphAt(s.mentionStart());
        return new SpeakerRef(s.name(), s.mention(), s.role(), s.kind(), s.mentionStart() - starts[p],
                s.mentionEnd() - starts[p], paragraphs.get(p).id());
    }

    /** The paragraph holding joined-text offset {@code offset} (a separator counts to the one before). */
    private int paragraphAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }
}
