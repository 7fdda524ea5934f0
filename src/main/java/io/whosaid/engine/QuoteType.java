package io.whosaid.engine;

/** How a quote is worded: all in quotation marks, reported with a quoted fragment, or reported only. */
public enum QuoteType {
    DIRECT, MIXED, INDIRECT
}
