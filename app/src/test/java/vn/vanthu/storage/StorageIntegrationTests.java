package vn.vanthu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import vn.vanthu.IntegrationTest;
import vn.vanthu.core.InvalidValue;

@IntegrationTest
class StorageIntegrationTests {

    @Autowired
    Storage storage;
    @Autowired
    FileStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsTheSameContentOnceUnderItsHash() throws IOException {
        byte[] pdf = ("%PDF-1.4\n% Công văn số 15/CT-UBND " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        StoredFile first = storage.store(new ByteArrayInputStream(pdf), "files");
        StoredFile second = storage.store(new ByteArrayInputStream(pdf), "files");

        assertThat(second).isEqualTo(first);
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.size()).isEqualTo(pdf.length);
        try (InputStream back = storage.open(first.sha256())) {
            assertThat(back.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(first.sha256())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAProgramWhateverItsNameAndKeepsNothingOfIt() {
        long before = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(program), "files"))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "files")
                .extracting("messageKey").isEqualTo("storage.file.type-not-allowed");
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesAFileOverTheLimitWhileItStreamsIn() throws IOException {
        Storage small = new Storage(store, jdbc, new StorageProperties(Path.of("target/test-files"),
                DataSize.ofKilobytes(1)));
        byte[] big = new byte[4096];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertThatThrownBy(() -> small.store(new ByteArrayInputStream(big), "files"))
                .extracting("messageKey").isEqualTo("storage.file.too-large");
        assertThatThrownBy(() -> small.store(new ByteArrayInputStream(new byte[0]), "files"))
                .extracting("messageKey").isEqualTo("storage.file.empty");
    }
}
