/**
 * The shared kernel: the exceptions every module throws for a refused request, the contract of an audited event
 * and text folding for search.
 * It depends on nothing else in VanThu.
 */
@ApplicationModule(displayName = "Core")
@NullMarked
package vn.vanthu.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
