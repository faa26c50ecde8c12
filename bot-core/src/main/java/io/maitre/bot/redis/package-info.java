/** Redis pub/sub fan-out of customer updates to every instance, for production mode. */
package io.maitre.bot.redis;
