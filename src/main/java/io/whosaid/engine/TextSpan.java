package io.whosaid.engine;

/** A half-open character range {@code [start, end)} of the article text, in UTF-16 code units. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(TextSpan other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return other.start < end && start < other.end;
    }

    public int overlap(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public TextSpan union(TextSpan other) {
        return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
    }
}
