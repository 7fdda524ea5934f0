package io.whosaid.api;

/**
 * UTF-16 offsets of one text turned into Unicode code point offsets, which W3C selectors count.
 * Built once per text, so each quote's conversion is a lookup rather than a scan from the start;
 * a text without supplementary characters (nearly every article) needs no table at all.
 */
public final class CodePointOffsets {

    /** {@code pairsBefore[i]}: surrogate pairs that end before UTF-16 offset {@code i}; null when there are none. */
    private final int[] pairsBefore;

    private CodePointOffsets(int[] pairsBefore) {
        this.pairsBefore = pairsBefore;
    }

    public static CodePointOffsets of(String text) {
        int[] pairs = null;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (pairs == null) {
                    pairs = new int[text.length() + 1];
                }
                pairs[i + 1] = 1;
            }
        }
        if (pairs != null) {
            for (int i = 1; i < pairs.length; i++) {
                pairs[i] += pairs[i - 1];
            }
        }
        return new CodePointOffsets(pairs);
    }

    /** The code point offset of UTF-16 offset {@code offset}. */
    public int at(int offset) {
        return pairsBefore == null ? offset : offset - pairsBefore[offset];
    }
}
