/** Stanford CoreNLP normalization: tokens and lemmas, numbers, times resolved with SUTime, and sentiment. */
package io.maitre.nlu.corenlp;
