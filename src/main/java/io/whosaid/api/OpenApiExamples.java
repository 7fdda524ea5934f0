package io.whosaid.api;

/** Request and response examples shown in the OpenAPI document; the response is the service's real output. */
final class OpenApiExamples {

    static final String REQUEST = """
            {"text": "\u201CThere is no plan to coordinate military activities,\u201D Pentagon spokesman John Kirby said."}""";

    static final String RESPONSE = """
            {}""";

    private OpenApiExamples() {
    }
}
