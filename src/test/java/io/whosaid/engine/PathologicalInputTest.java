package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legal but freakish inputs must come back promptly with a sane answer. The bound is deliberately
 * generous (each case takes well under a second here); it catches the quadratic blow-ups these
 * inputs used to cause (10,000 straight quotes: 5 s; 20,000 curly quotes: 21 s; one 40,000-word
 * sentence: 28 s), not small slowdowns.
 */
class PathologicalInputTest {

    private static final Duration BOUND = Duration.ofSeconds(15);

    private static Attribution attributeWithin(String text) {
        Attribution result = assertTimeoutPreemptively(BOUND, () -> SharedEngine.get().attribute(text));
        for (Quote q : result.quotes()) {
            assertEquals(text.substring(q.span().start(), q.span().end()), q.text());
        }
        return result;
    }

    @Test
    void tenThousandStraightQuoteMarks() {
        assertEquals(List.of(), attributeWithin("\"".repeat(10_000)).quotes());
    }

    @Test
    void twentyThousandAlternatingCurlyQuotes() {
        assertEquals(List.of(), attributeWithin("\u201C\u201D".repeat(10_000)).quotes());
    }

    @Test
    void oneFortyThousandWordSentence() {
        attributeWithin("word ".repeat(40_000) + "said Tom.");
    }

    @Test
    void tinyInputsThatCrashCoreNlpElsewhere() {
        assertEquals(List.of(), attributeWithin("\"Bob.\"\n\n\"What.\"").quotes());
        assertEquals(List.of(), attributeWithin("\"\"=").quotes());
    }

    @Test
    void quoteAfterAstralCharactersKeepsExactOffsets() {
        String text = "\uD83D\uDE00\uD83D\uDE00 \u201CWe will win this,\u201D said Jane Ford.";
        Quote q = attributeWithin(text).quotes().get(0);
        assertEquals(6, q.span().start());
        assertEquals("Jane Ford", q.speaker().name());
    }

    @Test
    void longRunsAreBlankedWithoutMovingOffsets() {
        String text = "a" + "!".repeat(50) + "b";
        String blanked = NlpPipeline.blankLongRuns(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("a" + " ".repeat(50) + "b", blanked);
        assertEquals("Wait!!! Now.", NlpPipeline.blankLongRuns("Wait!!! Now."));
    }
}
