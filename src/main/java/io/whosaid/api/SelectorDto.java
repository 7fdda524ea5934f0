package io.whosaid.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A W3C Web Annotation selector (https://www.w3.org/TR/annotation-model/#selectors): a
 * {@code TextQuoteSelector} (the exact words with up to 32 characters of context either side, to
 * re-anchor a quote after the text is edited) or a {@code TextPositionSelector} (start and end in
 * Unicode code points, as the W3C model counts them; the quote's own {@code start}/{@code end} are
 * UTF-16 units, as JavaScript counts them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectorDto(String type, String exact, String prefix, String suffix, Integer start, Integer end) {

    /** Characters of context a TextQuoteSelector carries either side. */
    public static final int CONTEXT = 32;

    public static SelectorDto quote(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // never cut a surrogate pair in half
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return new SelectorDto("TextQuoteSelector", text.substring(start, end), text.substring(from, start),
                text.substring(end, to), null, null);
    }

    public static SelectorDto position(CodePointOffsets codePoints, int start, int end) {
        return new SelectorDto("TextPositionSelector", null, null, null, codePoints.at(start), codePoints.at(end));
    }
}
