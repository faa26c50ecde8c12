/** Generated from maitre/kitchen/v1/kitchen.proto: the Kitchen service and its messages. */
package io.maitre.kitchen.v1;
