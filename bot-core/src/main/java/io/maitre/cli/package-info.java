/** Command-line tools: chatting with the bot in a terminal and reading utterances through the NLU. */
package io.maitre.cli;
