package io.whosaid.engine;

import java.util.ArrayList;
import java.util.List;

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
                if (end - start >= 20) {
                    found.add(new Signature(new TextSpan(start, end), s.index(), head));
                }
            }
        }
        return found;
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
