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
    /** A short text that exercises every stage once, so the first real request is not the slow one. */
    private static final String WARM_UP = "\u201CWe will be ready,\u201D Jane Smith, a company spokeswoman, said on Monday.";

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
            loaded.attribute(WARM_UP);
            engine = loaded;
            LOG.infof("Attribution engine %s ready in %d ms", AttributionEngine.VERSION,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            failure = e.getMessage();
            LOG.error("Attribution engine failed to load", e);
        }
    }
}
