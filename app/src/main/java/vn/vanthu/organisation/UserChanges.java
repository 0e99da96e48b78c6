package vn.vanthu.organisation;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A full edit of an account by an administrator (the password has its own commands), made on the account's
 * {@code version}.
 */
public record UserChanges(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) String positionTitle,
        @Nullable @Email @Size(max = 100) String email,
        @Nullable @Size(max = 20) String telephone,
        @Nullable UUID unitId,
        @NotEmpty Set<Role> roles,
        boolean enabled,
        @Nullable Long version) {

    UserProfile profile() {
        return new UserProfile(fullName, positionTitle, email, telephone);
    }
}
