/** The web chat channel: REST API, WebSocket and the chat page's server side. */
package io.maitre.channel.web;
