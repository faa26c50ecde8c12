/** The application's side of the SMS and voice channels: outlets by Twilio number and the channels' shared state. */
package io.maitre.twilio;
