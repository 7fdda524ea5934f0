package io.whosaid.api;

/** Request and response examples shown in the OpenAPI document; the response is the service's real output. */
final class OpenApiExamples {

    static final String REQUEST = """
            {"text": "\u201CThere are no plans to cooperate with Iran,\u201D Pentagon spokesman John Kirby said.", "target": "US-Iran cooperation in Iraq"}""";

    /** Recorded from the service (engine 0.5.0) for {@link #REQUEST}. */
    static final String RESPONSE = """
            {"id": "dc3595e48659e5782de54a294933b1fd458e7b27054b445f1888a6c03714641a", "cached": false, "model": "whosaid-engine/0.5.0 (corenlp-4.5.10)", "quotes": [{"text": "There are no plans to cooperate with Iran", "start": 1, "end": 42, "type": "direct", "cue": "said", "speaker": {"name": "John Kirby", "mention": "John Kirby", "role": "Pentagon spokesman", "kind": "person"}, "stance": {"label": "against", "target": "US-Iran cooperation in Iraq", "confidence": 0.75, "frame": "neutral"}, "confidence": 0.95}], "speakers": [{"name": "John Kirby", "role": "Pentagon spokesman", "kind": "person", "quotes": [0]}]}""";

    private OpenApiExamples() {
    }
}
