package vn.vanthu.organisation;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An account to open: who, where, with which roles and first password. */
public record NewUser(
        @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = USERNAME, message = "{organisation.user.username.format}")
        String username,
        @NotBlank String password,
        @NotBlank @Size(max = 13) String agencyCode,
        @Nullable UUID unitId,
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) String positionTitle,
        @Nullable @Email @Size(max = 100) String email,
        @Nullable @Size(max = 20) String telephone,
        @NotEmpty Set<Role> roles) {

    /** Lower-case letters, digits, dot, dash and underscore: the form of {@code vt.tinh}, {@code nguyenvana}. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]*";

    UserProfile profile() {
        return new UserProfile(fullName, positionTitle, email, telephone);
    }
}
