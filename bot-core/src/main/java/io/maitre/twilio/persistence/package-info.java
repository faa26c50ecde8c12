/** The SMS opt-out list and outbound delivery statuses in the service's database. */
package io.maitre.twilio.persistence;
