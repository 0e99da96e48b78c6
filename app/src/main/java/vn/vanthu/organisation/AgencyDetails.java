package vn.vanthu.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for an agency. The identity code is fixed once the agency exists: other systems
 * and VanThu's own records refer to the agency by it. {@code version} is the version the edit was made on (none for
 * a new agency).
 */
public record AgencyDetails(
        @NotBlank @Size(max = 13) String code,
        @Nullable @Size(max = 35) String codeQd20,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String abbreviation,
        @NotNull AgencyLevel level,
        @Nullable @Size(max = 13) String parentCode,
        @Nullable Integer sortOrder,
        @Nullable @Size(max = 500) String address,
        @Nullable @Email @Size(max = 100) String email,
        @Nullable @Size(max = 20) String telephone,
        @Nullable @Size(max = 20) String fax,
        @Nullable @Size(max = 200) String website,
        @Nullable Long version) {

    AgencyCode agencyCode() {
        return AgencyCode.of(code);
    }

    @Nullable Decision20Code decision20Code() {
        return blank(codeQd20) ? null : Decision20Code.of(codeQd20);
    }

    @Nullable AgencyCode parentAgencyCode() {
        return blank(parentCode) ? null : AgencyCode.of(parentCode);
    }

    Contact contact() {
        return new Contact(trimmed(address), trimmed(email), trimmed(telephone), trimmed(fax), trimmed(website));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }
}
