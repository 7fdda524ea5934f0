package io.whosaid.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The most recently used results, in memory, in front of the database: a hit costs no transaction,
 * no query and no JSON parsing (the database path costs a few milliseconds, this one microseconds).
 * Bounded by the characters it holds (texts and answers), least recently used out first. Like the
 * database, a hit needs the same text and target, not only the same hash. Thread-safe.
 *
 * @param <R> the stored answer (immutable)
 */
public final class RecentResults<R> {

    private record Entry<R>(String text, String target, R result, long chars) {
    }

    private final long maxChars;
    private final LinkedHashMap<String, Entry<R>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    public RecentResults(long maxChars) {
        this.maxChars = maxChars;
    }

    public synchronized Optional<R> get(String id, String target, String text) {
        Entry<R> e = entries.get(id);
        if (e == null || !e.text().equals(text)
                || !Objects.equals(CacheKey.normaliseTarget(e.target()), CacheKey.normaliseTarget(target))) {
            return Optional.empty();
        }
        return Optional.of(e.result());
    }

    /** Remembers a result; {@code answerChars} is the size of its serialised form (for the bound). */
    public synchronized void put(String id, String target, String text, R result, long answerChars) {
        long size = text.length() + answerChars;
        if (maxChars <= 0 || size > maxChars / 4) {
            return; // a giant article would evict everything else for one reuse
        }
        Entry<R> previous = entries.put(id, new Entry<>(text, target, result, size));
        chars += size - (previous == null ? 0 : previous.chars());
        for (Iterator<Map.Entry<String, Entry<R>>> oldest = entries.entrySet().iterator();
                chars > maxChars && oldest.hasNext();) {
            chars -= oldest.next().getValue().chars();
            oldest.remove();
        }
    }

    public synchronized void remove(String id) {
        Entry<R> e = entries.remove(id);
        if (e != null) {
            chars -= e.chars();
        }
    }

    public synchronized int size() {
        return entries.size();
    }
}
