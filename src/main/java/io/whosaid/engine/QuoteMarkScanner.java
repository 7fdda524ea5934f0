package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text in quotation marks from the characters alone, independent of tokenisation: straight
 * {@code "}, curly {@code “ ”}, doubled apostrophes {@code '' ''} (curly ones too, {@code ‘‘ ’’}),
 * TeX-style {@code `` ''}, guillemets,
 * and top-level curly single quotes {@code ‘ ’} (headlines use them). Single quotes inside an open
 * double quote are nested quotes and stay part of it.
 *
 * <p>A paragraph that ends inside an open quote closes it there: in news style a quote running over
 * several paragraphs reopens each paragraph with a mark and closes only the last one, and each
 * paragraph is its own quote for attribution. Spans are the words inside the marks, without
 * surrounding spaces or the comma that belongs to the attribution sentence ({@code “…,” he said}).
 */
public final class QuoteMarkScanner {

    /** A quoted span: the words inside the marks, and the marks' outer bounds. */
    public record QuotedSpan(TextSpan inner, TextSpan outer, boolean closed) {
    }

    private enum Mark { NONE, OPEN_DOUBLE, CLOSE_DOUBLE, STRAIGHT_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE }

    /** How long ", said the new head of the board." can be: a longer stretch is narration, not an attribution. */
    private static final int ATTRIBUTION_LENGTH = 60;

    private QuoteMarkScanner() {
    }

    public static List<QuotedSpan> scan(String text, List<TextSpan> paragraphs) {
        List<QuotedSpan> spans = new ArrayList<>();
        for (TextSpan paragraph : paragraphs) {
            scanParagraph(text, paragraph, spans);
        }
        return spans;
    }

    private static void scanParagraph(String text, TextSpan paragraph, List<QuotedSpan> out) {
        int openAt = -1;      // offset of the opening mark, -1 when outside a quote
        int innerStart = -1;
        int lastClosed = -1;  // end of the last quote closed with a comma in this paragraph
        boolean single = false;
        int i = paragraph.start();
        while (i < paragraph.end()) {
            int width = markWidth(text, i, paragraph.end());
            Mark mark = classify(text, i, width, openAt >= 0, single, paragraph);
            if (mark == Mark.NONE) {
                i++;
                continue;
            }
            if (openAt < 0) {
                if (mark == Mark.OPEN_DOUBLE || mark == Mark.STRAIGHT_DOUBLE || mark == Mark.OPEN_SINGLE) {
                    openAt = i;
                    innerStart = i + width;
                    single = mark == Mark.OPEN_SINGLE;
                }
            } else if (single ? mark == Mark.CLOSE_SINGLE
                    : mark == Mark.CLOSE_DOUBLE || mark == Mark.STRAIGHT_DOUBLE) {
                emit(text, innerStart, i, new TextSpan(openAt, i + width), true, out);
                openAt = -1;
                // only a quote that hands over to its attribution ("“A,” Lee said.") can resume after it
                lastClosed = i > 0 && text.charAt(i - 1) == ',' ? i + width : -1;
            } else if (!single && mark == Mark.OPEN_DOUBLE && text.charAt(i) != '\'') {
                // A second opening mark inside an open quote: the first was never closed (a typo or
                // a dropped mark). Restart here rather than swallow the rest of the paragraph.
                emit(text, innerStart, i, new TextSpan(openAt, i), false, out);
                openAt = i;
                innerStart = i + width;
            }
            i += width;
        }
        if (openAt >= 0 && lastClosed >= 0 && endsParagraph(text, innerStart, paragraph.end()) && openAt > 0
                && ".?!".indexOf(text.charAt(openAt - 1)) >= 0) {
            // "“A,” Lee said. B.”": the mark that reopens the quote is missing, and the one that ends the
            // paragraph closes it; the quote resumes at the sentence after the attribution
            int resumes = sentenceAfter(text, lastClosed, openAt);
            if (resumes >= 0 && resumes - lastClosed <= ATTRIBUTION_LENGTH) {
                emit(text, resumes, openAt, new TextSpan(resumes, openAt + 1), true, out);
            }
        } else if (openAt >= 0) {
            emit(text, innerStart, paragraph.end(), new TextSpan(openAt, paragraph.end()), false, out);
        }
    }

    private static boolean endsParagraph(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The start of the first sentence that begins after {@code from} and before {@code limit}, or -1. */
    private static int sentenceAfter(String text, int from, int limit) {
        for (int i = from; i + 2 < limit; i++) {
            if (".?!".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return i + 2;
            }
        }
        return -1;
    }

    private static int markWidth(String text, int i, int limit) {
        char c = text.charAt(i);
        if ((c == '`' || c == '\'' || c == '\u2018' || c == '\u2019') && i + 1 < limit && text.charAt(i + 1) == c) {
            return 2;
        }
        if (c == '\u2018' && i + 1 < limit && text.charAt(i + 1) == '\u2019') {
            return 2; // "‘’It is ...”": an opening double mark typed as two curly apostrophes
        }
        return 1;
    }

    private static Mark classify(String text, int i, int width, boolean inQuote, boolean inSingle,
            TextSpan paragraph) {
        char c = text.charAt(i);
        if (width == 2) {
            if (c == '`' || c == '\u2018') {
                return Mark.OPEN_DOUBLE;
            }
            if (c == '\u2019') {
                return Mark.CLOSE_DOUBLE; // two curly apostrophes typed for a closing double mark
            }
            // '' opens when it follows a space or the paragraph start, closes otherwise.
            return isOpeningContext(text, i, paragraph) && !inQuote ? Mark.OPEN_DOUBLE : Mark.CLOSE_DOUBLE;
        }
        switch (c) {
            case '\u201C', '\u201E', '\u00AB':
                return Mark.OPEN_DOUBLE;
            case '\u201D':
                // Some feeds print a closing mark where an opening one belongs ("”This guy ...”"):
                // outside a quote, before a letter and after a space, it opens.
                return !inQuote && isOpeningContext(text, i, paragraph) && nextIsLetter(text, i)
                        ? Mark.OPEN_DOUBLE : Mark.CLOSE_DOUBLE;
            case '\u00BB':
                return Mark.CLOSE_DOUBLE;
            case '"':
                return Mark.STRAIGHT_DOUBLE;
            case '\u2018':
                return !inQuote && isOpeningContext(text, i, paragraph) ? Mark.OPEN_SINGLE : Mark.NONE;
            case '\u2019':
                // An apostrophe (Iran’s, don’t) has a letter right after it; a closing quote does not.
                return inSingle && !nextIsLetter(text, i) ? Mark.CLOSE_SINGLE : Mark.NONE;
            default:
                return Mark.NONE;
        }
    }

    private static boolean isOpeningContext(String text, int i, TextSpan paragraph) {
        if (i == paragraph.start()) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == ':' || before == '-';
    }

    private static boolean nextIsLetter(String text, int i) {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static void emit(String text, int start, int end, TextSpan outer, boolean closed, List<QuotedSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start && containsLetterOrDigit(text, start, end)) {
            out.add(new QuotedSpan(new TextSpan(start, end), outer, closed));
        }
    }

    private static boolean containsLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
