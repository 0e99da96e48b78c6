/**
 * Incoming documents (văn bản đến), Decree 30/2020 Art. 20–24: received and registered by a clerk with its arrival
 * number, submitted to a leader, assigned to handlers with a deadline and an instruction, handled and completed,
 * every step on record; and the inboxes and registers that follow them.
 */
@ApplicationModule(displayName = "Văn bản đến (incoming)")
@NullMarked
package vn.vanthu.incoming;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
