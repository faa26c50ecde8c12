/** End-to-end tests of the whole service through the chat page in a real browser. */
package io.maitre.web;
