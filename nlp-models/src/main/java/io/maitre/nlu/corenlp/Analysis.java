package io.maitre.nlu.corenlp;

import java.util.List;

/**
 * What CoreNLP read in one utterance. Offsets are into the text given to
 * {@link CoreNlpAnalyzer#analyze(String, java.time.ZonedDateTime)}; only its first
 * {@link CoreNlpAnalyzer#MAX_CHARS} characters are read.
 *
 * @param tokens the words with their lemmas, in order
 * @param times the times asked for, in order (empty unless {@link CoreNlpAnalyzer#mayContainTime(String)})
 * @param numbers the numbers outside those times, in order
 */
public record Analysis(List<Token> tokens, List<TimeMention> times, List<NumberMention> numbers) {

    /** The analysis of a text with no words. */
    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of());

    public Analysis {
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        numbers = List.copyOf(numbers);
    }
}
