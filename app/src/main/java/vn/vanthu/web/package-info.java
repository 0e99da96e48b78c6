/**
 * The shell every page and API answer shares: layout, language (Vietnamese first, English second), the home page,
 * RFC 9457 Problem Details for refused requests and the OpenAPI document; and the printing of official papers (PDF in
 * an embedded Times-compatible font) and of the register books (PDF and spreadsheet), whose modules lay them out.
 */
@ApplicationModule(displayName = "Giao diện chung (web shell)")
@NullMarked
package vn.vanthu.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
