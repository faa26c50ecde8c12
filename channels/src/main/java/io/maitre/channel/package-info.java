/** Channel-neutral conversation messages and the port through which every channel reaches the bot. */
package io.maitre.channel;
