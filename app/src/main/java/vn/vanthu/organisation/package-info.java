/**
 * The organisation of a province: agencies (cơ quan) in a tree with their identity codes, units (phòng, ban)
 * inside an agency, and the people who work there with their roles and position titles.
 */
@ApplicationModule(displayName = "Tổ chức (organisation)")
@NullMarked
package vn.vanthu.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
