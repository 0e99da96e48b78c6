package vn.vanthu.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who a person is, as printed on documents they sign: full name and position title (edXML {@code SignerInfo}).
 */
public record UserProfile(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) String positionTitle,
        @Nullable @Email @Size(max = 100) String email,
        @Nullable @Size(max = 20) String telephone) {
}
