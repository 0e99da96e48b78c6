package vn.vanthu.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first system administrator of a new deployment, and the agency they belong to, taken from configuration
 * ({@code VANTHU_ADMIN_*}) when no administrator exists yet.
 *
 * @param required refuse to start when there is no administrator and none is configured (production)
 */
@ConfigurationProperties("vanthu.bootstrap")
public record BootstrapProperties(
        @DefaultValue("false") boolean required,
        @Nullable String adminUsername,
        @Nullable String adminPassword,
        @DefaultValue("Quản trị hệ thống") String adminFullName,
        @DefaultValue("Quản trị hệ thống") String adminPositionTitle,
        @Nullable String agencyCode,
        @Nullable String agencyName,
        @DefaultValue("UBND") String agencyAbbreviation,
        @DefaultValue("PROVINCE") AgencyLevel agencyLevel) {

    boolean configured() {
        return adminUsername != null && !adminUsername.isBlank() && adminPassword != null
                && !adminPassword.isBlank() && agencyCode != null && !agencyCode.isBlank();
    }
}
