/**
 * The shared kernel every module builds on: the base of an aggregate, the exceptions for a refused request, the
 * contract of an audited event, paging, text folding for search and Vietnam's time. It depends on nothing else in
 * VanThu.
 */
@ApplicationModule(displayName = "Core")
@NullMarked
package vn.vanthu.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
