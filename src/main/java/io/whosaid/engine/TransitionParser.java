package io.whosaid.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The arc-standard neural dependency parser of Chen and Manning (2014), running CoreNLP's trained
 * {@code english_UD} model (the file {@code edu.stanford.nlp.parser.nndep.DependencyParser} reads)
 * with the same features, transitions and precomputed hidden-layer sums.
 *
 * <p>Why not CoreNLP's own class: its forward pass computes the 83 output scores as 83 dot products
 * of length 1,000, each a chain of dependent double additions the JIT cannot vectorise. Measured on
 * the seed article that was about 4 ms per sentence and half of the whole engine's time. Here the
 * weights are kept in the order the model file lists them (input column by hidden unit, hidden unit
 * by transition), so both layers are loops of independent multiply-adds ({@code y += a * x}) that
 * the JIT turns into SIMD instructions. Sums are in float where CoreNLP sums in double: the argmax
 * can differ only where two transitions score within float rounding of each other, and on the
 * 5,573 sentences of the dev articles not one head or label did ({@code TransitionParserTest} checks
 * sentences of our own and the seed article against CoreNLP's parser).
 *
 * <p>Immutable after loading; {@link #parse} keeps its state on the stack and in the caller's
 * {@link Workspace}, so one instance serves every thread.
 */
final class TransitionParser {

    /** Word, POS and label slots as CoreNLP's model numbers them (DependencyParser#getFeatureArray). */
    private static final int WORD_FEATURES = 18;
    private static final int LABEL_FEATURES = 12;
    private static final int POS_OFFSET = WORD_FEATURES;
    private static final int LABEL_OFFSET = 2 * WORD_FEATURES;
    /** CoreNLP precomputes the first 20,000 (input, position) pairs the model lists (Config#numPreComputed). */
    private static final int PRECOMPUTED = 20_000;
    /** The model lists the root label first after NULL, so it is label 0 of the transitions. */
    private static final int ROOT_LABEL = 0;
    /**
     * Room for the scores of every transition (83 for english_UD), padded with zero weights: the
     * output layer loops to this constant.
     */
    private static final int SCORE_SLOTS = 96;
    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String NULL = "-NULL-";
    private static final String ROOT = "-ROOT-";
    private static final int NONE = -1;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    /** Input id of the NULL label (a missing child); label l of the transitions is nullLabelId + 1 + l. */
    private final int nullLabelId;
    private final String[] labels;
    private final int unknownWord;
    private final int nullWord;
    private final int rootWord;
    private final int unknownPos;
    private final int nullPos;
    private final int rootPos;

    private final int embeddingSize;
    private final int hiddenSize;
    private final int numFeatures;
    /** Embedding of every word, POS tag and label, by id. */
    private final float[][] embeddings;
    /** Input-to-hidden weights, one row per input column (feature position x embedding dimension). */
    private final float[][] inputWeights;
    private final float[] hiddenBias;
    /** Hidden-to-output weights, one row per hidden unit, one column per transition. */
    private final float[][] outputWeights;
    /** Hidden-layer contribution of the most frequent (input, position) pairs, computed at load. */
    private final float[][] precomputed;
    private final IntIntMap precomputedSlot;

    private TransitionParser(BufferedReader in) throws IOException {
        int dict = header(in.readLine());
        int pos = header(in.readLine());
        int labelCount = header(in.readLine());
        embeddingSize = header(in.readLine());
        hiddenSize = header(in.readLine());
        numFeatures = header(in.readLine());
        int precomputedListed = header(in.readLine());
        if (numFeatures != 2 * WORD_FEATURES + LABEL_FEATURES) {
            throw new IOException("unexpected feature count " + numFeatures);
        }
        if (2 * labelCount - 1 > SCORE_SLOTS || hiddenSize % 4 != 0) {
            throw new IOException("model shape not supported: " + labelCount + " labels, " + hiddenSize + " hidden units");
        }

        embeddings = new float[dict + pos + labelCount][];
        wordIds = new HashMap<>(dict * 2);
        posIds = new HashMap<>(pos * 2);
        String[] labelNames = new String[labelCount];
        for (int id = 0; id < embeddings.length; id++) {
            String line = in.readLine();
            int space = line.indexOf(' ');
            String name = line.substring(0, space);
            embeddings[id] = floats(line, space + 1, embeddingSize);
            if (id < dict) {
                wordIds.put(name, id);
            } else if (id < dict + pos) {
                posIds.put(name, id);
            } else {
                labelNames[id - dict - pos] = name;
            }
        }
        inputWeights = new float[embeddingSize * numFeatures][];
        for (int column = 0; column < inputWeights.length; column++) {
            inputWeights[column] = floats(in.readLine(), 0, hiddenSize);
        }
        hiddenBias = floats(in.readLine(), 0, hiddenSize);
        int transitions = 2 * labelCount - 1;
        outputWeights = new float[hiddenSize][];
        for (int unit = 0; unit < hiddenSize; unit++) {
            outputWeights[unit] = Arrays.copyOf(floats(in.readLine(), 0, transitions), SCORE_SLOTS);
        }
        int count = Math.min(PRECOMPUTED, precomputedListed);
        int[] frequent = new int[count];
        int read = 0;
        while (read < count) {
            for (String id : in.readLine().split(" ")) {
                if (read < count) {
                    frequent[read++] = Integer.parseInt(id);
                }
            }
        }

        unknownWord = wordIds.get(UNKNOWN);
        nullWord = wordIds.get(NULL);
        rootWord = wordIds.get(ROOT);
        unknownPos = posIds.get(UNKNOWN);
        nullPos = posIds.get(NULL);
        rootPos = posIds.get(ROOT);
        // The model lists NULL first, then the root label; transitions are L(label), R(label) for
        // every label but NULL, then SHIFT.
        nullLabelId = dict + pos;
        labels = Arrays.copyOfRange(labelNames, 1, labelCount);

        precomputed = new float[count][];
        precomputedSlot = new IntIntMap(count);
        for (int slot = 0; slot < count; slot++) {
            int input = frequent[slot] / numFeatures;
            int position = frequent[slot] % numFeatures;
            float[] sum = new float[hiddenSize];
            addInputContribution(sum, input, position);
            precomputed[slot] = sum;
            precomputedSlot.put(frequent[slot], slot);
        }
    }

    /** Loads the model from the class path (plain or gzipped text, as CoreNLP ships it). */
    static TransitionParser load(String resource) {
        ClassLoader loader = TransitionParser.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("parser model not on the class path: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new TransitionParser(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    private static int header(String line) {
        return Integer.parseInt(line.substring(line.indexOf('=') + 1).strip());
    }

    /** {@code n} space-separated floats of {@code line} from {@code from}, without String.split's garbage. */
    private static float[] floats(String line, int from, int n) throws IOException {
        float[] values = new float[n];
        int start = from;
        for (int i = 0; i < n; i++) {
            int end = line.indexOf(' ', start);
            if (end < 0) {
                end = line.length();
            }
            if (start >= end) {
                throw new IOException("model line has fewer than " + n + " values");
            }
            values[i] = Float.parseFloat(line.substring(start, end));
            start = end + 1;
        }
        return values;
    }

    /** The heads (token indexes, -1 for the root) and relation names of a parsed sentence. */
    record Parse(int[] heads, String[] relations) {
    }

    /**
     * Scratch space for the sentences of one document, used by one thread: the hidden-layer
     * contributions of inputs outside the precomputed set (rare words, mostly names), which recur
     * as a word moves through the stack and as a name recurs in the article.
     */
    static final class Workspace {
        /** At most this many cached contributions (4 KB each); the cache starts over when full. */
        private static final int MAX_CACHED = 4096;
        private final Map<Integer, float[]> rareInputs = new HashMap<>();

        float[] cached(int key) {
            return rareInputs.get(key);
        }

        void cache(int key, float[] contribution) {
            if (rareInputs.size() >= MAX_CACHED) {
                rareInputs.clear();
            }
            rareInputs.put(key, contribution);
        }
    }

    /** Parses one tagged sentence (words and POS tags only, as CoreNLP's parser reads them). */
    Parse parse(List<Token> tokens) {
        return parse(tokens, new Workspace());
    }

    /** As {@link #parse(List)}, sharing {@code workspace} with the other sentences of the document. */
    Parse parse(List<Token> tokens, Workspace workspace) {
        int n = tokens.size();
        State state = new State(n);
        // Word and tag ids by token position (0 = root, n + 1 = none), looked up once per sentence
        // instead of 36 times per transition.
        int[] wordAt = new int[n + 2];
        int[] posAt = new int[n + 2];
        wordAt[0] = rootWord;
        posAt[0] = rootPos;
        for (int k = 1; k <= n; k++) {
            Token token = tokens.get(k - 1);
            wordAt[k] = wordIds.getOrDefault(token.word(), unknownWord);
            posAt[k] = posIds.getOrDefault(token.pos(), unknownPos);
        }
        wordAt[n + 1] = nullWord;
        posAt[n + 1] = nullPos;
        int[] inputs = new int[numFeatures];
        float[] hidden = new float[hiddenSize];
        float[] scores = new float[SCORE_SLOTS];
        while (!(state.stackSize == 1 && state.bufferStart > n)) {
            features(state, wordAt, posAt, inputs);
            score(inputs, hidden, scores, workspace);
            apply(state, best(state, scores));
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = state.head[i] - 1;
            relations[i - 1] = state.head[i] == 0 ? "root" : labels[state.label[i]];
        }
        markPassiveSubjects(heads, relations);
        return new Parse(heads, relations);
    }

    /**
     * The model labels a subject {@code nsubj} even when its verb has a passive auxiliary; CoreNLP's
     * UD conversion (UniversalEnglishGrammaticalStructure#correctSubjPass) then relabels it
     * {@code nsubj:pass} / {@code csubj:pass}, and the cue rules rely on that distinction.
     */
    private static void markPassiveSubjects(int[] heads, String[] relations) {
        boolean[] passive = new boolean[heads.length];
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && relations[i].equals("aux:pass")) {
                passive[heads[i]] = true;
            }
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && passive[heads[i]]
                    && (relations[i].equals("nsubj") || relations[i].equals("csubj"))) {
                relations[i] = relations[i] + ":pass";
            }
        }
    }

    /** The legal transition with the highest score, in CoreNLP's order (L(...) labels, R(...) labels, S). */
    private int best(State state, float[] scores) {
        int labelCount = labels.length;
        int shift = 2 * labelCount;
        float bestScore = Float.NEGATIVE_INFINITY;
        int best = NONE;
        for (int t = 0; t <= shift; t++) {
            if (scores[t] > bestScore && canApply(state, t, labelCount, shift)) {
                bestScore = scores[t];
                best = t;
            }
        }
        return best;
    }

    private boolean canApply(State state, int transition, int labelCount, int shift) {
        if (transition == shift) {
            return state.bufferStart <= state.n;
        }
        boolean left = transition < labelCount;
        int label = left ? transition : transition - labelCount;
        int head = left ? state.stack(0) : state.stack(1);
        if (head < 0 || (head == 0) != (label == ROOT_LABEL)) {
            return false;
        }
        return left ? state.stackSize > 2
                : state.stackSize > 2 || (state.stackSize == 2 && state.bufferStart > state.n);
    }

    private void apply(State state, int transition) {
        int labelCount = labels.length;
        int top = state.stack(0);
        int second = state.stack(1);
        if (transition == 2 * labelCount) {
            state.stack[state.stackSize++] = state.bufferStart++;
        } else if (transition < labelCount) {
            state.head[second] = top;
            state.label[second] = transition;
            state.stack[state.stackSize - 2] = top;
            state.stackSize--;
        } else {
            state.head[top] = second;
            state.label[top] = transition - labelCount;
            state.stackSize--;
        }
    }

    /** The 48 inputs of CoreNLP's feature template: words, tags and labels around the stack and buffer. */
    private void features(State state, int[] wordAt, int[] posAt, int[] inputs) {
        int none = wordAt.length - 1;
        for (int j = 2; j >= 0; j--) {
            int k = slot(state.stack(j), none);
            inputs[2 - j] = wordAt[k];
            inputs[POS_OFFSET + 2 - j] = posAt[k];
        }
        for (int j = 0; j <= 2; j++) {
            int k = slot(state.buffer(j), none);
            inputs[3 + j] = wordAt[k];
            inputs[POS_OFFSET + 3 + j] = posAt[k];
        }
        for (int j = 0; j <= 1; j++) {
            int k = state.stack(j);
            int base = 6 + 6 * j;
            int labelBase = LABEL_OFFSET + 6 * j;
            int leftmost = state.leftChild(k, 1);
            int rightmost = state.rightChild(k, 1);
            int[] children = {
                    leftmost, rightmost, state.leftChild(k, 2), state.rightChild(k, 2),
                    state.leftChild(leftmost, 1), state.rightChild(rightmost, 1)};
            for (int c = 0; c < children.length; c++) {
                int child = slot(children[c], none);
                inputs[base + c] = wordAt[child];
                inputs[POS_OFFSET + base + c] = posAt[child];
                inputs[labelBase + c] = labelInput(state, children[c]);
            }
        }
    }

    /** A token position as an index into the per-sentence id arrays; NONE maps to the NULL entry. */
    private static int slot(int k, int none) {
        return k < 0 ? none : k;
    }

    /** A child always has its label by the time the template reads it; a missing child reads NULL. */
    private int labelInput(State state, int k) {
        return k <= 0 || k > state.n ? nullLabelId : nullLabelId + 1 + state.label[k];
    }

    /** Forward pass: hidden = (sum of input contributions + bias)^3, scores = hidden x output weights. */
    private void score(int[] inputs, float[] hidden, float[] scores, Workspace workspace) {
        Arrays.fill(hidden, 0f);
        for (int position = 0; position < numFeatures; position++) {
            int key = inputs[position] * numFeatures + position;
            int slot = precomputedSlot.get(key);
            float[] contribution;
            if (slot >= 0) {
                contribution = precomputed[slot];
            } else {
                contribution = workspace.cached(key);
                if (contribution == null) {
                    contribution = new float[hiddenSize];
                    addInputContribution(contribution, inputs[position], position);
                    workspace.cache(key, contribution);
                }
            }
            for (int h = 0; h < hiddenSize; h++) {
                hidden[h] += contribution[h];
            }
        }
        Arrays.fill(scores, 0f);
        for (int h = 0; h < hiddenSize; h++) {
            float x = hidden[h] + hiddenBias[h];
            hidden[h] = x * x * x;
        }
        // Four hidden units per pass over the scores, and a loop bound the JIT sees as a constant:
        // measured 30 instead of 37-40 us per transition in the whole parser (3-4x in isolation).
        for (int h = 0; h < hiddenSize; h += 4) {
            float a0 = hidden[h], a1 = hidden[h + 1], a2 = hidden[h + 2], a3 = hidden[h + 3];
            float[] w0 = outputWeights[h], w1 = outputWeights[h + 1], w2 = outputWeights[h + 2];
            float[] w3 = outputWeights[h + 3];
            for (int t = 0; t < SCORE_SLOTS; t++) {
                scores[t] += w0[t] * a0 + w1[t] * a1 + w2[t] * a2 + w3[t] * a3;
            }
        }
    }

    private void addInputContribution(float[] sum, int input, int position) {
        float[] embedding = embeddings[input];
        int column = position * embeddingSize;
        int d = 0;
        // Four embedding dimensions per pass over the hidden units: a quarter of the loads and
        // stores of the sum.
        for (; d + 4 <= embeddingSize; d += 4) {
            float e0 = embedding[d], e1 = embedding[d + 1], e2 = embedding[d + 2], e3 = embedding[d + 3];
            float[] w0 = inputWeights[column + d], w1 = inputWeights[column + d + 1];
            float[] w2 = inputWeights[column + d + 2], w3 = inputWeights[column + d + 3];
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] += w0[h] * e0 + w1[h] * e1 + w2[h] * e2 + w3[h] * e3;
            }
        }
        for (; d < embeddingSize; d++) {
            float e = embedding[d];
            float[] weights = inputWeights[column + d];
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] += weights[h] * e;
            }
        }
    }

    /** Stack, buffer and arcs of one parse; token k is 1-based, 0 is the artificial root. */
    private static final class State {
        final int n;
        final int[] stack;
        int stackSize = 1;
        /** The buffer is always the tokens bufferStart..n in order. */
        int bufferStart = 1;
        final int[] head;
        final int[] label;

        State(int n) {
            this.n = n;
            stack = new int[n + 1];
            head = new int[n + 1];
            label = new int[n + 1];
            Arrays.fill(head, NONE);
        }

        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : NONE;
        }

        int buffer(int k) {
            int index = bufferStart + k;
            return index <= n ? index : NONE;
        }

        /** The cnt-th leftmost dependent of k attached so far. */
        int leftChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int c = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }

        /** The cnt-th rightmost dependent of k attached so far. */
        int rightChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int c = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }
    }

    /** int to int map with open addressing (the precomputed slots: 20,000 entries, no boxing per lookup). */
    private static final class IntIntMap {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntMap(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, -1);
            mask = capacity - 1;
        }

        void put(int key, int value) {
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(int key) {
            int i = mix(key) & mask;
            while (keys[i] != -1) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
