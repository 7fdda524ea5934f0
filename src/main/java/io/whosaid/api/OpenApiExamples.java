package io.whosaid.api;

/** Request and response examples shown in the OpenAPI document; the response is the service's real output. */
final class OpenApiExamples {

    static final String REQUEST = """
            {"text": "\u201CThere are no plans to cooperate with Iran,\u201D Pentagon spokesman John Kirby said.", "target": "US-Iran cooperation in Iraq"}""";

    /** Recorded from the service (engine 0.5.19) for {@link #REQUEST}. */
    static final String RESPONSE = """
            {"id": "628f8352474d556f7078115cbc7f972bbcf3d52eb248bbd6dd7603d733d8dad1", "cached": false, "model": "whosaid-engine/0.5.19 (corenlp-4.5.10)", "quotes": [{"text": "There are no plans to cooperate with Iran", "start": 1, "end": 42, "type": "direct", "cue": "said", "speaker": {"name": "John Kirby", "mention": "John Kirby", "role": "Pentagon spokesman", "kind": "person", "mentionStart": 64, "mentionEnd": 74}, "stance": {"label": "against", "target": "US-Iran cooperation in Iraq", "confidence": 0.75, "frame": "neutral"}, "confidence": 0.95, "selector": [{"type": "TextQuoteSelector", "exact": "There are no plans to cooperate with Iran", "prefix": "\u201C", "suffix": ",\u201D Pentagon spokesman John Kirby"}, {"type": "TextPositionSelector", "start": 1, "end": 42}]}], "speakers": [{"name": "John Kirby", "role": "Pentagon spokesman", "kind": "person", "quotes": [0], "mentions": [{"text": "John Kirby", "start": 64, "end": 74}]}]}""";

    private OpenApiExamples() {
    }
}
