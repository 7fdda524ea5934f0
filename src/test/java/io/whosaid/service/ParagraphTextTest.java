package io.whosaid.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.whosaid.api.AttributionRequest.Paragraph;
import io.whosaid.api.AttributionResponse;
import io.whosaid.api.MentionDto;
import io.whosaid.api.QuoteDto;
import io.whosaid.api.SpeakerDto;
import io.whosaid.api.SpeakerRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets in the joined text moved into paragraphs, including a quote that runs across two. */
class ParagraphTextTest {

    private static final List<Paragraph> PARAGRAPHS = List.of(new Paragraph("p1", "Lee said the bridge reopens"),
            new Paragraph("p2", "in May and tolls stay."), new Paragraph("p3", "Lee left."));

    @Test
    void joinsWithABlankLine() {
        assertEquals("Lee said the bridge reopens\n\nin May and tolls stay.\n\nLee left.",
                ParagraphText.of(PARAGRAPHS).text());
    }

    @Test
    void aSpanningQuoteGetsBothParagraphsAndNoPositionSelector() {
        ParagraphText article = ParagraphText.of(PARAGRAPHS);
        String text = article.text();
        int start = text.indexOf("the bridge");
        int end = text.indexOf(" and tolls");
        QuoteDto spanning = new QuoteDto(text.substring(start, end), start, end, "indirect", "said",
                new SpeakerRef("Ann Lee", "Lee", null, "person", 0, 3, null), null, 0.9, List.of(), null, null);
        int lastLee = text.lastIndexOf("Lee");
        AttributionResponse joined = new AttributionResponse("id", false, "m", List.of(spanning),
                List.of(new SpeakerDto("Ann Lee", null, "person", List.of(0),
                        List.of(new MentionDto("Lee", 0, 3, null), new MentionDto("Lee", lastLee, lastLee + 3, null)))));

        AttributionResponse local = article.localise(joined);
        QuoteDto q = local.quotes().get(0);
        assertEquals("p1", q.paragraphId());
        assertEquals("p2", q.endParagraphId());
        assertEquals("Lee said ".length(), q.start());
        assertEquals("in May".length(), q.end());
        assertEquals(1, q.selector().size());
        assertEquals("TextQuoteSelector", q.selector().get(0).type());
        assertEquals("p1", q.speaker().mentionParagraphId());
        assertEquals(new MentionDto("Lee", 0, 3, "p3"), local.speakers().get(0).mentions().get(1));
    }

    @Test
    void aQuoteInsideOneParagraphKeepsItsPositionSelector() {
        ParagraphText article = ParagraphText.of(PARAGRAPHS);
        String text = article.text();
        int start = text.indexOf("tolls stay");
        QuoteDto inside = new QuoteDto("tolls stay", start, start + 10, "indirect", null, null, null, 0.5, List.of(),
                null, null);
        QuoteDto q = article.localise(new AttributionResponse("id", false, "m", List.of(inside), List.of()))
                .quotes().get(0);
        assertEquals("p2", q.paragraphId());
        assertNull(q.endParagraphId());
        assertEquals(2, q.selector().size());
        assertEquals(Integer.valueOf("in May and ".length()), q.selector().get(1).start());
    }

    @Test
    void refusesDuplicateIdsAndEmptyParagraphLists() {
        assertThrows(InvalidRequestException.class, () -> ParagraphText.of(List.of()));
        assertThrows(InvalidRequestException.class,
                () -> ParagraphText.of(List.of(new Paragraph("a", "x"), new Paragraph("a", "y"))));
        assertThrows(InvalidRequestException.class, () -> ParagraphText.of(List.of(new Paragraph("a", " "))));
    }
}
