package io.whosaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The service as clients see it: starts the packaged application ({@code target/quarkus-app}) as a
 * process of its own, on an in-memory cache, and measures time to ready, resident memory, uncached
 * and cached latency over HTTP (one keep-alive client), and throughput with 1, 2 and 4 concurrent
 * clients on distinct uncached articles (the seed article with a paragraph of its own each).
 * Prints a Markdown table. Run by {@link PipelineBenchmark} after its own table.
 */
public final class HttpBenchmark {

    private static final int PORT = 8097;
    private static final String URL = "http://localhost:" + PORT + "/api/v1/attributions";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    /** Warm-up with uncached articles before anything is timed (as PipelineBenchmark's). */
    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final long THROUGHPUT_NANOS = 15_000_000_000L;

    /** The service's JVM options; {@code -Dwhosaid.bench.service-jvm="..."} compares others. */
    private static final String SERVICE_JVM_OPTIONS = System.getProperty("whosaid.bench.service-jvm", "-Xmx1g");

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args.length > 0 ? args[0] : "target/quarkus-app"));
    }

    static void run(Path app) throws Exception {
        Path jar = app.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("\n(HTTP benchmark skipped: build the application first, ./mvnw package)");
            return;
        }
        String seed = seed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long spawned = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(SERVICE_JVM_OPTIONS.split("\\s+")));
        command.addAll(List.of("-Dquarkus.http.port=" + PORT,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "-Dquarkus.log.level=WARN",
                "-jar", jar.toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            double readyMs = awaitReady(spawned);
            long rssReady = rssMb(service.pid());
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            for (int i = 0; i < 10 || System.nanoTime() < warmUntil; i++) {
                post(unique(seed)); // the JIT's first articles, in the service and in this client
            }
            double[] uncached = new double[30];
            for (int i = 0; i < uncached.length; i++) {
                uncached[i] = post(unique(seed));
            }
            String cachedText = unique(seed);
            for (int i = 0; i < 2_000; i++) {
                post(cachedText); // the cached path is short: the JIT needs a few thousand calls of it
            }
            double[] cached = new double[1_000];
            for (int i = 0; i < cached.length; i++) {
                cached[i] = post(cachedText);
            }
            double one = throughput(seed, 1, service.pid(), null);
            double two = throughput(seed, 2, service.pid(), null);
            AtomicLong peak = new AtomicLong(rssMb(service.pid()));
            double four = throughput(seed, 4, service.pid(), peak);
            long appMb = sizeMb(app);
            Arrays.sort(uncached);
            Arrays.sort(cached);
            System.out.printf("%nService over HTTP (%s, one process, in-memory cache, %s):%n%n", app, SERVICE_JVM_OPTIONS);
            System.out.println("| measure | value |");
            System.out.println("|---|---:|");
            System.out.printf("| start to ready (models loaded and warmed up) | %.1f s |%n", readyMs / 1000);
            System.out.printf("| resident memory after ready | %d MB |%n", rssReady);
            System.out.printf("| resident memory, peak under 4 concurrent clients | %d MB |%n", peak.get());
            System.out.printf("| uncached seed article: p50 / p99 | %.0f / %.0f ms |%n", pct(uncached, 50), pct(uncached, 99));
            System.out.printf("| cached: p50 / p99 | %.2f / %.2f ms |%n", pct(cached, 50), pct(cached, 99));
            System.out.printf("| throughput, 1 client | %.2f articles/s |%n", one);
            System.out.printf("| throughput, 2 clients | %.2f articles/s (%.2fx) |%n", two, two / one);
            System.out.printf("| throughput, 4 clients | %.2f articles/s (%.2fx) |%n", four, four / one);
            System.out.printf("| packaged application (%s) | %d MB |%n", app.getFileName(), appMb);
        } finally {
            service.destroy();
        }
    }

    /**
     * Articles answered per second with {@code clients} posting distinct uncached articles back to
     * back for {@link #THROUGHPUT_NANOS}. Timed runs, not a fixed count: a run of a couple of seconds
     * (16 articles) moved the 2-client speed-up by +-0.2 from one run to the next.
     */
    private static double throughput(String seed, int clients, long pid, AtomicLong peakRss) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            long start = System.nanoTime();
            long until = start + THROUGHPUT_NANOS;
            AtomicInteger answered = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        post(unique(seed));
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            if (peakRss != null) {
                pool.submit(() -> {
                    while (running.stream().anyMatch(f -> !f.isDone())) {
                        peakRss.accumulateAndGet(rssMb(pid), Math::max);
                        Thread.sleep(100);
                    }
                    return null;
                });
            }
            for (Future<?> f : running) {
                f.get();
            }
            return answered.get() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unique(String seed) {
        return seed + "\n\nBenchmark paragraph " + UNIQUE.incrementAndGet() + " of run " + System.nanoTime() + ".";
    }

    /**
     * Posts one article and returns the milliseconds until the whole answer was read; fails on
     * non-200. The JDK's HttpClient, keeping its connections alive. (HttpURLConnection,
     * used before, added about 1.2 ms to every call on these machines: cached answers measured
     * 2.2-2.6 ms with it, 0.8-1.1 ms with this client and with Python's http.client.)
     */
    private static double post(String text) throws IOException, InterruptedException {
        byte[] body = ("{\"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long t = System.nanoTime();
        HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t) / 1e6;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static double awaitReady(long spawned) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/q/health/ready")).build();
        while (System.nanoTime() - spawned < 180_000_000_000L) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - spawned) / 1e6;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("service not ready in 180 s");
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    private static String seed() throws IOException {
        try (InputStream in = HttpBenchmark.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
