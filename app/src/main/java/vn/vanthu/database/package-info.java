/**
 * Where the data lives and what keeps it moving: the embedded PostgreSQL server VanThu starts itself when no
 * external server is configured, the database locks that let one node of many run each scheduled job, and the
 * redelivery of module events whose listeners failed.
 */
@ApplicationModule(displayName = "Database")
@NullMarked
package vn.vanthu.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
