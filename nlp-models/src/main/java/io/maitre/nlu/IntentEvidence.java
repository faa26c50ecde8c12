package io.maitre.nlu;

/**
 * What the intent classifier reads of a message: the tokens of {@link IntentFeatures} (words, spellings, word
 * classes, the rules' vote) and the vector of what the message means ({@link StaticEmbeddings}).
 *
 * @param features the feature tokens, each present or not
 * @param meaning the message's vector, of unit length; empty where a model is trained on tokens alone
 */
record IntentEvidence(String[] features, float[] meaning) {
}
