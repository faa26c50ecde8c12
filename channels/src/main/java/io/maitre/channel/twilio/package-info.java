/** The SMS and voice channels through Twilio: signed webhooks in, TwiML out, and outbound texts through Twilio's REST API. */
package io.maitre.channel.twilio;
