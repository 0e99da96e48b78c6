/**
 * Exchange (liên thông): documents travel to and from systems outside the deployment (other provinces, ministries,
 * the national hub) as edXML packages (QCVN 102:2016). Connected systems are registered with a shared secret each way
 * and a routing table from agency code to system; a package that comes in is stored before it is acknowledged and
 * becomes an incoming document of the agency it is addressed to; what goes out (issued documents, their recall and
 * correction, the statuses of documents received from outside) waits in an outbox until the peer has taken it.
 */
@ApplicationModule(displayName = "Liên thông (exchange)")
@NullMarked
package vn.vanthu.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
