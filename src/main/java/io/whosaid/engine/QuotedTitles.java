package io.whosaid.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quoted titles of books, songs, shows and projects ("In her novel “The Salt Roads of the North,” ...",
 * "on the radio show “Morning in the Valley”"): quotation marks around a name, not around anything said, which
 * the annotation guidelines leave out. Recognised by English title case: three words or more, every
 * one capitalised but the short function words, in a paragraph of ordinary prose (a headline in
 * title case quotes in title case too).
 */
final class QuotedTitles {

    /** Words English titles leave in lower case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "by", "from", "with", "as", "vs.");
    private static final int MIN_WORDS = 3;
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?]\\s");
    /** Lower-case words outside the quotation that make its paragraph prose, not a title-case headline. */
    private static final int MIN_PROSE_WORDS = 3;

    private QuotedTitles() {
    }

    static boolean isTitle(String text, TextSpan inner, List<TextSpan> paragraphs) {
        String quoted = text.substring(inner.start(), inner.end()).strip().replaceAll("[,.;:]+$", "");
        String[] words = quoted.split("\\s+");
        if (INNER_SENTENCE_END.matcher(quoted).find()) {
            return false; // "Here He Comes. The Boss.": sentences, not a name
        }
        if (words.length < MIN_WORDS || !startsCapitalised(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!startsCapitalised(word) && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (!startsCapitalised(words[words.length - 1])) {
            return false; // "Get Out of the" is a sentence cut short, not a title
        }
        TextSpan paragraph = paragraphs.get(Paragraphs.indexOf(paragraphs, inner.start()));
        String before = text.substring(paragraph.start(), Math.max(paragraph.start(), inner.start()));
        String after = text.substring(Math.min(paragraph.end(), inner.end()), paragraph.end());
        return lowerCaseWords(before) + lowerCaseWords(after) >= MIN_PROSE_WORDS;
    }

    private static boolean startsCapitalised(String word) {
        int first = 0;
        while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
            first++;
        }
        return first < word.length() && (Character.isUpperCase(word.charAt(first)) || Character.isDigit(word.charAt(first)));
    }

    private static int lowerCaseWords(String prose) {
        int count = 0;
        for (String word : prose.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !MINOR_WORDS.contains(word)) {
                count++;
            }
        }
        return count;
    }
}
