/** Redis adapters for the conversation store and lock, used in production so that instances share nothing in memory. */
package io.maitre.conversation.redis;
