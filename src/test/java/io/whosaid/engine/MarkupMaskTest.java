package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MarkupMaskTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "a < b and c > d, \u201Cquoted\u201D & done";
        assertSame(text, MarkupMask.mask(text));
    }

    @Test
    void tagsBecomeBlanksAndBlockTagsParagraphBreaksAtTheSameLength() {
        String html = "<p>One <b>two</b>.</p><p>Three</p>";
        assertEquals("\n\n One    two    .\n\n  \n\n Three\n\n  ", MarkupMask.mask(html));
    }

    @Test
    void scriptsStylesAndCommentsAreBlankedWithTheirContent() {
        String html = "A<script>var s = \"x\";</script>B<style>p{}</style>C<!-- \"note\" -->D";
        String masked = MarkupMask.mask(html);
        assertEquals(html.length(), masked.length());
        assertEquals("A", masked.substring(0, 1));
        assertEquals("ABCD", masked.replace(" ", ""));
    }

    @Test
    void quoteEntitiesBecomeTheirMarks() {
        String html = "&ldquo;Yes,&rdquo; she said &amp; left.&#8221;";
        String masked = MarkupMask.mask(html);
        assertEquals(html.length(), masked.length());
        assertEquals("\u201C      Yes,\u201D       she said &     left.\u201D      ", masked);
    }
}
