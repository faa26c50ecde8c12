/** The staff console's use cases: who owns a conversation, taking over, replying, handing back, closing. */
package io.maitre.staff;
