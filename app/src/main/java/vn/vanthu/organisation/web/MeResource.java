package vn.vanthu.organisation.web;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/** The signed-in person as {@code GET /api/v1/me} answers. */
record MeResource(
        UUID id,
        String username,
        String fullName,
        String positionTitle,
        String agencyCode,
        String agencyName,
        @Nullable UUID unitId,
        @Nullable String unitName,
        Set<Role> roles) {

    static MeResource of(CurrentUser me) {
        return new MeResource(me.id(), me.username(), me.fullName(), me.positionTitle(), me.agencyCode().value(),
                me.agencyName(), me.unitId(), me.unitName(), me.roles());
    }
}
