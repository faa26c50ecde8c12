/** Dialogflow ES as a remote intent source behind a time limit, a circuit breaker and a bulkhead, and the agent export. */
package io.maitre.nlu.dialogflow;
