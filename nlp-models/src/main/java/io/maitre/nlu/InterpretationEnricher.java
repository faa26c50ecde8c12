package io.maitre.nlu;

/**
 * A step of the {@link UnderstandingPipeline} after the intent is decided that may add what the catalog reading
 * missed: the trained name finder's names and unknown menu words, or another analyzer's times. It should leave
 * the interpretation as it is, and cheaply, when there is nothing for it to add.
 */
@FunctionalInterface
public interface InterpretationEnricher {

    /**
     * The interpretation with what this step adds.
     *
     * @param interpretation what the pipeline has so far, never {@code null}
     * @param context the context of the utterance, possibly {@code null}
     * @return the enriched interpretation, or the same one when there is nothing to add
     */
    Interpretation enrich(Interpretation interpretation, InterpretationContext context);
}
