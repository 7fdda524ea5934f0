package io.whosaid.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our scoring of CoreNLP's POS model must choose exactly the tags CoreNLP's own pos annotator
 * chooses, word for word, and the pipeline must hand them on as CoreNLP's pipeline would.
 */
class PosTaggerTest {

    private static StanfordCoreNLP coreNlp;
    private static PosTagger tagger;
    private static NlpPipeline pipeline;

    @BeforeAll
    static void load() {
        Properties p = NlpPipeline.properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        coreNlp = new StanfordCoreNLP(p);
        tagger = PosTagger.load(NlpPipeline.MODEL_FILES.get(0));
        pipeline = new NlpPipeline(SharedEngine.lexicon());
    }

    @AfterAll
    static void release() {
        coreNlp = null;
        pipeline = null;
    }

    private record Sentence(List<String> words, List<String> coreNlpTags) {
    }

    private static List<Sentence> taggedByCoreNlp(String text) {
        Annotation annotation = new Annotation(text);
        coreNlp.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentences.add(new Sentence(tokens.stream().map(CoreLabel::word).toList(),
                    tokens.stream().map(CoreLabel::tag).toList()));
        }
        return sentences;
    }

    /** Tags {@code text} both ways, asserts equal tags, and returns ours for the first sentence. */
    private static List<String> assertSameAsCoreNlp(String text) {
        List<Sentence> sentences = taggedByCoreNlp(text);
        for (Sentence s : sentences) {
            assertEquals(s.coreNlpTags(), List.of(tagger.tag(s.words())), s.words().toString());
        }
        return List.of(tagger.tag(sentences.get(0).words()));
    }

    private static String seed() throws IOException {
        try (InputStream in = PosTaggerTest.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reportedSpeechIsTaggedAsCoreNlpTagsIt() {
        assertEquals(List.of("DT", "NN", "VBD", "NNS", "IN", "NNP", "IN", "DT", "NN", "MD", "VB", "IN", "NNP", "."),
                assertSameAsCoreNlp("The mayor told reporters on Tuesday that the bridge would reopen in May."));
    }

    @Test
    void rareWordsSpellingsAndOddSentencesAreTaggedAsCoreNlpTagsThem() {
        // Unknown names and hyphenated coinages (rare-word features: prefixes, suffixes, shapes,
        // clusters), a capitalised first word, British spellings (the model americanises words
        // first), numbers, all-capitals, one-word and punctuation-only sentences.
        assertSameAsCoreNlp("""
                Zbigniew Kowalczyk-Oyelaran, a glaciologist, said the Qx-7 probe had "basically vanished."
                Glaciologists in Tromsø favour the neighbourhood centre's programme, she said.
                NATO's 1,284 ULTRA-LOW-ALTITUDE flights cost $3.5bn in 2019-20.
                Yes.
                !!!
                Outwardly, the self-described bioacoustician grumbled: "Nobody re-tweets spectrograms."
                """);
    }

    @Test
    void theSeedArticleIsTaggedAsCoreNlpTagsIt() throws IOException {
        List<Sentence> sentences = taggedByCoreNlp(seed());
        assertTrue(sentences.size() > 50, "the seed has more than 50 sentences");
        for (Sentence s : sentences) {
            assertEquals(s.coreNlpTags(), List.of(tagger.tag(s.words())), s.words().toString());
        }
    }

    @Test
    void concurrentSentencesGetTheTagsTheyGetAlone() throws Exception {
        // The tag-pair scores are shared by every sentence and filled on first use: a fresh tagger
        // has them all to fill while four threads race on it.
        PosTagger fresh = PosTagger.load(NlpPipeline.MODEL_FILES.get(0));
        List<Sentence> sentences = taggedByCoreNlp(seed());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> tagged = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Sentence s : sentences) {
                    tagged.add(pool.submit(() -> fresh.tag(s.words())));
                }
            }
            for (int i = 0; i < tagged.size(); i++) {
                Sentence s = sentences.get(i % sentences.size());
                assertArrayEquals(s.coreNlpTags().toArray(), tagged.get(i).get(), s.words().toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePipelineSetsTheTagsCoreNlpsPosAnnotatorSets() throws IOException {
        String seed = seed();
        List<Sentence> expected = taggedByCoreNlp(seed);
        List<ParsedSentence> ours = pipeline.parse(seed).sentences();
        assertEquals(expected.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(expected.get(i).coreNlpTags(), ours.get(i).tokens().stream().map(Token::pos).toList());
        }
    }

    @Test
    void aSentenceTooLongToTagIsMarkedUntaggedAsCoreNlpMarksIt() {
        String longSentence = "word ".repeat(NlpPipeline.MAX_TAGGED_TOKENS) + "end.";
        List<Token> tokens = pipeline.parse(longSentence).sentences().get(0).tokens();
        assertEquals(NlpPipeline.MAX_TAGGED_TOKENS + 2, tokens.size());
        assertTrue(tokens.stream().allMatch(t -> t.pos().equals("X")), "every token tagged X");
        assertEquals(taggedByCoreNlp(longSentence).get(0).coreNlpTags(), tokens.stream().map(Token::pos).toList());
    }
}
