package io.whosaid.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.whosaid.api.AttributionRequest;
import io.whosaid.api.StrictJsonCustomizer;
import io.whosaid.engine.Attribution;
import io.whosaid.engine.AttributionEngine;
import io.whosaid.engine.Quote;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing (Jazzer) of the two places that read what clients send: the request body
 * as the API's JSON mapper reads it, and the article as the engine reads it. Whatever the bytes,
 * parsing either succeeds or fails with a JSON error (which the API answers 400), and the engine
 * answers with quotes whose offsets lie inside the text and whose text is exactly that slice.
 *
 * <p>In the normal build this runs in fuzzing mode for 60 s in its own surefire execution (pom.xml,
 * execution "fuzz"); without {@code JAZZER_FUZZ=1} it only replays the inputs saved under
 * {@code src/test/resources/io/whosaid/fuzz/RequestAndEngineFuzzTestInputs}. README: "Fuzzing".
 */
class RequestAndEngineFuzzTest {

    private static final ObjectMapper JSON = requestMapper();
    private static AttributionEngine engine;

    private static ObjectMapper requestMapper() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    private static synchronized AttributionEngine engine() {
        if (engine == null) {
            engine = AttributionEngine.load();
        }
        return engine;
    }

    @FuzzTest(maxDuration = "60s")
    void requestBodiesAndArticles(FuzzedDataProvider data) {
        boolean asJsonBody = data.consumeBoolean();
        String target = data.consumeBoolean() ? data.consumeString(80) : null;
        byte[] bytes = data.consumeRemainingAsBytes();
        String text;
        if (asJsonBody) {
            try {
                AttributionRequest request = JSON.readValue(bytes, AttributionRequest.class);
                if (request == null || request.text() == null) {
                    return;
                }
                text = request.text();
                target = request.target();
            } catch (JacksonException | java.io.CharConversionException e) {
                return; // answered 400 Malformed JSON (BadInputBatteryTest checks both)
            } catch (java.io.IOException e) {
                throw new AssertionError("a body in memory cannot fail to be read", e);
            }
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (text.isBlank()) {
            return; // answered 400 by validation
        }
        Attribution result = engine().attribute(text, target);
        for (Quote q : result.quotes()) {
            assertTrue(0 <= q.span().start() && q.span().start() <= q.span().end() && q.span().end() <= text.length(),
                    () -> "span " + q.span() + " outside a text of " + text.length());
            assertEquals(text.substring(q.span().start(), q.span().end()), q.text());
            assertNotNull(q.stance(), "every quote has a stance");
            if (q.speaker() != null) {
                assertTrue(q.speaker().name() != null && !q.speaker().name().isBlank(), "a speaker has a name");
            }
        }
        for (Attribution.SpeakerSummary s : result.speakers()) {
            for (int index : s.quotes()) {
                assertTrue(index >= 0 && index < result.quotes().size(), "speaker summary indexes a quote");
            }
        }
    }
}
