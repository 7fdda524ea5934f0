package io.whosaid.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo captions that pages leave among the paragraphs of a story ("Ann Lee, left, and her
 * daughter Mia at their home ..."). The people a caption names are in the picture, not in the
 * story's line of thought, so a later "she said" does not point back to them. A caption is told by
 * where it places people in the picture ("Mia, left,", "(centre)"), by the gallery label a page
 * puts before it, or by the photographer's credit a page puts after it ("( Jo Roe / The Record )").
 */
final class PhotoCaptions {

    /** "Lee, left,", "Lee, second from right,", "Lee (centre)". */
    private static final Pattern POSITION = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:,\\s+|\\s+\\()(?:far\\s+|second\\s+from\\s+|third\\s+from\\s+)?"
                    + "(?:left|right|centre|center|top|bottom|front|back)\\s*[,)]");
    /** Labels a page prints before a caption. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:Open this photo in gallery|Photo:|PHOTO:|Pictured:|FILE PHOTO|File photo)");

    private PhotoCaptions() {
    }

    /** Indices of the paragraphs of {@code text} that are photo captions. */
    static Set<Integer> in(String text, List<TextSpan> paragraphs) {
        return in(text, paragraphs, List.of());
    }

    /**
     * Indices of the paragraphs of {@code text} that are photo captions, {@code credits} the
     * photo credits {@link PhotoCredits} found (and masked) in it.
     */
    static Set<Integer> in(String text, List<TextSpan> paragraphs, List<TextSpan> credits) {
        Set<Integer> captions = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            CharSequence paragraph = text.subSequence(paragraphs.get(i).start(), paragraphs.get(i).end());
            if (LABEL.matcher(paragraph).find() || POSITION.matcher(paragraph).find()
                    || creditFollows(text, paragraphs.get(i).end(), credits)) {
                captions.add(i);
            }
        }
        return captions;
    }

    /** The first credit after the paragraph follows it with nothing but blanks between. */
    private static boolean creditFollows(String text, int paragraphEnd, List<TextSpan> credits) {
        for (TextSpan credit : credits) {
            if (credit.start() >= paragraphEnd) {
                for (int i = paragraphEnd; i < credit.start(); i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
