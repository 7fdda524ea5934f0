package io.whosaid.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.whosaid.engine.AttributionEngine;
import io.whosaid.engine.Lexicon;
import io.whosaid.engine.NlpPipeline;
import io.whosaid.engine.ParsedDocument;
import io.whosaid.engine.Quote;
import io.whosaid.engine.StanceDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures, in one run on one machine, what each stage of whosaid's pipeline costs and what
 * CoreNLP's own pipelines cost on the same texts: the seed article, and the seed repeated 4 and
 * 16 times (cost must grow linearly). Prints a Markdown table. Run with
 * {@code ./mvnw -B -Pbench -DskipTests package exec:exec} (README, "Performance"), which also
 * builds the application so that {@link HttpBenchmark} can measure it over HTTP afterwards.
 *
 * <p>Each configuration is built, warmed up, timed, and dropped before the next one is built, so
 * the models of one do not crowd the heap of another.
 */
public final class PipelineBenchmark {

    /**
     * Warm-up before timing: at least this many calls and at least {@link #WARM_UP_NANOS} of them.
     * Five calls alone left the JIT short on the engine (a 150 ms call): its seed median came out
     * 20-30% above the per-copy cost of the x4 and x16 rows timed after it, and above the same
     * article's latency over HTTP after the service's warm-up.
     */
    private static final int WARM_UP = 5;
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        boolean withCoreNlpFull = args.length <= 1 || !args[1].equals("--lean-only");
        String seed = seed();
        List<Row> rows = new ArrayList<>();
        String lean = "tokenize,ssplit,pos,lemma,ner,depparse";
        rows.add(stage("tokenize,ssplit", "tokenize,ssplit", seed, runs));
        rows.add(stage("+ pos", "tokenize,ssplit,pos", seed, runs));
        rows.add(stage("+ lemma", "tokenize,ssplit,pos,lemma", seed, runs));
        rows.add(stage("+ ner (one 3-class CRF, no SUTime/gazetteers)", "tokenize,ssplit,pos,lemma,ner", seed, runs));
        rows.add(stage("+ depparse of every sentence", lean, seed, runs));
        rows.add(measure("whosaid NlpPipeline: + depparse of cue sentences only", () -> new NlpPipeline(Lexicon.load()),
                p -> p.parse(seed), runs));
        rows.add(measure("whosaid engine (lean pipeline + attribution rules)", AttributionEngine::load,
                e -> e.attribute(seed), runs));
        rows.add(measure("whosaid stance rules alone (target given, seed already parsed)", StanceOnSeed::new,
                StanceOnSeed::assess, runs));
        rows.add(measure("whosaid engine, seed x4", AttributionEngine::load, e -> e.attribute(seed.repeat(4)), runs));
        rows.add(measure("whosaid engine, seed x16", AttributionEngine::load, e -> e.attribute(seed.repeat(16)), Math.max(3, runs / 3)));
        rows.add(coreNlp("CoreNLP default ner (3 CRFs, SUTime, fine-grained)", defaults("tokenize,ssplit,pos,lemma,ner"), seed, runs));
        if (withCoreNlpFull) {
            Properties quote = defaults("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            rows.add(coreNlp("CoreNLP quote attribution (…,depparse,coref,quote)", quote, seed, runs));
            rows.add(coreNlp("CoreNLP quote attribution, seed x4", quote, seed.repeat(4), Math.max(3, runs / 3)));
        }
        print(rows, seed.length());
        HttpBenchmark.run(java.nio.file.Path.of("target", "quarkus-app"));
    }

    /** The stance stage on its own: the seed parsed and attributed once, then only the stance rules timed. */
    private static final class StanceOnSeed {
        private final StanceDetector detector;
        private final ParsedDocument document;
        private final List<Quote> quotes;

        StanceOnSeed() {
            Lexicon lexicon = Lexicon.load();
            String seed;
            try {
                seed = seed();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.detector = new StanceDetector(lexicon);
            this.document = new NlpPipeline(lexicon).parse(seed);
            this.quotes = new AttributionEngine(new NlpPipeline(lexicon), lexicon).attribute(seed).quotes();
        }

        void assess() {
            detector.assess(document, quotes, "US-Iran cooperation in Iraq");
        }
    }

    private record Row(String name, double constructMs, double firstMs, double medianMs, double p95Ms, long heapMb) {
    }

    private static Row stage(String name, String annotators, String text, int runs) {
        Properties p = new Properties();
        p.putAll(leanProperties());
        p.setProperty("annotators", annotators);
        return coreNlp(name, p, text, runs);
    }

    /** whosaid's own CoreNLP options, plus the parser model for the "every sentence" row. */
    private static Properties leanProperties() {
        Properties p = NlpPipeline.properties();
        p.setProperty("depparse.model", NlpPipeline.MODEL_FILES.get(2));
        return p;
    }

    private static Properties defaults(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    private static Row coreNlp(String name, Properties properties, String text, int runs) {
        return measure(name, () -> new StanfordCoreNLP(properties), nlp -> nlp.annotate(new Annotation(text)), runs);
    }

    private static <T> Row measure(String name, Supplier<T> build, Consumer<T> work, int runs) {
        System.gc();
        long t0 = System.nanoTime();
        T subject = build.get();
        double constructMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        work.accept(subject);
        double firstMs = (System.nanoTime() - t1) / 1e6;
        long warmStart = System.nanoTime();
        for (int i = 1; i < WARM_UP || System.nanoTime() - warmStart < WARM_UP_NANOS; i++) {
            work.accept(subject);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.accept(subject);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        Row row = new Row(name, constructMs, firstMs, times[times.length / 2],
                times[Math.min(times.length - 1, (int) Math.ceil(times.length * 0.95) - 1)], heapMb);
        System.err.printf("%s: median %.1f ms%n", name, row.medianMs());
        return row;
    }

    private static void print(List<Row> rows, int seedChars) {
        double quoteMedian = rows.stream().filter(r -> r.name().startsWith("CoreNLP quote attribution ("))
                .mapToDouble(Row::medianMs).findFirst().orElse(Double.NaN);
        double engineMedian = rows.stream().filter(r -> r.name().startsWith("whosaid engine (")).mapToDouble(Row::medianMs)
                .findFirst().orElse(Double.NaN);
        System.out.printf("%nSeed article: %d characters. %d cores, Java %s, max heap %d MB.%n%n", seedChars,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("| configuration | construct ms | first call ms | warm median ms | warm p95 ms | live heap after, MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf("| %s | %.0f | %.0f | %.1f | %.1f | %d |%n", r.name(), r.constructMs(), r.firstMs(), r.medianMs(),
                    r.p95Ms(), r.heapMb());
        }
        if (!Double.isNaN(quoteMedian)) {
            System.out.printf("%nCoreNLP quote attribution / whosaid engine, warm medians on the seed article: %.1fx%n",
                    quoteMedian / engineMedian);
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = PipelineBenchmark.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
