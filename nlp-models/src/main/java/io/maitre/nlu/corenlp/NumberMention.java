package io.maitre.nlu.corenlp;

import java.math.BigDecimal;

/**
 * A number said in digits or in words ("2", "twenty four", "a dozen" reads as 12), outside any time expression.
 *
 * @param text the words of the number as written
 * @param begin character offset in the analyzed text, inclusive
 * @param end character offset in the analyzed text, exclusive
 * @param value the value, without trailing zeros (24, not 24.0)
 * @param ordinal whether it is an ordinal ("second", "3rd")
 */
public record NumberMention(String text, int begin, int end, BigDecimal value, boolean ordinal) {
}
