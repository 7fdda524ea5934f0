package io.whosaid.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.whosaid.config.WhosaidConfig;
import io.whosaid.engine.AttributionEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Holds the one attribution engine of this process. Loading the models takes seconds, so it happens
 * on a background thread: the HTTP server is up at once, answers 503 until the engine is ready, and
 * readiness reports DOWN meanwhile (a load balancer sends no traffic before it is ready).
 */
@ApplicationScoped
public class EngineProvider {

    private static final Logger LOG = Logger.getLogger(EngineProvider.class);
    /**
     * A short article of our own that exercises every stage (quotes, reported speech, pronouns,
     * titles), run a few times at start so that the JIT has compiled the hot paths before the
     * first real request: without it the first article takes several times longer.
     */
    private static final String WARM_UP = """
            City council approved the transit budget on Tuesday, Mayor Jane Smith said.

            \u201CWe will be ready by spring,\u201D Smith told reporters. \u201CThe buses are ordered.\u201D

            Critics disagreed. Tom Baker, a councillor from the east end, said the plan ignored suburbs \
            and warned that fares would rise, according to the Transit Riders Union.

            \u201CThis is a shell game,\u201D he said.
            """;
    private static final int WARM_UP_RUNS = 5;

    private final WhosaidConfig config;
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile AttributionEngine engine;
    private volatile String failure;

    public EngineProvider(WhosaidConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.engine().preload()) {
            startLoading();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        engine = null;
    }

    /** The loaded engine; starts loading it and throws {@link EngineNotReadyException} while not ready. */
    public AttributionEngine engine() {
        AttributionEngine loaded = engine;
        if (loaded == null) {
            startLoading();
            throw new EngineNotReadyException();
        }
        return loaded;
    }

    public boolean isReady() {
        return engine != null;
    }

    /** Why loading failed, or null. */
    public String failure() {
        return failure;
    }

    private void startLoading() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(this::load, "whosaid-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            AttributionEngine loaded = AttributionEngine.load();
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                loaded.attribute(WARM_UP);
            }
            engine = loaded;
            LOG.infof("Attribution engine %s ready in %d ms", AttributionEngine.VERSION,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            failure = e.getMessage();
            LOG.error("Attribution engine failed to load", e);
        }
    }
}
