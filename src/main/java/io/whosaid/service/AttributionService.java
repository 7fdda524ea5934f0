package io.whosaid.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.whosaid.api.AttributionRequest;
import io.whosaid.api.AttributionResponse;
import io.whosaid.cache.AttributionCache;
import io.whosaid.cache.CacheKey;
import io.whosaid.cache.RecentResults;
import io.whosaid.config.WhosaidConfig;
import io.whosaid.engine.AttributionEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Answers attribution requests: checks the limits, serves a verified cache hit without any NLP
 * work, otherwise runs the engine and stores the result.
 */
@ApplicationScoped
public class AttributionService {

    private static final Logger LOG = Logger.getLogger(AttributionService.class);

    private final EngineProvider engines;
    private final AttributionCache cache;
    private final ObjectMapper json;
    private final WhosaidConfig config;
    private final AttributionWorkers workers;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Timer engineTime;
    private final MeterRegistry metrics;
    private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();
    private final RecentResults<AttributionResponse> recent;

    public AttributionService(EngineProvider engines, AttributionCache cache, ObjectMapper json, WhosaidConfig config,
            AttributionWorkers workers, MeterRegistry metrics) {
        this.engines = engines;
        this.workers = workers;
        this.metrics = metrics;
        this.recent = new RecentResults<>(config.recentResultsChars());
        this.cacheHits = metrics.counter("whosaid.cache.requests", "result", "hit");
        this.cacheMisses = metrics.counter("whosaid.cache.requests", "result", "miss");
        this.engineTime = Timer.builder("whosaid.engine.attribution").description("Engine time per uncached article")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
        metrics.gauge("whosaid.engine.queue.depth", workers, AttributionWorkers::queued);
        this.cache = cache;
        this.json = json;
        this.config = config;
    }

    /** An article as the API receives it: one text, or paragraphs answered with paragraph offsets. */
    public AttributionResponse attribute(AttributionRequest request) {
        if (request == null) {
            throw new InvalidRequestException("text", "a JSON body with a text field is required");
        }
        if (request.paragraphs() != null) {
            if (request.text() != null) {
                throw new InvalidRequestException("text", "send either text or paragraphs, not both");
            }
            ParagraphText article = ParagraphText.of(request.paragraphs());
            return article.localise(attribute(article.text(), request.target()));
        }
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException("text", "text must be a non-empty string");
        }
        return attribute(request.text(), request.target());
    }

    public AttributionResponse attribute(String text, String target) {
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException("text", text.length(), config.maxTextLength());
        }
        if (target != null && target.length() > config.maxTargetLength()) {
            throw new TextTooLongException("target", target.length(), config.maxTargetLength());
        }
        String id = CacheKey.of(AttributionEngine.VERSION, target, text);
        Optional<AttributionResponse> recentHit = recent.get(id, target, text);
        if (recentHit.isPresent()) {
            cacheHits.increment();
            return recentHit.get().withCached(true);
        }
        Optional<String> cachedJson = cache.lookup(id, target, text);
        Optional<AttributionResponse> hit = cachedJson.flatMap(this::read);
        if (hit.isPresent()) {
            cacheHits.increment();
            recent.put(id, target, text, hit.get(), cachedJson.get().length());
            return hit.get().withCached(true);
        }
        if (cachedJson.isPresent()) {
            cache.evict(id); // unreadable: the fresh result below replaces it
        }
        cacheMisses.increment();
        AttributionEngine engine = engines.engine();
        AttributionResponse fresh = AttributionMapper.toResponse(id,
                workers.run(() -> engineTime.recordCallable(() -> engine.attribute(text, target, this::recordStage))),
                text);
        write(fresh).ifPresent(stored -> {
            cache.store(id, AttributionEngine.VERSION, target, text, stored);
            recent.put(id, target, text, fresh, stored.length());
        });
        return fresh;
    }

    private void recordStage(String stage, long nanos) {
        stageTimers.computeIfAbsent(stage, name -> Timer.builder("whosaid.engine.stage")
                .description("Engine time per uncached article, by stage").tag("stage", name)
                .publishPercentiles(0.5, 0.95).register(metrics)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A stored result by id, as a cached answer. */
    public Optional<AttributionResponse> find(String id) {
        if (!CacheKey.isWellFormed(id)) {
            return Optional.empty();
        }
        return cache.byId(id).flatMap(this::read).map(r -> r.withCached(true));
    }

    /** A stored row that cannot be read back is treated as absent, so it is recomputed, never served. */
    private Optional<AttributionResponse> read(String stored) {
        try {
            return Optional.of(json.readValue(stored, AttributionResponse.class));
        } catch (JsonProcessingException e) {
            // The parser's message can quote the stored text; the kind of error is enough.
            LOG.warnf("Unreadable cached result ignored and recomputed: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Optional<String> write(AttributionResponse response) {
        try {
            return Optional.of(json.writeValueAsString(response));
        } catch (JsonProcessingException e) {
            LOG.errorf("Result not cached, cannot serialise it: %s", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
