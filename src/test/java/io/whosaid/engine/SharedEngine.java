package io.whosaid.engine;

/** One engine per test JVM: loading the models takes seconds, so the engine tests share it. */
final class SharedEngine {

    private static AttributionEngine engine;

    private SharedEngine() {
    }

    static synchronized AttributionEngine get() {
        if (engine == null) {
            engine = AttributionEngine.load();
        }
        return engine;
    }
}
