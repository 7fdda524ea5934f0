package io.whosaid.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer as schema.org JSON-LD ({@code Accept: application/ld+json}) for newsroom tools that read
 * linked data: the article, and each quote a {@code Quotation} with its {@code text}, its speaker as
 * {@code creator} and {@code spokenByCharacter} (a {@code Person} with {@code jobTitle} for the role,
 * or an {@code Organization}), and {@code isPartOf} the article. The context is inline
 * ({@code @vocab} schema.org) so the document expands without fetching anything.
 */
final class JsonLd {

    static final String MEDIA_TYPE = "application/ld+json";

    private JsonLd() {
    }

    static Map<String, Object> of(AttributionResponse answer) {
        String article = "urn:whosaid:attribution:" + answer.id();
        List<Object> graph = new ArrayList<>();
        Map<String, Object> articleNode = node(article, "Article");
        articleNode.put("identifier", answer.id());
        graph.add(articleNode);
        for (int i = 0; i < answer.quotes().size(); i++) {
            QuoteDto q = answer.quotes().get(i);
            Map<String, Object> quotation = node(article + "#quote-" + i, "Quotation");
            quotation.put("text", q.text());
            if (q.speaker() != null) {
                Map<String, Object> speaker = speaker(q.speaker());
                quotation.put("creator", speaker);
                quotation.put("spokenByCharacter", speaker);
            }
            quotation.put("isPartOf", Map.of("@id", article));
            graph.add(quotation);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", Map.of("@vocab", "https://schema.org/"));
        document.put("@graph", graph);
        return document;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> speaker(SpeakerRef s) {
        Map<String, Object> node = new LinkedHashMap<>();
        boolean organization = "organization".equals(s.kind());
        node.put("@type", organization ? "Organization" : "Person");
        node.put("name", s.name());
        if (!organization && s.role() != null) {
            node.put("jobTitle", s.role());
        }
        return node;
    }
}
