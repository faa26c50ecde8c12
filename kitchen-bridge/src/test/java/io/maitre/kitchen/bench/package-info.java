/** Latency benchmarks of the kitchen bridge over real loopback sockets. */
package io.maitre.kitchen.bench;
