package io.whosaid.cache;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads and writes cached results. A hit is served only when the stored text and target equal the
 * request's, so a hash collision can never return another article's quotes. Writes run in their own
 * short transaction after the NLP work (no connection is held while the engine runs); when two
 * identical requests race, the second insert loses quietly and both clients get the same answer.
 * A database failure never fails a request: the service answers uncached and logs it.
 */
@ApplicationScoped
public class AttributionCache {

    private static final Logger LOG = Logger.getLogger(AttributionCache.class);

    private final CachedAttributionRepository repository;

    public AttributionCache(CachedAttributionRepository repository) {
        this.repository = repository;
    }

    /** The stored result JSON for this exact request, if any. */
    public Optional<String> lookup(String id, String target, String text) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(repository.findById(id))
                    .filter(row -> row.articleText.equals(text)
                            && Objects.equals(CacheKey.normaliseTarget(row.target), CacheKey.normaliseTarget(target)))
                    .map(row -> row.resultJson));
        } catch (RuntimeException e) {
            LOG.warnf("Cache lookup failed, answering uncached: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** The stored result JSON under this id, whatever request produced it. */
    public Optional<String> byId(String id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(id).map(row -> row.resultJson));
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
            // Most often a concurrent identical request stored the same row first.
            LOG.debugf("Result %s not stored: %s", id, e.getMessage());
        }
    }
}
