package io.maitre.nlu;

/**
 * A training example of the intent classifier.
 *
 * @param intent the intent it is labelled with
 * @param evidence what the classifier reads of it
 */
record IntentSample(Intent intent, IntentEvidence evidence) {
}
