/** Staff users, the audit log and private notes in the database. */
package io.maitre.staff.persistence;
