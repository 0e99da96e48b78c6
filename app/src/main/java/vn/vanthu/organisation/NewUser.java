package vn.vanthu.organisation;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An account to open: who, where, with which roles and first password. The user name is lower-cased and checked
 * against its rule by the service, the same way for the API and the web form.
 */
public record NewUser(
        @NotBlank @Size(max = 100) String username,
        @NotBlank String password,
        @NotBlank @Size(max = 13) String agencyCode,
        @Nullable UUID unitId,
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) String positionTitle,
        @Nullable @Email @Size(max = 100) String email,
        @Nullable @Size(max = 20) String telephone,
        @NotEmpty Set<Role> roles) {

    UserProfile profile() {
        return new UserProfile(fullName, positionTitle, email, telephone);
    }
}
