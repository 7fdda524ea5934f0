package io.whosaid.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.LogManager;
import java.util.regex.Pattern;

/**
 * The lean CoreNLP pipeline whosaid reads from: tokens, sentences, POS, lemmas, one NER model and
 * UD dependencies for the sentences that can hold a cue (POS tags and dependencies from CoreNLP's
 * models, computed by {@link PosTagger} and {@link TransitionParser}). Built once (it loads about
 * 60 MB of models) and safe to share between threads: no part keeps per-document state.
 *
 * <p>Why these options (measured on the seed article, see README): the default {@code ner} runs
 * three CRF models plus SUTime, numeric classifiers and the 18 MB KBP gazetteers (about 1.1 s a
 * article and 3 GB more heap); quote attribution needs only PERSON / ORGANIZATION / LOCATION, which
 * the single 3-class model gives. Titles come from our own lexicon instead of fine-grained NER.
 */
public final class NlpPipeline {

    /** Model files this pipeline opens; the native-image resource list and tests rely on it. */
    public static final List<String> MODEL_FILES = List.of(
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/parser/nndep/english_UD.gz");

    /**
     * Sentences longer than this are not parsed: news sentences stay far below it, and what does
     * not (tables, lists, a 40,000-word run-on) costs the parser tens of seconds for no quote.
     */
    static final int MAX_PARSED_TOKENS = 150;
    /** Longest run of one repeated symbol passed to CoreNLP (see blankLongRuns). */
    static final int MAX_SYMBOL_RUN = 20;
    /** Sentences longer than this are neither tagged nor searched for names (see properties()). */
    static final int MAX_TAGGED_TOKENS = 400;
    /** What may follow a noun the tagger read as a base-form verb ("the big reveal:"). */
    private static final Set<String> PUNCTUATION_AFTER_NOUN = Set.of(":", ",", ".", ";", "?", "!");
    /** Adjectives that quantify a plural subject ("a few say."): the verb after them is a verb. */
    private static final Set<String> QUANTIFIERS = Set.of("few", "many", "several", "most", "more", "other", "others",
            "all", "both", "some");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Tags of a finite verb, after which a title tagged as a verb stands before its name ("asked co-host Ann Lowe"). */
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP");
    /** Dotted initials that lost their last period ("D-N.C"), or a short abbreviation ("lbs", "approx"). */
    private static final Pattern CUT_INITIALISM = Pattern.compile("(?:[A-Za-z]+-)?(?:[A-Z]\\.)+[A-Z]|[a-z]{1,6}");

    private final StanfordCoreNLP tokenizer;
    private final PosTagger tagger;
    private final StanfordCoreNLP lemmasAndNames;
    private final TransitionParser parser;
    private final Lexicon lexicon;

    /**
     * @param lexicon decides which sentences are worth a dependency parse: only those that can hold
     *                a cue (a speech verb or "according to") are parsed; the parser is most of the cost.
     */
    public NlpPipeline(Lexicon lexicon) {
        this.lexicon = lexicon;
        // CoreNLP's parser and tagger models, run by our own inference (TransitionParser, PosTagger:
        // same output, a fraction of the cost). The three models load at once, each on a thread of its
        // own: loading is most of the time to ready.
        // CoreNLP logs through java.util.logging; two threads initialising it at once can deadlock
        // (the JDK's LogManager lock against the JBoss log manager's class initialisation, seen when
        // the engine is built outside Quarkus), so it is initialised here, before the loaders start.
        LogManager.getLogManager();
        FutureTask<TransitionParser> parserLoading = loadInBackground("whosaid-parser-loader",
                () -> TransitionParser.load(MODEL_FILES.get(2)));
        FutureTask<PosTagger> taggerLoading = loadInBackground("whosaid-tagger-loader",
                () -> PosTagger.load(MODEL_FILES.get(0)));
        this.tokenizer = new StanfordCoreNLP(withAnnotators("tokenize,ssplit"));
        Properties lemmasAndNer = withAnnotators("lemma,ner");
        // The tags these need are set by PosTagger, which CoreNLP's requirement check cannot see.
        lemmasAndNer.setProperty("enforceRequirements", "false");
        this.lemmasAndNames = new StanfordCoreNLP(lemmasAndNer);
        this.tagger = loaded(taggerLoading);
        this.parser = loaded(parserLoading);
    }

    private static <T> FutureTask<T> loadInBackground(String name, Callable<T> load) {
        FutureTask<T> loading = new FutureTask<>(load);
        Thread loader = new Thread(loading, name);
        loader.setDaemon(true);
        loader.start();
        return loading;
    }

    private static Properties withAnnotators(String annotators) {
        Properties p = properties();
        p.setProperty("annotators", annotators);
        return p;
    }

    private static <T> T loaded(FutureTask<T> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading a model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot load a model", e.getCause());
        }
    }

