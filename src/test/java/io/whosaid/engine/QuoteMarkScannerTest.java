package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.engine.QuoteMarkScanner.QuotedSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkScannerTest {

    private static List<String> quoted(String text) {
        return QuoteMarkScanner.scan(text, Paragraphs.of(text)).stream()
                .map(q -> text.substring(q.inner().start(), q.inner().end()))
                .toList();
    }

    @Test
    void straightQuotesDropTheAttributionComma() {
        assertEquals(List.of("We will win"), quoted("\"We will win,\" she said."));
    }

    @Test
    void curlyQuotesKeepTheirFinalStop() {
        assertEquals(List.of("We will win."), quoted("She said: \u201CWe will win.\u201D"));
    }

    @Test
    void doubledApostrophesAndTexStyleMarks() {
        assertEquals(List.of("We will win"), quoted("''We will win,'' she said."));
        assertEquals(List.of("We will win"), quoted("``We will win,'' she said."));
    }

    @Test
    void doubledCurlyApostrophesAreDoubleMarks() {
        // an opening curly mark closed by two curly apostrophes, and doubled curly marks on both sides
        assertEquals(List.of("We grow kale"), quoted("\u201CWe grow kale,\u2019\u2019 says Dana Pike, who runs the farm."));
        assertEquals(List.of("We grow kale"), quoted("\u2018\u2018We grow kale,\u2019\u2019 she said."));
        assertEquals(List.of("We grow kale."), quoted("\u2018\u2019We grow kale.\u201D Next, the weather."));
    }

    @Test
    void aMissingReopeningMarkIsRecoveredFromTheMarkThatEndsTheParagraph() {
        // the second part of a split quote lost its opening mark; the paragraph's last mark closes it
        assertEquals(List.of("We trained for this all year", "We knew the course. I am glad it is over."),
                quoted("\"We trained for this all year,\" Ray said. We knew the course. I am glad it is over.\""));
        // without a quote closed before it, a mark at the paragraph's end opens nothing and closes nothing
        assertEquals(List.of(), quoted("He left early. Nobody saw him go.\""));
    }

    @Test
    void singleQuotesInsideDoubleQuotesAreNested() {
        assertEquals(List.of("He told me \u2018never again\u2019 and left"),
                quoted("\u201CHe told me \u2018never again\u2019 and left,\u201D she said."));
    }

    @Test
    void apostrophesDoNotCloseASingleQuote() {
        assertEquals(List.of("Iran\u2019s move is a warning"), quoted("Headline: \u2018Iran\u2019s move is a warning\u2019 says envoy"));
        assertEquals(List.of(), quoted("Iran\u2019s envoy didn\u2019t comment."));
    }

    @Test
    void multiParagraphQuoteReopensEachParagraph() {
        String text = "\u201CFirst paragraph of the quote.\n\n\u201CSecond paragraph,\u201D she said.";
        assertEquals(List.of("First paragraph of the quote.", "Second paragraph"), quoted(text));
        List<QuotedSpan> spans = QuoteMarkScanner.scan(text, Paragraphs.of(text));
        assertFalse(spans.get(0).closed());
        assertTrue(spans.get(1).closed());
    }

    @Test
    void offsetsCountUtf16UnitsAfterAstralCharacters() {
        String text = "\uD83D\uDE00 \u201CHello there,\u201D he said.";
        QuotedSpan span = QuoteMarkScanner.scan(text, Paragraphs.of(text)).get(0);
        assertEquals(4, span.inner().start());
        assertEquals("Hello there", text.substring(span.inner().start(), span.inner().end()));
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        assertEquals(List.of("It never ends"), quoted("She said \"It never ends\n\nNext paragraph."));
    }

    @Test
    void closingMarkPrintedAsOpeningMarkStillOpens() {
        assertEquals(List.of("This guy is landing rockets"), quoted("He said \u201DThis guy is landing rockets\u201D on stage."));
    }

    @Test
    void emptyAndSymbolOnlyQuotesAreNotQuotes() {
        assertEquals(List.of(), quoted("\"\" and \" , \" and \u201C\u201D"));
    }
}
