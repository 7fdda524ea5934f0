package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Statements signed with a dash, as embedded tweets and vox-pop lists print them:
 * "Crews are on the way. — City Power (@citypower) March 3, 2019" or
 * "“I never expected this.” ― Maria T. Lopez". The name after the dash must run to the end of
 * its line (a handle in parentheses and a date may follow), so a dateline ("OTTAWA — Ann Waters,
 * who ...") is never taken for a signature.
 */
final class SignatureFinder {

    /** A signed statement: its text span and the head token of the signing name. */
    record Signature(TextSpan statement, int sentence, int nameHead) {
    }

    private static final String DASHES = "\u2014\u2015\u2013";
    private static final Set<String> VOICE = Set.of("i", "i'm", "me", "my", "we", "us", "our", "you", "your");

    private SignatureFinder() {
    }

    static List<Signature> find(ParsedDocument document) {
        List<Signature> found = new ArrayList<>();
        String text = document.text();
        for (ParsedSentence s : document.sentences()) {
            for (int t = 0; t + 1 < s.size(); t++) {
                String w = s.token(t).word();
                if (w.length() != 1 || DASHES.indexOf(w.charAt(0)) < 0) {
                    continue;
                }
                int head = nameRunningToLineEnd(document, s, t + 1);
                if (head < 0) {
                    continue;
                }
                int dash = s.token(t).begin();
                int lineStart = Math.max(text.lastIndexOf('\n', dash - 1) + 1,
                        document.paragraphs().get(s.paragraph()).start());
                int start = lineStart;
                int end = dash;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1)))) {
                    end--;
                }
                if (end - start >= 20 && (start < s.begin() || statesSomething(s, t))) {
                    found.add(new Signature(new TextSpan(start, end), s.index(), head));
                }
            }
        }
        found.addAll(pullQuotes(document));
        return found;
    }

    /**
     * Pull quotes that features print as a paragraph of their own, signed by a name after the last
     * full stop: "The river taught me patience. Jo Roe" or "... before the snow comes.
     * Jo Roe, Northwind Tours". The signing sentence holds a person's name (tagged as such, two words at
     * least) and at most a comma and an organisation after it; the statement is the rest of the
     * paragraph.
     */
    private static List<Signature> pullQuotes(ParsedDocument document) {
        List<Signature> found = new ArrayList<>();
        List<ParsedSentence> sentences = document.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            ParsedSentence before = sentences.get(i - 1);
            boolean lastOfParagraph = i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph();
            if (!lastOfParagraph || before.paragraph() != s.paragraph()) {
                continue;
            }
            int nameEnd = 0;
            while (nameEnd < s.size() && s.token(nameEnd).isPerson()) {
                nameEnd++;
            }
            if (nameEnd < 2 || !signatureTail(s, nameEnd)) {
                continue;
            }
            int start = document.paragraphs().get(s.paragraph()).start();
            int end = before.end();
            String text = document.text();
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
                end--;
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            boolean quoted = end > start && (Token.isQuoteMark(String.valueOf(text.charAt(start)))
                    || Token.isQuoteMark(String.valueOf(text.charAt(end - 1))));
            if (!quoted && text.substring(start, end).split("\\s+").length >= 6 && speaksForItself(before)) {
                found.add(new Signature(new TextSpan(start, end), s.index(), nameEnd - 1));
            }
        }
        return found;
    }

    /**
     * A pull quote is somebody's voice: it says "I", "we" or "you", or what should or will happen. A
     * photo caption signed by its photographer ("A ferry leaves the harbour on May 2, 2016. Jo Roe")
     * does neither.
     */
    private static boolean speaksForItself(ParsedSentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("MD") || VOICE.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words before the dash make a statement: they hold a finite verb or a quotation. An award
     * category or a heading ("Results – Men's Singles") says nothing.
     */
    private static boolean statesSomething(ParsedSentence s, int dash) {
        for (int t = 0; t < dash; t++) {
            if (s.token(t).isFiniteVerb() || s.token(t).pos().equals("MD") || s.token(t).isQuoteMark()) {
                return true;
            }
        }
        return false;
    }

    /** After the name: nothing, or a comma and capitalised words (an organisation or a place). */
    private static boolean signatureTail(ParsedSentence s, int from) {
        if (from >= s.size()) {
            return true;
        }
        if (!s.token(from).word().equals(",")) {
            return false;
        }
        for (int t = from + 1; t < s.size(); t++) {
            if (!s.token(t).isCapitalized() && !s.token(t).word().equals(".")) {
                return false;
            }
        }
        return from + 1 < s.size();
    }

    /** The last token of a name that starts at {@code from} and, with an optional handle and date, ends its line. */
    private static int nameRunningToLineEnd(ParsedDocument document, ParsedSentence s, int from) {
        int t = from;
        int head = -1;
        while (t < s.size() && (s.token(t).isPerson() || s.token(t).isOrganization() || s.token(t).isProperNoun())) {
            head = t;
            t++;
        }
        if (head < 0) {
            return -1;
        }
        // what may follow the name on its line: "(@handle)", a date, a full stop
        while (t < s.size()) {
            Token tok = s.token(t);
            boolean allowed = tok.word().equals("(") || tok.word().equals(")") || tok.word().startsWith("@")
                    || tok.pos().equals("CD") || tok.word().equals(",") || tok.word().equals(".")
                    || tok.isProperNoun() && head < t;
            if (!allowed) {
                return -1;
            }
            t++;
        }
        int lineEnd = document.text().indexOf('\n', s.token(head).end());
        int sentenceEnd = s.end();
        // the sentence (line) must end here: nothing but spaces up to the line break or text end
        if (lineEnd >= 0 && !document.text().substring(sentenceEnd, lineEnd).isBlank()) {
            return -1;
        }
        if (lineEnd < 0 && !document.text().substring(sentenceEnd).isBlank()) {
            return -1;
        }
        return head;
    }
}