    /**
     * CoreNLP's options for the pipeline this one reproduces ({@code tokenize,ssplit,pos,lemma,ner}):
     * the tokenizer and NER are run with them, the tags come from {@link PosTagger} with the same
     * model and length limit. The benchmark builds CoreNLP's own pipeline from them.
     */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A line break ends a sentence: headlines, bylines and paragraphs are never glued together.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("pos.model", MODEL_FILES.get(0));
        // The tagger's cost explodes on freak "sentences" (20,000 quote marks took 21 s); longer
        // ones are left untagged ("X"), which no rule reads as a verb or a name.
        p.setProperty("pos.maxlen", String.valueOf(MAX_TAGGED_TOKENS));
        p.setProperty("ner.maxlen", String.valueOf(MAX_TAGGED_TOKENS));
        p.setProperty("ner.model", MODEL_FILES.get(1));
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /**
     * The text CoreNLP sees: runs of more than {@value #MAX_SYMBOL_RUN} identical symbols are
     * blanked out with as many spaces, so every offset still indexes the original text. CoreNLP's
     * tokenizer is quadratic on such runs (10,000 straight quotes take 4.5 s) and they never hold a
     * quote; the quotation-mark scanner reads the original text.
     */
    static String blankLongRuns(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == c) {
                j++;
            }
            if (j - i > MAX_SYMBOL_RUN && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = i; k < j; k++) {
                    out.setCharAt(k, ' ');
                }
            }
            i = j;
        }
        return out == null ? text : out.toString();
    }

    /**
     * The tokenizer cuts the last period off some hyphenated initialisms ("(D-N.C.)" becomes
     * "D-N.C" and "."), and the splitter then ends the sentence in the middle of a politician's
     * name: "Rep. Ann Roe (D-N.C.)" and "said ...". The splitter also ends a sentence at an
     * abbreviation in lower case ("she has dropped 9 lbs." and "since ..."). Where the next sentence
     * goes on in lower case or punctuation on the same line, the two are one again and the period
     * goes back onto its word.
     */
    private static void rejoinSentencesCutAtInitialisms(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> joined = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            CoreMap previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            int cut = previous == null ? -1 : cutInitialism(previous.get(CoreAnnotations.TokensAnnotation.class));
            if (cut >= 0 && goesOn(text, previous, sentence)) {
                joined.set(joined.size() - 1, joinedAt(previous, cut, sentence, text));
            } else {
                joined.add(sentence);
            }
        }
        if (joined.size() == sentences.size()) {
            return;
        }
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            CoreMap sentence = joined.get(i);
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            for (int w = 0; w < words.size(); w++) {
                words.get(w).setIndex(w + 1);
                words.get(w).setSentIndex(i);
            }
            tokens.addAll(words);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, joined);
    }

    /** Index of dotted initials cut from their period ("D-N.C", "."), near the sentence's end; -1 if none. */
    private static int cutInitialism(List<CoreLabel> tokens) {
        for (int i = Math.max(0, tokens.size() - 3); i + 1 < tokens.size(); i++) {
            CoreLabel word = tokens.get(i);
            CoreLabel period = tokens.get(i + 1);
            if (period.word().equals(".") && period.beginPosition() == word.endPosition()
                    && CUT_INITIALISM.matcher(word.word()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next sentence continues the last on the same line, opening in lower case (inside a
     * quotation mark or not) or with punctuation.
     */
    private static boolean goesOn(String text, CoreMap previous, CoreMap next) {
        int end = previous.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int begin = next.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (text.substring(end, begin).indexOf('\n') >= 0) {
            return false;
        }
        char first = text.charAt(begin);
        if (Token.isQuoteMark(first) && begin + 1 < text.length()) {
            first = text.charAt(begin + 1); // "20 lbs. “and three dress sizes” ...": a quotation going on
        }
        return Character.isLowerCase(first) || first == ',' || first == ';' || first == ')';
    }

    private static CoreMap joinedAt(CoreMap previous, int cut, CoreMap next, String text) {
        List<CoreLabel> words = new ArrayList<>(previous.get(CoreAnnotations.TokensAnnotation.class));
        CoreLabel word = words.get(cut);
        CoreLabel period = words.remove(cut + 1);
        word.setWord(word.word() + ".");
        word.setValue(word.word());
        word.setOriginalText(word.originalText() + ".");
        word.setEndPosition(period.endPosition());
        word.setAfter(period.after());
        words.addAll(next.get(CoreAnnotations.TokensAnnotation.class));
        CoreMap sentence = new ArrayCoreMap(previous);
        int begin = previous.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        sentence.set(CoreAnnotations.TokensAnnotation.class, words);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return sentence;
    }

    /**
     * A sentence can hold a cue when it has a speech verb (or the verb of a phrasal one) or speech
     * noun (by lemma, whatever its tag) or "according".
     */
    private boolean mayHoldCue(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            if (lexicon.mayIntroduceSpeech(lemma) || lexicon.isSpeechNoun(lemma) || lexicon.opensPhrasalSpeechVerb(lemma)
                    || "according".equalsIgnoreCase(token.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A worker past its deadline is interrupted; the parse (most of the cost) stops at the next
     * sentence instead of finishing an article nobody waits for.
     */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("attribution cancelled");
        }
    }

    /**
     * A capitalised word tagged as a verb that the name recogniser puts inside a person's name
     * with the next word, not at the start of the sentence: "Tore" in "Tore Sohlberg".
     */
    private static boolean isNameTaggedAsVerb(List<CoreLabel> labels, int i) {
        CoreLabel l = labels.get(i);
        if (i == 0 || i + 1 >= labels.size() || l.tag() == null || !l.tag().startsWith("VB")
                || !"PERSON".equals(l.ner()) || !Character.isUpperCase(l.word().charAt(0))) {
            return false;
        }
        CoreLabel next = labels.get(i + 1);
        return "PERSON".equals(next.ner()) && Character.isUpperCase(next.word().charAt(0));
    }

    /** As CoreNLP's pos annotator: a sentence too long to tag gets "X" throughout. */
    private void tag(List<CoreLabel> tokens) {
        stopIfInterrupted();
        if (tokens.size() > MAX_TAGGED_TOKENS) {
            tokens.forEach(token -> token.setTag("X"));
            return;
        }
        List<String> words = new ArrayList<>(tokens.size());
        tokens.forEach(token -> words.add(token.word()));
        String[] tags = tagger.tag(words);
        for (int i = 0; i < tags.length; i++) {
            String tag = isNounTaggedAsVerb(words, tags, i) || isTitleTaggedAsVerb(words, tags, i) ? "NN" : tags[i];
            tokens.get(i).setTag(isQuoteMarkRun(words.get(i)) ? quoteTag(words.get(i)) : tag);
        }
    }

    /**
     * "Then came the big reveal: ...": a base-form verb right after an article or possessive
     * and adjectives, and right before punctuation, is a noun; the parser would make "the big" the
     * subject of a speech verb. Not after a quantifier ("a few say.").
     */
    private static boolean isNounTaggedAsVerb(List<String> words, String[] tags, int i) {
        if (!tags[i].equals("VB") && !tags[i].equals("VBP") || i + 1 >= tags.length
                || !PUNCTUATION_AFTER_NOUN.contains(words.get(i + 1))) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && tags[before].startsWith("JJ")
                && !QUANTIFIERS.contains(words.get(before).toLowerCase(Locale.ROOT))) {
            before--;
        }
        return before >= 0 && (tags[before].equals("PRP$")
                || tags[before].equals("DT") && ARTICLES.contains(words.get(before).toLowerCase(Locale.ROOT)));
    }

    /**
     * "asked co-host Ann Lowe whether ...": a title word tagged as a base-form verb right after a
     * finite verb and right before a name is the name's title; the parser would make it the verb
     * whose clause holds what was said. Not after a modal or "to" ("will host Ann Lowe").
     */
    private boolean isTitleTaggedAsVerb(List<String> words, String[] tags, int i) {
        return tags[i].equals("VB") && i > 0 && i + 1 < tags.length && tags[i + 1].equals("NNP")
                && FINITE_VERB_TAGS.contains(tags[i - 1]) && lexicon.isTitleWord(words.get(i));
    }

    /**
     * Two marks glued into one token, as the tokenizer leaves a nested quotation closing with its
     * outer one ("‘creative insubordination,’” says Lee"). The model has never seen such a
     * token and tags it as a noun, which the parser then makes the subject of "says".
     */
    private static boolean isQuoteMarkRun(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Token.isQuoteMark(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String quoteTag(String marks) {
        char first = marks.charAt(0);
        return first == '\u201C' || first == '\u2018' || first == '`' ? "``" : "''";
    }

    /** Tokenises, tags and parses {@code text}; the result holds no CoreNLP types. */
    public ParsedDocument parse(String text) {
        return parse(text, StageListener.NONE);
    }

    /** As {@link #parse(String)}, telling {@code stages} how long tagging and parsing took. */
    public ParsedDocument parse(String text, StageListener stages) {
        long start = System.nanoTime();
        List<TextSpan> paragraphs = Paragraphs.of(text);
        Annotation annotation = new Annotation(blankLongRuns(text));
        tokenizer.annotate(annotation);
        rejoinSentencesCutAtInitialisms(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        lemmasAndNames.annotate(annotation);
        long tagged = System.nanoTime();
        stages.stageFinished(StageListener.TAGGING, tagged - start);
        List<ParsedSentence> sentences = new ArrayList<>();
        TransitionParser.Workspace workspace = new TransitionParser.Workspace();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            stopIfInterrupted();
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String tag = l.tag() == null ? "" : l.tag();
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                if (isNameTaggedAsVerb(labels, i)) {
                    // "owners Tore Sohlberg and ... said": a first name that is also a verb form,
                    // which the tagger read as one, would make the sentence's root of the name
                    tag = "NNP";
                    lemma = l.word();
                }
                tokens.add(new Token(i, l.word(), lemma, tag, l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition()));
            }
            int[] heads;
            String[] relations;
            boolean parsed = labels.size() <= MAX_PARSED_TOKENS && mayHoldCue(labels);
            if (parsed) {
                TransitionParser.Parse parse = parser.parse(tokens, workspace);
                heads = parse.heads();
                relations = parse.relations();
            } else {
                heads = new int[tokens.size()];
                relations = new String[tokens.size()];
                Arrays.fill(heads, -1);
                Arrays.fill(relations, "root");
            }
            int paragraph = Paragraphs.indexOf(paragraphs, tokens.get(0).begin());
            sentences.add(new ParsedSentence(sentences.size(), paragraph, tokens, heads, relations, parsed));
        }
        stages.stageFinished(StageListener.PARSING, System.nanoTime() - tagged);
        return new ParsedDocument(text, sentences, paragraphs);
    }
}
