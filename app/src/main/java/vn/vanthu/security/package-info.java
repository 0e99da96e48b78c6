/**
 * Sign-in: the web form with its session, bearer tokens for the API, lock-out, CSRF, cookies and security headers,
 * and the checks that keep a production deployment from starting with demo secrets.
 */
@ApplicationModule(displayName = "Đăng nhập (security)")
@NullMarked
package vn.vanthu.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
