/** Replays the golden conversations of the repository's conversations/ folder through the web chat API. */
package io.maitre.golden;
