package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into paragraphs. News attribution leans on paragraphs (a quote with no cue
 * continues the previous paragraph's speaker), so they are found from the characters alone.
 * Blank lines separate paragraphs when the text has any; a text with none (a CMS export with one
 * paragraph per line) is split at single line breaks instead.
 */
final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*(?:\\r?\\n)+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n+");
    /**
     * A line the page puts where an advertisement interrupts the story ("Story continues below
     * advertisement", "Article continued below", "Advertisement"): no paragraph of the story, so
     * it neither separates a pronoun from its antecedent nor a quote from its continuation.
     */
    private static final Pattern AD_BREAK = Pattern.compile("\\(?(?:(?:story|article|text) )?continue[sd]?"
            + "(?: reading)? (?:below|after|under)\\b[^\\n]{0,40}|advertisement|ad", Pattern.CASE_INSENSITIVE);

    private Paragraphs() {
    }

    static List<TextSpan> of(String text) {
        Pattern separator = separatedByBlankLines(text) ? BLANK_LINE : LINE_BREAK;
        List<TextSpan> paragraphs = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.start(), paragraphs);
            start = m.end();
        }
        add(text, start, text.length(), paragraphs);
        return paragraphs;
    }

    /** Whether the text separates its paragraphs by blank lines (else each line is one). */
    static boolean separatedByBlankLines(String text) {
        return BLANK_LINE.matcher(text).find();
    }

    private static void add(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && !AD_BREAK.matcher(text).region(start, end).matches()) {
            out.add(new TextSpan(start, end));
        }
    }

    /** Index of the paragraph holding {@code offset}, or of the last one starting before it. */
    static int indexOf(List<TextSpan> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
