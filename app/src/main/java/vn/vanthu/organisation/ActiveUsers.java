package vn.vanthu.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person behind an API token, read in one statement on every request: the account, its agency, its unit and
 * its roles. It runs on every call an integrator makes, so it is one round trip and no transaction.
 */
@Component
class ActiveUsers {

    private final JdbcClient jdbc;

    ActiveUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CurrentUser> find(UUID id, long credentialStamp) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.position_title, u.password_changed_at, a.code, a.name,
                       u.unit_id, un.name as unit_name,
                       array(select r.role from app_user_role r where r.user_id = u.id) as roles
                from app_user u
                join agency a on a.id = u.agency_id
                left join unit un on un.id = u.unit_id
                where u.id = ? and u.enabled
                """)
                .param(id)
                .query((rs, row) -> stamp(rs) == credentialStamp ? currentUser(rs) : null)
                .optional();
    }

    /** As {@link User#credentialStamp()} counts it. */
    private static long stamp(ResultSet rs) throws SQLException {
        OffsetDateTime changed = rs.getObject("password_changed_at", OffsetDateTime.class);
        return changed == null ? 0 : ChronoUnit.MICROS.between(Instant.EPOCH, changed.toInstant());
    }

    private static CurrentUser currentUser(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array array = rs.getArray("roles");
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
                rs.getString("position_title"), new AgencyCode(rs.getString("code")), rs.getString("name"),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), roles);
    }
}
