/**
 * Training the models {@code io.maitre.nlu} ships, and the experiments behind them: the package of nlp-models, so
 * that the trainer reads its package-private parts as its tests do, without widening the service's API.
 */
package io.maitre.nlu;
