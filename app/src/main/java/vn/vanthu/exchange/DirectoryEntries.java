package vn.vanthu.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table of the national directory, in SQL. An import compares tens of thousands of rows and writes the ones that
 * changed in JDBC batches; a search reads a page of rows with their parents' names. Neither needs entities in a
 * persistence context, so there are none.
 */
@Repository
class DirectoryEntries {

    private static final int BATCH_SIZE = 1000;
    private static final String WITH_PARENT = """
            select e.*, p.name as parent_name
            from exchange_directory_entry e
            left join exchange_directory_entry p on p.code102 = e.parent_code102
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DirectoryEntries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One import at a time, from any node: two at once would each count the other's rows as theirs. */
    void lockForImports() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vanthu.exchange.directory'))").query().singleRow();
    }

    /** The stored entries among {@code codes}, by QCVN 102 code. */
    Map<String, DirectoryEntry> existing(Collection<String> codes) {
        Map<String, DirectoryEntry> stored = new HashMap<>();
        jdbc.sql("select * from exchange_directory_entry where code102 = any(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> entry(rs))
                .list()
                .forEach(entry -> stored.put(entry.code102(), entry));
        return stored;
    }

    /**
     * The QCVN 102 codes of stored entries whose QCVN 102 or Decision 20 code is one of {@code codes}: parents a CSV
     * file names without listing them, keyed by the code it gives.
     */
    Map<String, String> parentsByEitherCode(Collection<String> codes) {
        Map<String, String> found = new HashMap<>();
        String[] wanted = codes.toArray(String[]::new);
        jdbc.sql("""
                select code102, code_qd20 from exchange_directory_entry
                where code102 = any(?) or code_qd20 = any(?)
                """)
                // positional: a named parameter would be spread into a list of placeholders
                .params(wanted, wanted)
                .query((ResultSet rs) -> {
                    found.put(rs.getString("code102"), rs.getString("code102"));
                    if (rs.getString("code_qd20") != null) {
                        found.putIfAbsent(rs.getString("code_qd20"), rs.getString("code102"));
                    }
                });
        return found;
    }

    /**
     * Writes new and changed entries, in batches. The caller holds the import lock and knows which are which, so one
     * statement serves both.
     */
    void write(List<DirectoryEntry> entries, Instant at) {
        batches.batchUpdate("""
                insert into exchange_directory_entry
                    (code102, code_qd20, old_code, name, parent_code102, email, search_key, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code102) do update set code_qd20 = excluded.code_qd20, old_code = excluded.old_code,
                    name = excluded.name, parent_code102 = excluded.parent_code102, email = excluded.email,
                    search_key = excluded.search_key, imported_at = excluded.imported_at
                """, entries, BATCH_SIZE, (statement, entry) -> {
            statement.setString(1, entry.code102());
            statement.setString(2, entry.codeQd20());
            statement.setString(3, entry.oldCode());
            statement.setString(4, entry.name());
            statement.setString(5, entry.parentCode102());
            statement.setString(6, entry.email());
            statement.setString(7, entry.searchKey());
            statement.setTimestamp(8, Timestamp.from(at));
        });
    }

    /**
     * A page of the entries whose search key contains {@code key} (already folded and escaped for {@code like}), in
     * name order, each with its parent's name when the directory lists the parent.
     */
    List<Found> search(String key, long offset, int limit) {
        return jdbc.sql(WITH_PARENT + """
                where e.search_key like ? escape '\\'
                order by e.name, e.code102
                offset ? limit ?
                """)
                .params("%" + key + "%", offset, limit)
                .query((rs, n) -> new Found(entry(rs), rs.getString("parent_name")))
                .list();
    }

    long count(String key) {
        return jdbc.sql("select count(*) from exchange_directory_entry where search_key like ? escape '\\'")
                .param("%" + key + "%")
                .query(Long.class)
                .single();
    }

    Optional<Found> find(String code102) {
        return jdbc.sql(WITH_PARENT + "where e.code102 = ?")
                .param(code102)
                .query((rs, n) -> new Found(entry(rs), rs.getString("parent_name")))
                .optional();
    }

    private static DirectoryEntry entry(ResultSet rs) throws SQLException {
        return new DirectoryEntry(rs.getString("code102"), rs.getString("code_qd20"), rs.getString("old_code"),
                rs.getString("name"), rs.getString("parent_code102"), rs.getString("email"));
    }

    /** A stored entry and the name of its parent, if the directory lists it. */
    record Found(DirectoryEntry entry, @Nullable String parentName) {
    }
}
