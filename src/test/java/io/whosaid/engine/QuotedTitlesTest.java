package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTitlesTest {

    private static boolean isTitle(String text, String quoted) {
        int start = text.indexOf(quoted);
        return QuotedTitles.isTitle(text, new TextSpan(start, start + quoted.length()), Paragraphs.of(text));
    }

    @Test
    void titleCaseInProseIsATitle() {
        assertTrue(isTitle("Her first novel, “The Salt Roads of the North,” sold well in Norway.", "The Salt Roads of the North,"));
        assertTrue(isTitle("The choir ended with the hymn “Rock of Ages in the Valley” before noon.", "Rock of Ages in the Valley"));
    }

    @Test
    void sentencesShortPhrasesAndHeadlinesAreNot() {
        // two sentences inside the marks
        assertFalse(isTitle("“Here He Comes. The Boss.” she said as the car pulled in.", "Here He Comes. The Boss."));
        // two words: a name, spoken or not, is left to the other rules
        assertFalse(isTitle("She added the words “Ann Lee.” and sat down.", "Ann Lee."));
        // ordinary speech
        assertFalse(isTitle("He said “We Will not back down” and left the stage.", "We Will not back down"));
        // a headline in title case quotes in title case
        assertFalse(isTitle("Mayor Calls Budget ‘A Total Mess Again’", "A Total Mess Again"));
    }
}
