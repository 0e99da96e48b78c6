package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** What the writer writes, the parser reads back the same: the two agree on every element and value. */
class RoundTripUnitTests {

    private static Path attachments;

    @BeforeContainer
    static void createAttachmentDirectory() throws IOException {
        attachments = Files.createTempDirectory("edxml-round-trip-");
    }

    @AfterContainer
    static void deleteAttachmentDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(attachments)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Property(tries = 300)
    void documentPackagesReadBackAsWritten(@ForAll("envelopes") EdxmlEnvelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(envelope, out);

        EdxmlEnvelope read = parser().parseEnvelope(new ByteArrayInputStream(out.toByteArray()));

        assertSame(read, envelope);
    }

    @Property(tries = 300)
    void statusMessagesReadBackAsWritten(@ForAll("statuses") StatusMessage status) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(status, out);

        assertThat(parser().parseStatus(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(status);
    }

    @Property(tries = 40)
    void signedPackagesValidateAndReadBackAsWritten(@ForAll("envelopes") EdxmlEnvelope envelope,
                                                    @ForAll boolean rsa) throws IOException {
        Path file = Files.createTempFile(attachments, "signed-", ".edxml");
        try {
            try (var out = Files.newOutputStream(file)) {
                new EdxmlWriter(attachments).write(envelope, rsa ? TestKeys.rsa() : TestKeys.ec(), out);
            }

            assertThat(new EdxmlSignatureValidator().validate(file).verdict())
                    .isEqualTo(SignatureValidation.Verdict.VALID);
            try (InputStream in = Files.newInputStream(file)) {
                assertSame(parser().parseEnvelope(in), envelope);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<EdxmlEnvelope> envelopes() {
        return RandomPackages.envelopes();
    }

    @Provide
    Arbitrary<StatusMessage> statuses() {
        return RandomPackages.statuses();
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
