package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo credits that pages glue between a caption and the next paragraph, "( Jo Roe / The Daily
 * News )" or "(Jo Roe/CBC)": a photographer's name, a slash and the outlet in parentheses. Left
 * in place they join the caption to the next sentence, and the parser takes the outlet for part of
 * whoever that sentence names ("News ) Bakery owner Ann Lee"). The credit is masked in place
 * as a paragraph break padded with blanks, so every offset still indexes the text as submitted.
 */
final class PhotoCredits {

    /** Two to four capitalised words, a slash, then one to six words, in parentheses. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\(\\s*\\p{Lu}[\\w.'\u2019-]*(?:\\s+\\p{Lu}[\\w.'\u2019-]*){1,3}\\s*/\\s*\\p{L}[\\w.'\u2019-]*(?:\\s+[\\p{L}&][\\w.'\u2019-]*){0,5}\\s*\\)");

    private PhotoCredits() {
    }

    /** Where the credits of {@code text} stand, in text order. */
    static List<TextSpan> find(String text) {
        List<TextSpan> credits = new ArrayList<>();
        if (text.indexOf('/') >= 0) {
            Matcher credit = CREDIT.matcher(text);
            while (credit.find()) {
                credits.add(new TextSpan(credit.start(), credit.end()));
            }
        }
        return credits;
    }

    static String mask(String text) {
        return mask(text, find(text));
    }

    /** {@code text} with {@code credits} (as {@link #find} gives them) masked. */
    static String mask(String text, List<TextSpan> credits) {
        if (credits.isEmpty()) {
            return text;
        }
        // a break like the text's own: a blank line where paragraphs are separated by one
        int breaks = Paragraphs.separatedByBlankLines(text) ? 2 : 1;
        StringBuilder out = new StringBuilder(text);
        for (TextSpan credit : credits) {
            for (int i = credit.start(); i < credit.end(); i++) {
                out.setCharAt(i, i < credit.start() + breaks ? '\n' : ' ');
            }
        }
        return out.toString();
    }
}
