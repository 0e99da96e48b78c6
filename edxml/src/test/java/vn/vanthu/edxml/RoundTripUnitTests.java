package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the writer writes, the parser reads back the same: the two agree on every element and value.
 *
 * <p>Each test runs over fixed seeds of {@link RandomPackages}, one dynamic test per seed; a failure names its seed,
 * and {@code new RandomPackages(seed)} makes the same value again.
 */
class RoundTripUnitTests {

    @TempDir
    static Path attachments;

    @TestFactory
    Stream<DynamicTest> documentPackagesReadBackAsWritten() {
        return forSeeds(1_000, 300, seed -> {
            EdxmlEnvelope envelope = new RandomPackages(seed).envelope();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().write(envelope, out);

            assertSame(parser().parseEnvelope(new ByteArrayInputStream(out.toByteArray())), envelope);
        });
    }

    @TestFactory
    Stream<DynamicTest> statusMessagesReadBackAsWritten() {
        return forSeeds(2_000, 300, seed -> {
            StatusMessage status = new RandomPackages(seed).status();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().write(status, out);

            assertThat(parser().parseStatus(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(status);
        });
    }

    /** Signed with RSA for even seeds, with EC for odd ones. */
    @TestFactory
    Stream<DynamicTest> signedPackagesValidateAndReadBackAsWritten() {
        return forSeeds(3_000, 40, seed -> {
            EdxmlEnvelope envelope = new RandomPackages(seed).envelope();
            Path file = Files.createTempFile(attachments, "signed-", ".edxml");
            try {
                try (var out = Files.newOutputStream(file)) {
                    new EdxmlWriter(attachments).write(envelope, seed % 2 == 0 ? TestKeys.rsa() : TestKeys.ec(), out);
                }

                assertThat(new EdxmlSignatureValidator().validate(file).verdict())
                        .isEqualTo(SignatureValidation.Verdict.VALID);
                try (InputStream in = Files.newInputStream(file)) {
                    assertSame(parser().parseEnvelope(in), envelope);
                }
            } finally {
                Files.delete(file);
            }
        });
    }

    /** One test per seed from {@code first} on, named by its seed, and any failure rethrown with the seed. */
    private static Stream<DynamicTest> forSeeds(long first, int count, SeededTest test) {
        return LongStream.range(first, first + count).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            try {
                test.run(seed);
            } catch (Throwable failure) {
                throw new AssertionError("seed " + seed + ": " + failure, failure);
            }
        }));
    }

    @FunctionalInterface
    private interface SeededTest {
        void run(long seed) throws Exception;
    }

    private static EdxmlParser parser() {
        return new EdxmlParser(ParserLimits.DEFAULT, attachments);
    }

    /** Equal but for where the attachment bytes live: compared as bytes, then the parsed files are deleted. */
    private static void assertSame(EdxmlEnvelope read, EdxmlEnvelope written) {
        assertThat(withoutContent(read)).isEqualTo(withoutContent(written));
        for (int i = 0; i < written.attachments().size(); i++) {
            assertThat(bytes(read.attachments().get(i))).isEqualTo(bytes(written.attachments().get(i)));
            ((FileContent) read.attachments().get(i).content()).file().toFile().delete();
        }
    }

    private static EdxmlEnvelope withoutContent(EdxmlEnvelope envelope) {
        List<Attachment> details = envelope.attachments().stream().map(attachment -> new Attachment(
                attachment.contentId(), attachment.contentType(), attachment.attachmentName(),
                attachment.description(), null)).toList();
        return new EdxmlEnvelope(envelope.messageHeader(), envelope.traceHeaderList(), details);
    }

    private static byte[] bytes(Attachment attachment) {
        try (InputStream in = attachment.content().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
