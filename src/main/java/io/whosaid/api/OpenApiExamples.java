package io.whosaid.api;

/** Request and response examples shown in the OpenAPI document; the response is the service's real output. */
final class OpenApiExamples {

    static final String REQUEST = """
            {"text": "\u201CThere is no plan to coordinate military activities,\u201D Pentagon spokesman John Kirby said."}""";

    /** Recorded from the service (engine 0.4.0) for {@link #REQUEST}. */
    static final String RESPONSE = """
            {"id": "d318a14d2d42ee1ce37d0253e9b8529f94b5ac8b6e0529130178294cb3a5e68c", "cached": false, "model": "whosaid-engine/0.4.0 (corenlp-4.5.10)", "quotes": [{"text": "There is no plan to coordinate military activities", "start": 1, "end": 51, "type": "direct", "cue": "said", "speaker": {"name": "John Kirby", "mention": "John Kirby", "role": "Pentagon spokesman", "kind": "person"}, "stance": null, "confidence": 0.95}], "speakers": [{"name": "John Kirby", "role": "Pentagon spokesman", "kind": "person", "quotes": [0]}]}""";

    private OpenApiExamples() {
    }
}
