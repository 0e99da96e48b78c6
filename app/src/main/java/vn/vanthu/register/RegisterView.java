package vn.vanthu.register;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;

/** A register as lists and forms show it. */
public record RegisterView(UUID id, AgencyCode agencyCode, RegisterKind kind, String name, boolean confidential,
        int sortOrder, boolean active, @Nullable Long version) {
}
