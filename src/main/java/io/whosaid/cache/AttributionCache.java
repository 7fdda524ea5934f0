package io.whosaid.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads and writes cached results. A hit is served only when the stored text and target equal the
 * request's, so a hash collision can never return another article's quotes. Writes run in their own
 * short transaction after the NLP work (no connection is held while the engine runs); when two
 * identical requests race, the second insert loses quietly and both clients get the same answer.
 * A database failure never fails a request: the service answers uncached, logs it (the exception's
 * kind, never its message, which can quote the article) and counts it in
 * {@code whosaid.cache.errors{operation}}. A by-id read has no fallback and fails as the caller's 503.
 */
@ApplicationScoped
public class AttributionCache {

    private static final Logger LOG = Logger.getLogger(AttributionCache.class);

    private final CachedAttributionRepository repository;
    private final Counter lookupErrors;
    private final Counter storeErrors;

    public AttributionCache(CachedAttributionRepository repository, MeterRegistry metrics) {
        this.repository = repository;
        this.lookupErrors = metrics.counter("whosaid.cache.errors", "operation", "lookup");
        this.storeErrors = metrics.counter("whosaid.cache.errors", "operation", "store");
    }

    /** The stored result JSON for this exact request, if any. */
    public Optional<String> lookup(String id, String target, String text) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(repository.findById(id))
                    .filter(row -> row.articleText.equals(text)
                            && Objects.equals(CacheKey.normaliseTarget(row.target), CacheKey.normaliseTarget(target)))
                    .map(row -> row.resultJson));
        } catch (RuntimeException e) {
            lookupErrors.increment();
            LOG.warnf("Cache lookup failed, answering uncached: %s", describe(e));
            return Optional.empty();
        }
    }

    /**
     * The stored result JSON under this id, whatever request produced it. Unlike a lookup before
     * attribution, nothing can stand in for the database here: a failure is a {@link CacheUnavailableException}.
     */
    public Optional<String> byId(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(id).map(row -> row.resultJson));
        } catch (RuntimeException e) {
            lookupErrors.increment();
            LOG.warnf("Cache read by id failed: %s", describe(e));
            throw new CacheUnavailableException();
        }
    }

    /** Removes a row that cannot be read back, so the recomputed result takes its place. */
    public void evict(String id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> repository.deleteById(id));
        } catch (RuntimeException e) {
            storeErrors.increment();
            LOG.warnf("Unreadable cached result %s not removed: %s", id, describe(e));
        }
    }

    public void store(String id, String engineVersion, String target, String text, String resultJson) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (repository.findById(id) != null) {
                    return;
                }
                CachedAttribution row = new CachedAttribution();
                row.id = id;
                row.engineVersion = engineVersion;
                row.target = CacheKey.normaliseTarget(target).isEmpty() ? null : CacheKey.normaliseTarget(target);
                row.articleText = text;
                row.resultJson = resultJson;
                row.createdAt = Instant.now();
                repository.persist(row);
            });
        } catch (RuntimeException e) {
            if (storedMeanwhile(id)) {
                LOG.debugf("Result %s was stored by a concurrent identical request", id);
                return;
            }
            storeErrors.increment();
            LOG.warnf("Result %s not cached: %s", id, describe(e));
        }
    }

    /** Whether a concurrent identical request stored the row first (the usual reason an insert fails). */
    private boolean storedMeanwhile(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> repository.findById(id) != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The exception chain's kinds and SQL states: enough to diagnose, and no article text. */
    private static String describe(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql) {
                chain.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return chain.toString();
    }
}
