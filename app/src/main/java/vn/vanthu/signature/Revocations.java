package vn.vanthu.signature;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When a certificate VanThu has on file was revoked, by its issuer and serial number. */
final class Revocations {

    private final JdbcClient jdbc;

    Revocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When {@code certificate} (DER) was revoked, if VanThu has this very certificate on file: found by its serial
     * number (as DSS gives it, decimal) and compared byte for byte, so a look-alike with the same serial proves
     * nothing.
     */
    @Nullable Instant revokedAt(@Nullable String serialNumber, byte @Nullable [] certificate) {
        if (serialNumber == null || certificate == null) {
            return null;
        }
        String hex;
        try {
            hex = new BigInteger(serialNumber).toString(16);
        } catch (NumberFormatException e) {
            return null;
        }
        return jdbc.sql("select revoked_at, certificate from signing_certificate "
                + "where serial_number = ? and revoked_at is not null")
                .param(hex)
                .query((rs, row) -> java.util.Arrays.equals(rs.getBytes(2), certificate)
                        ? rs.getObject(1, OffsetDateTime.class).toInstant() : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
