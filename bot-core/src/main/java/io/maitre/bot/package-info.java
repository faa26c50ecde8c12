/** The bot as the channels see it: runs each turn under the conversation's lock, from message to reply. */
package io.maitre.bot;
