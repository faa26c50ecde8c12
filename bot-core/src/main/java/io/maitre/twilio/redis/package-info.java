/** The Twilio channels' shared state in Redis, so every instance sees the same deliveries and calls. */
package io.maitre.twilio.redis;
