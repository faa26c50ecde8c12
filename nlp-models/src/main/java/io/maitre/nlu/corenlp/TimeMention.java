package io.maitre.nlu.corenlp;

import java.time.ZonedDateTime;

/**
 * A point in time the customer asked for, resolved against the moment and zone of the turn.
 *
 * @param text the words of the time as written ("6:30 tonight", "in 20 minutes", "asap")
 * @param begin character offset in the analyzed text, inclusive
 * @param end character offset in the analyzed text, exclusive
 * @param at the instant in the turn's zone, or {@code null} when {@code asap}
 * @param asap whether the customer wants it as soon as possible ("asap", "now", "right away")
 */
public record TimeMention(String text, int begin, int end, ZonedDateTime at, boolean asap) {
}
