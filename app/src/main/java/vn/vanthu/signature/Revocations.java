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
     * @param serialNumber as DSS gives it (decimal); serials here are 127 random bits, so one names one certificate
     */
    @Nullable Instant revokedAt(@Nullable String serialNumber) {
        if (serialNumber == null) {
            return null;
        }
        String hex;
        try {
            hex = new BigInteger(serialNumber).toString(16);
        } catch (NumberFormatException e) {
            return null;
        }
        return jdbc.sql("select revoked_at from signing_certificate where serial_number = ? and revoked_at is not null")
                .param(hex)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional().orElse(null);
    }
}
