/** Production mode: the console's board and live signals shared by every instance through Redis. */
package io.maitre.staff.redis;
