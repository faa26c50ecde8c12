/** The gRPC adapter of the kitchen: the Kitchen service terminals dial into, and its server. */
package io.maitre.kitchen.grpc;
