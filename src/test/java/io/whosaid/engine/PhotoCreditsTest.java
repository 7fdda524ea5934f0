package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PhotoCreditsTest {

    @Test
    void aCreditBecomesAParagraphBreakOfTheSameLength() {
        String text = "Lee opens her shop at dawn. ( Jo Roe / The Daily News ) Baker Ann Lee says she is fine.\n\nMore.";
        String masked = PhotoCredits.mask(text);
        assertEquals(text.length(), masked.length());
        int credit = text.indexOf("( Jo Roe");
        assertEquals("Lee opens her shop at dawn. \n\n", masked.substring(0, credit + 2));
        assertEquals(" Baker Ann Lee", masked.substring(text.indexOf(" Baker"), text.indexOf(" says")));
        assertEquals("", masked.substring(credit + 2, text.indexOf(" Baker")).trim());
    }

    @Test
    void aTextWithSingleLineParagraphsGetsASingleBreak() {
        String masked = PhotoCredits.mask("The river rose. (Jo Roe/CBC) Ann Lee said it was fine.\nMore.");
        assertEquals("The river rose. \n" + " ".repeat(12) + "Ann Lee said it was fine.\nMore.", masked);
    }

    @Test
    void slashesThatAreNoCreditsStay() {
        String text = "Sales rose (Jan/Feb) and the 24/7 line (see Part 2/3) stayed open.";
        assertSame(text, PhotoCredits.mask(text));
    }
}
