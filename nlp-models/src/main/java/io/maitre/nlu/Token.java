package io.maitre.nlu;

/**
 * One word of an utterance after normalization.
 *
 * @param surface the word lower-cased, NFKC-folded, without accents or apostrophes ("i'd" → "id")
 * @param norm the canonical form used for matching: number words as digits ("two" → "2") and units folded
 *     ("ounces" → "oz")
 * @param start character offset in the original text, inclusive
 * @param end character offset in the original text, exclusive
 */
record Token(String surface, String norm, int start, int end) {
}
