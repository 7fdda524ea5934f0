package io.whosaid.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo captions that pages leave among the paragraphs of a story ("Ann Lee, left, and her
 * daughter Mia at their home ..."). The people a caption names are in the picture, not in the
 * story's line of thought, so a later "she said" does not point back to them. A caption is told by
 * where it places people in the picture ("Mia, left,", "(centre)") or by the gallery label a page
 * puts before it.
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
        Set<Integer> captions = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            CharSequence paragraph = text.subSequence(paragraphs.get(i).start(), paragraphs.get(i).end());
            if (LABEL.matcher(paragraph).find() || POSITION.matcher(paragraph).find()) {
                captions.add(i);
            }
        }
        return captions;
    }
}
