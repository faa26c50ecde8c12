/** Conversation state, where it is kept between turns, and the lock that serializes a conversation's turns. */
package io.maitre.conversation;
