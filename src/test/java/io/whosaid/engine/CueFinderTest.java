package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rules on a parse given by hand: the parser's mistakes are hard to provoke on purpose. */
class CueFinderTest {

    /** Tokens as "word/TAG", heads and relations as the parser would give them. */
    private static ParsedSentence sentence(String tagged, int[] heads, String... relations) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        String[] parts = tagged.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i].substring(0, parts[i].lastIndexOf('/'));
            String tag = parts[i].substring(parts[i].lastIndexOf('/') + 1);
            tokens.add(new Token(i, word, word.toLowerCase(Locale.ROOT), tag, "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return new ParsedSentence(0, 0, tokens, heads, relations, true);
    }

    @Test
    void aSingularSpeechVerbAgreesWithTheConjunctRightBeforeIt() {
        // "Rookies ..., and Dunn says it is fine": the parser coordinated the two subjects across
        // the clauses; "says" has one subject, the one right before it
        ParsedSentence s = sentence("Rookies/NNS abound/VBP ,/, and/CC Dunn/NNP says/VBZ it/PRP is/VBZ fine/JJ ./.",
                new int[] {5, 5, 0, 4, 0, -1, 8, 8, 5, 5},
                "nsubj", "dep", "punct", "cc", "conj", "root", "nsubj", "cop", "ccomp", "punct");
        assertEquals(4, CueFinder.subjectOf(s, 5));
    }

    @Test
    void aPluralSpeechVerbKeepsBothConjuncts() {
        ParsedSentence s = sentence("Rookies/NNS and/CC Dunn/NNP say/VBP it/PRP is/VBZ fine/JJ ./.",
                new int[] {3, 2, 0, -1, 6, 6, 3, 3},
                "nsubj", "cc", "conj", "root", "nsubj", "cop", "ccomp", "punct");
        assertEquals(0, CueFinder.subjectOf(s, 3));
    }
}
