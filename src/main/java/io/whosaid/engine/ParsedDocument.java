package io.whosaid.engine;

import java.util.List;

/** The article text with its sentences (tokens, tags, entities, dependencies) and paragraph breaks. */
public record ParsedDocument(String text, List<ParsedSentence> sentences, List<TextSpan> paragraphs) {

    public ParsedDocument {
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * The first token that begins at or after {@code offset}, as {sentence, token}; null past the end.
     * Binary search over sentences, so callers may use it per quote on long articles.
     */
    public int[] tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int si = lo; si < sentences.size(); si++) {
            ParsedSentence s = sentences.get(si);
            for (int t = 0; t < s.size(); t++) {
                if (s.token(t).begin() >= offset) {
                    return new int[] {si, t};
                }
            }
        }
        return null;
    }

    /** The last token that ends at or before {@code offset}, as {sentence, token}; null before the start. */
    public int[] tokenBefore(int offset) {
        for (int si = sentences.size() - 1; si >= 0; si--) {
            ParsedSentence s = sentences.get(si);
            if (s.begin() >= offset) {
                continue;
            }
            for (int t = s.size() - 1; t >= 0; t--) {
                if (s.token(t).end() <= offset) {
                    return new int[] {si, t};
                }
            }
        }
        return null;
    }
}
