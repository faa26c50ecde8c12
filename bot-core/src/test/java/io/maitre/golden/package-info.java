/** Replays the golden conversations of the repository's conversations/ folder through web chat, SMS and voice. */
package io.maitre.golden;
