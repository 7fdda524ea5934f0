package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our inference over CoreNLP's english_UD model must give exactly the parse CoreNLP's own
 * {@link DependencyParser} gives: same head and same relation for every token.
 */
class TransitionParserTest {

    private static StanfordCoreNLP tagger;
    private static DependencyParser coreNlpParser;
    private static TransitionParser parser;

    @BeforeAll
    static void load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("pos.model", NlpPipeline.MODEL_FILES.get(0));
        tagger = new StanfordCoreNLP(p);
        coreNlpParser = DependencyParser.loadFromModelFile(NlpPipeline.MODEL_FILES.get(2));
        parser = TransitionParser.load(NlpPipeline.MODEL_FILES.get(2));
    }

    private record Compared(List<Token> tokens, TransitionParser.Parse ours, int[] heads, String[] relations) {
    }

    private static List<Compared> parseBoth(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        List<Compared> result = new ArrayList<>();
        TransitionParser.Workspace workspace = new TransitionParser.Workspace();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(i, l.word(), l.word(), l.tag(), "O", l.beginPosition(), l.endPosition()));
            }
            int[] heads = new int[tokens.size()];
            String[] relations = new String[tokens.size()];
            for (TypedDependency d : coreNlpParser.predict(sentence).typedDependencies()) {
                heads[d.dep().index() - 1] = d.gov().index() - 1;
                relations[d.dep().index() - 1] = d.reln().toString();
            }
            result.add(new Compared(tokens, parser.parse(tokens, workspace), heads, relations));
        }
        return result;
    }

    /** Parses {@code text} both ways, asserts the parses are identical, and returns the first sentence's. */
    private static Compared assertSameAsCoreNlp(String text) {
        List<Compared> sentences = parseBoth(text);
        for (Compared c : sentences) {
            String words = c.tokens().stream().map(Token::word).toList().toString();
            assertArrayEquals(c.heads(), c.ours().heads(), words);
            assertArrayEquals(c.relations(), c.ours().relations(), words);
        }
        return sentences.get(0);
    }

    private static String relationOf(Compared c, String word) {
        for (Token t : c.tokens()) {
            if (t.word().equals(word)) {
                return c.ours().relations()[t.index()];
            }
        }
        throw new AssertionError(word + " not in the sentence");
    }

    @Test
    void reportedSpeechParsesAsCoreNlpParsesIt() {
        Compared c = assertSameAsCoreNlp("The mayor told reporters on Tuesday that the bridge would reopen in May.");
        assertEquals("nsubj", relationOf(c, "mayor"));
        assertEquals("root", relationOf(c, "told"));
        assertEquals(-1, c.ours().heads()[2]);
        assertEquals("ccomp", relationOf(c, "reopen"));
    }

    @Test
    void passiveSubjectsAreRelabelledAsCoreNlpsConversionDoes() {
        Compared c = assertSameAsCoreNlp("The agreement was signed by both ministers last week.");
        assertEquals("nsubj:pass", relationOf(c, "agreement"));
        assertEquals("aux:pass", relationOf(c, "was"));
    }

    @Test
    void rareWordsNamesAndOddSentencesParseAsCoreNlpParsesThem() {
        assertSameAsCoreNlp("""
                Zbigniew Kowalczyk-Oyelaran, a glaciologist, said the Qx-7 probe had \"basically vanished.\"
                Yes.
                !!!
                \"We will not back down,\" said Ms. Oyelaran, whose lab in Tromsø tracks 1,284 glaciers, \
                while her colleague, who declined to be named, disagreed, arguing that the numbers -- \
                which were released late on Friday and revised twice over the weekend -- were preliminary.
                """);
    }

    @Test
    void theSeedArticleParsesAsCoreNlpParsesIt() throws IOException {
        try (InputStream in = TransitionParserTest.class.getResourceAsStream("/seed-article.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertSameAsCoreNlp(seed);
            assertTrue(parseBoth(seed).size() > 50, "the seed has more than 50 sentences");
        }
    }

    @Test
    void aWorkspaceSharedAcrossSentencesChangesNoParse() {
        List<Token> tokens = parseBoth("Kowalczyk-Oyelaran said Kowalczyk-Oyelaran would return.").get(0).tokens();
        TransitionParser.Workspace shared = new TransitionParser.Workspace();
        TransitionParser.Parse first = parser.parse(tokens, shared);
        TransitionParser.Parse again = parser.parse(tokens, shared);
        TransitionParser.Parse fresh = parser.parse(tokens);
        assertArrayEquals(first.heads(), again.heads());
        assertArrayEquals(first.relations(), again.relations());
        assertArrayEquals(fresh.heads(), again.heads());
        assertEquals(Arrays.asList(fresh.relations()), Arrays.asList(again.relations()));
    }
}
