package io.whosaid.api;

/** Request and response examples shown in the OpenAPI document; the response is the service's real output. */
final class OpenApiExamples {

    static final String REQUEST = """
            {"text": "\u201CThere is no plan to coordinate military activities,\u201D Pentagon spokesman John Kirby said."}""";

    /** Recorded from the service (engine 0.4.1) for {@link #REQUEST}. */
    static final String RESPONSE = """
            {"id": "4ba16b811d0c325e238f3de08af298a0886b2ba81044cdb939b50593866df84d", "cached": false, "model": "whosaid-engine/0.4.1 (corenlp-4.5.10)", "quotes": [{"text": "There is no plan to coordinate military activities", "start": 1, "end": 51, "type": "direct", "cue": "said", "speaker": {"name": "John Kirby", "mention": "John Kirby", "role": "Pentagon spokesman", "kind": "person"}, "stance": null, "confidence": 0.95}], "speakers": [{"name": "John Kirby", "role": "Pentagon spokesman", "kind": "person", "quotes": [0]}]}""";

    private OpenApiExamples() {
    }
}
