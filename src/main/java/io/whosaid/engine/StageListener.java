package io.whosaid.engine;

/**
 * Told how long each stage of one article took, so the service can publish per-stage timers
 * without the engine depending on a metrics library.
 */
@FunctionalInterface
public interface StageListener {

    /** Tagging (tokens, sentences, POS, lemmas, NER), in the names {@link #stageFinished} receives. */
    String TAGGING = "tagging";
    /** Dependency parsing of the sentences that can hold a cue. */
    String PARSING = "parsing";
    /** Quote marks, cues, speakers and quotes. */
    String ATTRIBUTION = "attribution";
    /** Stance of every quote. */
    String STANCE = "stance";

    StageListener NONE = (stage, nanos) -> { };

    void stageFinished(String stage, long nanos);
}
