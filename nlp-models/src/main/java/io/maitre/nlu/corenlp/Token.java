package io.maitre.nlu.corenlp;

/**
 * One word as CoreNLP's tokenizer, tagger and lemmatizer see it.
 *
 * @param word the word as written ("pizzas")
 * @param lemma its dictionary form ("pizza"); for words the tagger does not know, the word itself
 * @param tag its Penn Treebank part of speech ("NNS")
 * @param begin character offset in the analyzed text, inclusive
 * @param end character offset in the analyzed text, exclusive
 */
public record Token(String word, String lemma, String tag, int begin, int end) {
}
