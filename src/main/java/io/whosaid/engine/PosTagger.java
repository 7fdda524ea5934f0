package io.whosaid.engine;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.maxent.iis.LambdaSolve;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.tagger.maxent.Dictionary;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.History;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;
import edu.stanford.nlp.tagger.maxent.TTags;
import edu.stanford.nlp.tagger.maxent.TaggerConfig;
import edu.stanford.nlp.util.Pair;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * CoreNLP's maximum-entropy part-of-speech model, with our own scoring of tag sequences: the tags
 * are MaxentTagger's own (compared on every dev sentence, and in PosTaggerTest) at about half the
 * cost and a fraction of the garbage.
 *
 * <p>Why: CoreNLP's exact Viterbi search asks for the scores of a word once for every pair of tags
 * the two previous words may have (about 24 pairs a word in news), and CoreNLP recomputes all the
 * word's features each time, building a string per feature and looking each up in a hash map; it
 * was the engine's largest allocation (37 MB an article) and a third of its time. Here the features
 * that do not depend on the previous tags are scored once per word; the two that do (previous tag,
 * previous two tags) once per tag pair for the whole model; the three rare-word features that look
 * back only ask whether the word starts the sentence, so once per word. The arithmetic (the order of
 * every addition, the log-normalisation) is CoreNLP's, so the scores and the chosen tags are equal.
 *
 * <p>The model's data and feature extractors are package-private in CoreNLP: they are read through
 * method handles, the data once at load and the extractors for each word, so every feature string
 * is CoreNLP's own. The classes are registered for reflection for the native image.
 */
@RegisterForReflection(targets = { MaxentTagger.class, Extractors.class, Extractor.class, History.class,
        PairsHolder.class, Dictionary.class, TTags.class, LambdaSolve.class })
public final class PosTagger {

    /** A tag index for positions before the sentence ("NA" is not in the tag set). */
    private static final int OUTSIDE = -1;
    /** CoreNLP's exact Viterbi search; it keeps no state between calls. */
    private static final ExactBestSequenceFinder SEARCH = new ExactBestSequenceFinder();

    private static final MethodHandle EXTRACT;
    private static final MethodHandle NEW_HISTORY;
    private static final MethodHandle HISTORY_INIT;
    private static final MethodHandle SET_WORD;
    private static final MethodHandle WORD_COUNT;
    private static final MethodHandle KNOWN_TAGS;
    private static final MethodHandle EXPAND_TAGS;
    private static final MethodHandle SET_TAG;
    private static final MethodHandle TAG_ID;

