/** The staff console over HTTP: sign-in and its security rules, the JSON API, the live WebSocket. */
package io.maitre.staff.web;
