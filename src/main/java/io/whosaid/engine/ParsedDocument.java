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
}