    static {
        try {
            EXTRACT = method(Extractor.class, "extract", MethodType.methodType(String.class, History.class));
            NEW_HISTORY = MethodHandles.privateLookupIn(History.class, MethodHandles.lookup())
                    .findConstructor(History.class, MethodType.methodType(void.class, PairsHolder.class, Extractors.class));
            HISTORY_INIT = method(History.class, "init", MethodType.methodType(void.class, int.class, int.class, int.class));
            SET_WORD = method(PairsHolder.class, "setWord", MethodType.methodType(void.class, int.class, String.class));
            WORD_COUNT = method(Dictionary.class, "sum", MethodType.methodType(int.class, String.class));
            KNOWN_TAGS = method(Dictionary.class, "getTags", MethodType.methodType(String[].class, String.class));
            EXPAND_TAGS = method(TTags.class, "deterministicallyExpandTags",
                    MethodType.methodType(String[].class, String[].class));
            TAG_ID = method(TTags.class, "getIndex", MethodType.methodType(int.class, String.class));
            SET_TAG = method(PairsHolder.class, "setTag", MethodType.methodType(void.class, int.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final TTags tags;
    private final Dictionary dictionary;
    private final Function<String, String> wordFunction;
    private final Extractors common;
    /** CoreNLP's extractors by what they read: the word, its neighbours, the previous tags. */
    private final List<Pair<Integer, Extractor>> commonOwn;
    private final List<Pair<Integer, Extractor>> commonContext;
    private final List<Pair<Integer, Extractor>> commonLookBack;
    private final List<Pair<Integer, Extractor>> rareOwn;
    private final List<Pair<Integer, Extractor>> rareContext;
    private final List<Pair<Integer, Extractor>> rareLookBack;
    /** Feature id per tag for each extractor's value: index i for common extractor i, common.size()+i for rare i. */
    private final List<Map<String, int[]>> features;
    private final double[] weights;
    private final int tagCount;
    private final int leftContext;
    private final int rareWordThreshold;
    private final int minWordsLockTags;
    private final String[] openTags;
    /** Summed weights of the tag-only features, per (tag two back, previous tag); filled on first use. */
    private final AtomicReferenceArray<double[]> previousTagScores;

    private PosTagger(MaxentTagger model) throws Throwable {
        this.tags = (TTags) field(MaxentTagger.class, "tags", TTags.class).invoke(model);
        this.dictionary = (Dictionary) field(MaxentTagger.class, "dict", Dictionary.class).invoke(model);
        @SuppressWarnings("unchecked")
        Function<String, String> function = (Function<String, String>) field(MaxentTagger.class, "wordFunction",
                Function.class).invoke(model);
        this.wordFunction = function;
        this.common = (Extractors) field(MaxentTagger.class, "extractors", Extractors.class).invoke(model);
        Extractors rare = (Extractors) field(MaxentTagger.class, "extractorsRare", Extractors.class).invoke(model);
        this.commonOwn = extractors(common, "local");
        this.commonContext = extractors(common, "localContext");
        this.commonLookBack = extractors(common, "dynamic");
        this.rareOwn = extractors(rare, "local");
        this.rareContext = extractors(rare, "localContext");
        this.rareLookBack = extractors(rare, "dynamic");
        @SuppressWarnings("unchecked")
        List<Map<String, int[]>> associations = (List<Map<String, int[]>>) field(MaxentTagger.class, "fAssociations",
                List.class).invoke(model);
        this.features = associations;
        LambdaSolve solver = (LambdaSolve) method(MaxentTagger.class, "getLambdaSolve",
                MethodType.methodType(LambdaSolve.class)).invoke(model);
        this.weights = solver.lambda;
        this.tagCount = (int) field(MaxentTagger.class, "ySize", int.class).invoke(model);
        this.leftContext = (int) field(MaxentTagger.class, "leftContext", int.class).invoke(model);
        this.rareWordThreshold = (int) field(MaxentTagger.class, "rareWordThresh", int.class).invoke(model);
        TaggerConfig config = (TaggerConfig) field(MaxentTagger.class, "config", TaggerConfig.class).invoke(model);
        this.minWordsLockTags = config.getMinWordsLockTags();
        this.openTags = tags.getOpenTagsArray();
        int rightContext = (int) field(MaxentTagger.class, "rightContext", int.class).invoke(model);
        if (leftContext != 2 || rightContext != 0 || commonLookBack.size() != 2) {
            // The scoring below relies on this model's shape: look back two tags, never ahead.
            throw new IllegalStateException("unexpected POS model: left context " + leftContext + ", right context "
                    + rightContext);
        }
        this.previousTagScores = new AtomicReferenceArray<>((tagCount + 1) * (tagCount + 1));
    }

    /** Loads a MaxentTagger model (a classpath resource or file). */
    public static PosTagger load(String model) {
        try {
            return new PosTagger(new MaxentTagger(model));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the POS model " + model, e);
        }
    }

    /** The Penn Treebank tag of each word. Thread-safe. */
    public String[] tag(List<String> words) {
        Sentence sentence = new Sentence(words);
        int[] best = SEARCH.bestSequence(sentence);
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tags.getTag(best[i + leftContext]);
        }
        return out;
    }

    /** One sentence's scoring for CoreNLP's exact Viterbi search, which asks for positions left to right. */
    private final class Sentence implements SequenceModel {

        private final int size;
        private final String[] words;
        /** How often the model's training data had each word: decides rare-word features and the tags allowed. */
        private final int[] counts;
        private final History history;
        private final String[][] tagsAt;
        private final int[][] tagIdsAt;
        /** Per word: the summed weights of the features that do not look at tags. */
        private final double[][] wordScores;
        /** Per rare word: the feature ids of the rare-word features that look back. */
        private final int[][][] lookBackFeatures;
        private final double[] scratch = new double[tagCount];

        Sentence(List<String> sentence) {
            size = sentence.size() + 1;
            words = new String[size];
            for (int i = 0; i < sentence.size(); i++) {
                words[i] = wordFunction == null ? sentence.get(i) : wordFunction.apply(sentence.get(i));
            }
            words[size - 1] = Tagger.EOS_WORD;
            PairsHolder pairs = new PairsHolder();
            pairs.setSize(size);
            counts = new int[size];
            try {
                for (int i = 0; i < size; i++) {
                    SET_WORD.invokeExact(pairs, i, words[i]);
                    counts[i] = (int) WORD_COUNT.invokeExact(dictionary, words[i]);
                }
                history = (History) NEW_HISTORY.invokeExact(pairs, common);
            } catch (Throwable e) {
                throw rethrown(e);
            }
            tagsAt = new String[size + leftContext][];
            tagIdsAt = new int[size + leftContext][];
            wordScores = new double[size][];
            lookBackFeatures = new int[size][][];
        }

        @Override
        public int length() {
            return size;
        }

        @Override
        public int leftWindow() {
            return leftContext;
        }

        @Override
        public int rightWindow() {
            return 0;
        }

        @Override
        public int[] getPossibleValues(int position) {
            if (tagIdsAt[position] == null) {
                String[] names = tagNamesAt(position);
                int[] ids = new int[names.length];
                try {
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = (int) TAG_ID.invokeExact(tags, names[i]); // -1 for "NA", outside the sentence
                    }
                } catch (Throwable e) {
                    throw rethrown(e);
                }
                tagIdsAt[position] = ids;
            }
            return tagIdsAt[position];
        }

        /** As MaxentTagger: the dictionary's tags for a known word, the open classes otherwise. */
        private String[] tagNamesAt(int position) {
            if (tagsAt[position] == null) {
                int word = position - leftContext;
                if (word < 0) {
                    tagsAt[position] = new String[] { "NA" };
                } else {
                    try {
                        int count = counts[word];
                        String[] known = count == 0 || count < minWordsLockTags ? openTags
                                : (String[]) KNOWN_TAGS.invokeExact(dictionary, words[word]);
                        tagsAt[position] = (String[]) EXPAND_TAGS.invokeExact(tags, known);
                    } catch (Throwable e) {
                        throw rethrown(e);
                    }
                }
            }
            return tagsAt[position];
        }

        @Override
        public double[] scoresOf(int[] sequence, int position) {
            int word = position - leftContext;
            if (wordScores[word] == null) {
                scoreWord(word);
            }
            double[] total = scratch; // filled afresh on each call: the search asks ~24 times a word
            System.arraycopy(previousTagScores(sequence[position - 2], sequence[position - 1]), 0, total, 0, tagCount);
            if (isRare(word)) {
                for (int[] ids : lookBackFeatures[word]) {
                    addWeights(ids, total);
                }
            }
            ArrayMath.pairwiseAddInPlace(total, wordScores[word]);
            ArrayMath.logNormalize(total);
            int[] candidates = getPossibleValues(position);
            double[] scores = new double[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                scores[i] = total[candidates[i]];
            }
            return scores;
        }

        /** The word's tag-independent features, summed in CoreNLP's order: its own, then its neighbours'. */
        private void scoreWord(int word) {
            try {
                HISTORY_INIT.invokeExact(history, 0, size - 1, word);
                boolean isRare = isRare(word);
                double[] own = sum(commonOwn, isRare ? rareOwn : null);
                double[] context = sum(commonContext, isRare ? rareContext : null);
                ArrayMath.pairwiseAddInPlace(context, own);
                if (isRare) {
                    // These read the previous tag only to ask whether there is one (the word starts the
                    // sentence), which the position already says.
                    int[][] ids = new int[rareLookBack.size()][];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = featureIds(common.size() + rareLookBack.get(i).first(), rareLookBack.get(i).second());
                    }
                    lookBackFeatures[word] = ids;
                }
                wordScores[word] = context;
            } catch (Throwable e) {
                throw rethrown(e);
            }
        }

        private boolean isRare(int word) {
            return counts[word] < rareWordThreshold;
        }

        private double[] sum(List<Pair<Integer, Extractor>> commonOnes, List<Pair<Integer, Extractor>> rareOnes)
                throws Throwable {
            double[] scores = new double[tagCount];
            for (Pair<Integer, Extractor> e : commonOnes) {
                addWeights(featureIds(e.first(), e.second()), scores);
            }
            if (rareOnes != null) {
                for (Pair<Integer, Extractor> e : rareOnes) {
                    addWeights(featureIds(common.size() + e.first(), e.second()), scores);
                }
            }
            return scores;
        }

        private int[] featureIds(int extractorIndex, Extractor extractor) throws Throwable {
            return features.get(extractorIndex).get((String) EXTRACT.invokeExact(extractor, history));
        }

        @Override
        public double scoreOf(int[] sequence, int position) {
            throw new UnsupportedOperationException("the exact search asks for scoresOf");
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException("the exact search asks for scoresOf");
        }
    }

    /**
     * The summed weights of the two features that read only the previous tags, the same for every
     * word: computed once per pair through a two-word history, in CoreNLP's order of addition.
     */
    private double[] previousTagScores(int twoBack, int previous) {
        int slot = (twoBack + 1) * (tagCount + 1) + previous + 1;
        double[] scores = previousTagScores.get(slot);
        if (scores == null) {
            scores = new double[tagCount];
            try {
                History probe = tagPairHistory(twoBack, previous);
                for (Pair<Integer, Extractor> e : commonLookBack) {
                    addWeights(features.get(e.first()).get((String) EXTRACT.invokeExact(e.second(), probe)), scores);
                }
            } catch (Throwable e) {
                throw rethrown(e);
            }
            previousTagScores.set(slot, scores); // a race computes the same values twice, harmlessly
        }
        return scores;
    }

    /** A history at the third word of a sentence whose first two words carry the given tags. */
    private History tagPairHistory(int twoBack, int previous) throws Throwable {
        PairsHolder pairs = new PairsHolder();
        pairs.setSize(3);
        for (int i = 0; i < 3; i++) {
            SET_WORD.invokeExact(pairs, i, "");
        }
        History probe = (History) NEW_HISTORY.invokeExact(pairs, common);
        // Outside the sentence PairsHolder answers "NA" itself; starting the history later gives that.
        int start = twoBack == OUTSIDE ? (previous == OUTSIDE ? 2 : 1) : 0;
        HISTORY_INIT.invokeExact(probe, start, 2, 2);
        String[] tagged = { twoBack == OUTSIDE ? null : tags.getTag(twoBack), previous == OUTSIDE ? null : tags.getTag(previous) };
        for (int i = start; i < 2; i++) {
            SET_TAG.invokeExact(pairs, i, tagged[i]);
        }
        return probe;
    }

    private void addWeights(int[] ids, double[] scores) {
        if (ids != null) {
            for (int tag = 0; tag < tagCount; tag++) {
                int id = ids[tag];
                if (id >= 0) {
                    scores[tag] += weights[id];
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Pair<Integer, Extractor>> extractors(Extractors all, String kind) throws Throwable {
        return (List<Pair<Integer, Extractor>>) field(Extractors.class, kind, List.class).invoke(all);
    }

    private static MethodHandle method(Class<?> owner, String name, MethodType type) throws ReflectiveOperationException {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVirtual(owner, name, type);
    }

    private static MethodHandle field(Class<?> owner, String name, Class<?> type) throws ReflectiveOperationException {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findGetter(owner, name, type);
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("POS model access failed", e);
    }
}
