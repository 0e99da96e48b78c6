/**
 * Exchange (liên thông) with agencies served by other systems, through the national document exchange hub. So far:
 * the national agency directory, loaded from the hub's list, which clerks search to address documents outside the
 * deployment.
 */
@ApplicationModule(displayName = "Exchange")
@NullMarked
package vn.vanthu.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
