/**
 * Where the data lives: the embedded PostgreSQL server VanThu starts itself when no external server is configured.
 */
@ApplicationModule(displayName = "Database")
@NullMarked
package vn.vanthu.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
