package io.whosaid.engine;

/** One engine per test JVM: loading the models takes seconds, so the engine tests share it. */
final class SharedEngine {

    private static AttributionEngine engine;
    private static Lexicon lexicon;

    private SharedEngine() {
    }

    static synchronized AttributionEngine get() {
        if (engine == null) {
            engine = new AttributionEngine(new NlpPipeline(lexicon()), lexicon());
        }
        return engine;
    }

    static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load();
        }
        return lexicon;
    }
}
