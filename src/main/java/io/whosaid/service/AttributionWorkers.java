package io.whosaid.service;

import io.whosaid.config.WhosaidConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bounded pool that runs the engine: as many workers as cores (NLP is CPU-bound, more threads
 * only add memory), a bounded waiting line in front (a full line answers 503 at once instead of
 * piling up requests until memory runs out), and a deadline per article (the client gets its 503
 * and the worker is interrupted). HTTP threads only wait, so health checks and cached answers keep
 * flowing while the engine is saturated.
 */
@ApplicationScoped
public class AttributionWorkers {

    private final ThreadPoolExecutor pool;
    private final Duration deadline;

    public AttributionWorkers(WhosaidConfig config) {
        int workers = config.engine().workers() > 0 ? config.engine().workers() : Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.engine().queueSize())), new DaemonThreads("whosaid-engine"),
                new ThreadPoolExecutor.AbortPolicy());
        this.deadline = config.engine().deadline();
    }

    /** Runs the task on a worker and waits for it, at most until the deadline. */
    public <T> T run(Callable<T> task) {
        Future<T> future;
        try {
            future = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new EngineBusyException();
        }
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DeadlineExceededException(deadline);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeadlineExceededException(deadline);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("attribution failed", e.getCause());
        }
    }

    /** Articles attributed at once. */
    public int size() {
        return pool.getMaximumPoolSize();
    }

    /** Requests waiting for a worker now. */
    public int queued() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
