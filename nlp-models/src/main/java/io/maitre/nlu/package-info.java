/** Understanding one customer utterance: its intent, entities and the order items it names. */
package io.maitre.nlu;
