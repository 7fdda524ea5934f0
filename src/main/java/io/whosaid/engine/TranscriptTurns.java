package io.whosaid.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The turns of an interview transcript printed in an article: paragraphs opening with the
 * speaker's label in capitals ("HOST: ...", "MR. BAKER: ..."), often each behind an opening
 * quotation mark that is never closed. The words after the label are the speaker's, verbatim.
 * Navigation labels ("READ MORE:", "WATCH:") share the form, so a label counts only when the
 * article names that person, or when it opens several paragraphs that speak in the first or
 * second person, as dialogue does and headlines of linked stories do not.
 */
final class TranscriptTurns {

    /** A turn: the label as printed, where it stands, and the words spoken after it. */
    record Turn(String label, TextSpan labelSpan, TextSpan speech) {
    }

    /** An optional opening quotation mark, then one to three capitalised words and a colon. */
    private static final Pattern LABEL = Pattern.compile(
            "[\"\u201C\u2018']?((?:\\p{Lu}[\\p{Lu}'\u2019.-]+)(?: \\p{Lu}[\\p{Lu}'\u2019.-]+){0,2}):[ \\t\\u00A0]+");
    /** The page furniture that links to other stories (an editor's "CORRECTION:" is this story's). */
    private static final Set<String> LINKS = Set.of("READ MORE", "WATCH", "WATCH BELOW", "WATCH MORE", "LISTEN", "LOOK",
            "RELATED", "SEE ALSO", "ALSO", "MORE", "PHOTOS", "PHOTO", "VIDEO");
    /** Labels of page furniture rather than speakers: the links and the editor's labels. */
    private static final Set<String> FURNITURE = Stream.concat(LINKS.stream(), Stream.of("CLARIFICATION", "CORRECTION",
            "UPDATE", "UPDATED", "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "NOTE", "FILE", "SOURCE", "SOURCES", "CONTACT",
            "TRANSCRIPT")).collect(Collectors.toUnmodifiableSet());
    /** The author's plug that closes a story, even inside a transcript's quotation marks: "Follow Jo Roe on Twitter @joroe". */
    private static final Pattern FOLLOW_THE_AUTHOR = Pattern.compile(
            "[\"\u201C]?Follow (?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){1,3}on (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon)\\b");
    private static final Pattern VOICE = Pattern.compile(
            "\\b(?:I|I'm|I\u2019m|me|my|we|us|our|you|your)\\b", Pattern.CASE_INSENSITIVE);

    private TranscriptTurns() {
    }

    /**
     * The paragraphs of page furniture that a scraped page leaves in the text ("READ MORE: Budget
     * won't balance until 2040, Finance Department says", "WATCH: ..."): links to other stories,
     * whose headlines are no statements of this one; and the author's "Follow ... on Twitter".
     */
    static List<TextSpan> furniture(String text, List<TextSpan> paragraphs) {
        List<TextSpan> lines = new ArrayList<>();
        for (TextSpan paragraph : paragraphs) {
            Matcher m = LABEL.matcher(text).region(paragraph.start(), paragraph.end());
            if (m.lookingAt() && m.start(1) == m.start() && LINKS.contains(m.group(1))
                    || FOLLOW_THE_AUTHOR.matcher(text).region(paragraph.start(), paragraph.end()).lookingAt()) {
                lines.add(paragraph);
            }
        }
        return lines;
    }

    /**
     * The turns of {@code text}; {@code isNamedPerson} says whether the article names a person
     * with the label's words ("PENCE" for Mike Pence).
     */
    static List<Turn> find(String text, List<TextSpan> paragraphs, java.util.function.Predicate<String> isNamedPerson) {
        List<Turn> candidates = new ArrayList<>();
        Map<String, Integer> spoken = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TextSpan paragraph : paragraphs) {
            Matcher m = LABEL.matcher(text).region(paragraph.start(), paragraph.end());
            if (!m.lookingAt()) {
                continue;
            }
            String label = m.group(1);
            if (FURNITURE.contains(label.toUpperCase(Locale.ROOT)) || letters(label) < 2) {
                continue;
            }
            int end = paragraph.end();
            if (m.start(1) > m.start() && unbalanced(text.substring(m.end(), end))) {
                end--; // the turn's own closing mark, when the paragraph opened with one and closes it
            }
            if (end - m.end() < 2) {
                continue;
            }
            TextSpan speech = new TextSpan(m.end(), end);
            candidates.add(new Turn(label, new TextSpan(m.start(1), m.end(1)), speech));
            seen.merge(label, 1, Integer::sum);
            if (VOICE.matcher(text).region(speech.start(), speech.end()).find() || text.substring(speech.start(), speech.end()).contains("?")) {
                spoken.merge(label, 1, Integer::sum);
            }
        }
        Set<String> speakers = new HashSet<>();
        for (String label : seen.keySet()) {
            boolean dialogue = seen.get(label) >= 2 && spoken.getOrDefault(label, 0) * 2 >= seen.get(label);
            if (dialogue || isNamedPerson.test(label)) {
                speakers.add(label);
            }
        }
        if (speakers.isEmpty()) {
            return List.of();
        }
        // Once the article is a transcript, a label heard once ("HOST: And will it reopen?") is a
        // speaker too, when it speaks as dialogue does.
        speakers.addAll(spoken.keySet());
        return candidates.stream().filter(turn -> speakers.contains(turn.label())).toList();
    }

    /** The speech ends with a closing mark that no opening mark inside it matches. */
    private static boolean unbalanced(String speech) {
        char last = speech.isEmpty() ? ' ' : speech.charAt(speech.length() - 1);
        if (last == '"') {
            return speech.chars().filter(c -> c == '"').count() % 2 == 1;
        }
        if (last == '\u201D') {
            return speech.chars().filter(c -> c == '\u201D').count() > speech.chars().filter(c -> c == '\u201C').count();
        }
        return false;
    }

    /** "MR. BAKER" as a name: "Mr. Baker". */
    static String asName(String label) {
        StringBuilder name = new StringBuilder();
        boolean wordStart = true;
        for (char c : label.toCharArray()) {
            name.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return name.toString();
    }

    private static int letters(String label) {
        int n = 0;
        for (char c : label.toCharArray()) {
            n += Character.isLetter(c) ? 1 : 0;
        }
        return n;
    }
}
