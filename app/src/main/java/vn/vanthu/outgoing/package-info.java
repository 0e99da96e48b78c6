/**
 * Outgoing documents (văn bản đi), Decree 30/2020 Art. 10–19: drafted by a specialist (uploaded or composed in the
 * Decree 30 layout), reviewed up a chain, signed by the competent official, numbered from an outgoing register and
 * sealed with the agency signature by the clerk, and issued: delivered at once to the agencies of the deployment,
 * whose progress comes back onto the recipient table.
 */
@ApplicationModule(displayName = "Văn bản đi (outgoing)")
@NullMarked
package vn.vanthu.outgoing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
