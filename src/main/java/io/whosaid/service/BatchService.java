package io.whosaid.service;

import io.whosaid.api.AttributionRequest;
import io.whosaid.api.AttributionResponse;
import io.whosaid.config.WhosaidConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Many articles in one request. Each goes through {@link AttributionService} (so cached articles
 * cost no NLP work and each runs under the same limits, worker pool and deadline); a batch keeps at
 * most as many articles in flight as there are engine workers, so one batch cannot fill the waiting
 * line that other clients share. One bad article is an error in its own slot, never a failed batch.
 */
@ApplicationScoped
public class BatchService {

    /** The outcome for the article at {@code index}: a result, or the error that answered it. */
    public record Item(int index, AttributionResponse result, RuntimeException error) {
    }

    private final AttributionService articles;
    private final int maxArticles;
    private final int inFlight;
    private final ExecutorService threads;

    public BatchService(AttributionService articles, AttributionWorkers workers, WhosaidConfig config) {
        this.articles = articles;
        this.maxArticles = config.batchMaxArticles();
        this.inFlight = workers.size();
        // These threads only wait for the engine's workers; the pool bounds the NLP work itself.
        this.threads = Executors.newCachedThreadPool(new DaemonThreads("whosaid-batch"));
    }

    /** Refuses a batch over the limit before any work is done. */
    public void checkSize(List<AttributionRequest> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidRequestException("articles", "articles must hold at least one article");
        }
        if (batch.size() > maxArticles) {
            throw new TooManyArticlesException(batch.size(), maxArticles);
        }
    }

    /** Attributes every article, handing each outcome to {@code sink} as it completes (on the calling thread). */
    public void run(List<AttributionRequest> batch, Consumer<Item> sink) {
        checkSize(batch);
        CompletionService<Item> done = new ExecutorCompletionService<>(threads);
        int next = 0;
        int running = 0;
        while (next < batch.size() || running > 0) {
            while (next < batch.size() && running < inFlight) {
                int index = next++;
                AttributionRequest article = batch.get(index);
                done.submit(() -> {
                    try {
                        return new Item(index, articles.attribute(article), null);
                    } catch (RuntimeException e) {
                        return new Item(index, null, e);
                    }
                });
                running++;
            }
            try {
                sink.accept(done.take().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("batch interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("batch item failed outside its own error handling", e.getCause());
            }
            running--;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
