package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (a 2014 CNN story, the one text the project may ship): the quotes the brief names. */
class SeedArticleTest {

    private static String text;
    private static Attribution result;

    @BeforeAll
    static void attributeSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seed-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        result = SharedEngine.get().attribute(text);
    }

    private static Quote quoteStarting(String prefix) {
        return result.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + prefix));
    }

    @Test
    void kirbysTwoQuotesGoToHimAsSpokesman() {
        for (String prefix : new String[] {"There are no plans to consult Iran", "There is no plan to coordinate"}) {
            Quote q = quoteStarting(prefix);
            assertEquals(QuoteType.DIRECT, q.type());
            assertEquals("John Kirby", q.speaker().name());
            assertTrue(q.speaker().role().contains("spokesman"), q.speaker().role());
        }
    }

    @Test
    void kerrysQuoteGoesToTheSecretaryOfState() {
        Quote q = quoteStarting("Let\u2019s see what Iran might");
        assertEquals("John Kerry", q.speaker().name());
        assertEquals("Secretary of State", q.speaker().role());
        assertEquals("he", q.speaker().mention());
    }

    @Test
    void karimsQuoteGoesToTheGovernor() {
        Quote q = quoteStarting("I don\u2019t think anyone is safe");
        assertEquals("Najmaldin Karim", q.speaker().name());
        assertNotNull(q.speaker().role());
    }

    @Test
    void offsetsIndexTheSubmittedText() {
        assertTrue(result.quotes().size() >= 20, "quotes found: " + result.quotes().size());
        for (Quote q : result.quotes()) {
            assertEquals(text.substring(q.span().start(), q.span().end()), q.text());
        }
    }
}
