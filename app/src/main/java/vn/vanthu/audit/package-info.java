/**
 * The audit trail: every change to VanThu's records and every sign-in, appended to a hash-chained table that a
 * check can prove untouched. Modules take part by publishing events that implement {@link vn.vanthu.core.Audited}.
 */
@ApplicationModule(displayName = "Nhật ký (audit)")
@NullMarked
package vn.vanthu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
