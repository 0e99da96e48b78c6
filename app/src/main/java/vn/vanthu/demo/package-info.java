/**
 * The demo province (tỉnh Sơn Hà, fictional): about 296 agencies with units and people, loaded on first start with
 * the demo profile so that VanThu can be tried without any setup. Never loaded in production.
 */
@ApplicationModule(displayName = "Dữ liệu mẫu (demo)")
@NullMarked
package vn.vanthu.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
