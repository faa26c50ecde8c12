/** The dialogue manager: decides the bot's next act from the conversation state and what the customer said. */
package io.maitre.dialogue;
