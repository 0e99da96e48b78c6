/**
 * Registers (sổ đăng ký văn bản) of each agency and their numbering: numbers run from 1 each calendar year, per
 * register, with no gap and no duplicate however many clerks and nodes register at once, taken in the same
 * transaction as the registration they number.
 */
@ApplicationModule(displayName = "Sổ văn bản (register)")
@NullMarked
package vn.vanthu.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
