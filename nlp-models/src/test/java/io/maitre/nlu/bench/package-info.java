/** JMH benchmarks of the local understanding pipeline. */
package io.maitre.nlu.bench;
