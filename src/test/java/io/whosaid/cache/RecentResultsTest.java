package io.whosaid.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

    @Test
    void aHitNeedsTheSameTextAndTarget() {
        RecentResults<String> recent = new RecentResults<>(1000);
        recent.put("id", " t ", "text", "answer", 10);
        assertEquals(Optional.of("answer"), recent.get("id", "t", "text"));
        assertTrue(recent.get("id", "t", "other text").isEmpty(), "same hash, other text: a collision, no hit");
        assertTrue(recent.get("id", null, "text").isEmpty());
        assertTrue(recent.get("other", "t", "text").isEmpty());
    }

    @Test
    void theLeastRecentlyUsedLeaveFirstWhenFull() {
        RecentResults<String> recent = new RecentResults<>(100);
        recent.put("a", null, "aaaaaaaaaa", "A", 10); // 20 chars each
        recent.put("b", null, "bbbbbbbbbb", "B", 10);
        recent.put("c", null, "cccccccccc", "C", 10);
        recent.put("d", null, "dddddddddd", "D", 10);
        recent.get("a", null, "aaaaaaaaaa"); // a is now the most recent
        recent.put("e", null, "eeeeeeeeee", "E", 10);
        recent.put("f", null, "ffffffffff", "F", 10); // 120 chars: b, the least recent, leaves
        assertTrue(recent.get("b", null, "bbbbbbbbbb").isEmpty());
        assertEquals(Optional.of("A"), recent.get("a", null, "aaaaaaaaaa"));
        assertEquals(5, recent.size());
    }

    @Test
    void anAnswerTooLargeForTheBoundIsNotKept() {
        RecentResults<String> recent = new RecentResults<>(100);
        recent.put("big", null, "x".repeat(30), "X", 0);
        assertTrue(recent.get("big", null, "x".repeat(30)).isEmpty());
    }
}
