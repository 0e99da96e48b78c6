package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Run in a JVM of its own with a small heap ({@code -Xmx64m}) by {@link LargePackageUnitTests}: writes a package
 * with a large generated attachment straight into the parser (or signs and validates one), and prints what came
 * out. Running out of memory fails it, which is the point.
 */
final class LargePackageCheck {

    private LargePackageCheck() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long attachmentBytes = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        if (mode.equals("parse")) {
            parse(attachmentBytes, dir);
        } else {
            signAndValidate(attachmentBytes, dir);
        }
        System.out.println("peak heap " + peakHeap() / (1024 * 1024) + " MB of "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }

    /** Writer and parser joined by a pipe: the package exists only as it streams through. */
    private static void parse(long attachmentBytes, Path dir) throws Exception {
        GeneratedContent content = new GeneratedContent(attachmentBytes);
        PipedInputStream in = new PipedInputStream(64 * 1024);
        OutputStream out = new Counting(new PipedOutputStream(in));
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (out) {
                new EdxmlWriter(dir).write(envelope(() -> content), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        EdxmlEnvelope read = new EdxmlParser(ParserLimits.DEFAULT, dir).parseEnvelope(in);
        writing.join();
        FileContent file = (FileContent) read.attachments().get(0).content();
        System.out.println("package bytes " + ((Counting) out).count);
        System.out.println("attachment bytes " + file.size() + " on disk " + Files.size(file.file()));
        System.out.println("attachment intact " + Arrays.equals(content.sha256(), sha256(file)));
        System.out.println("subject " + read.messageHeader().subject());
        Files.delete(file.file());
    }

    private static void signAndValidate(long attachmentBytes, Path dir) throws Exception {
        Path signed = dir.resolve("signed.edxml");
        try (OutputStream out = Files.newOutputStream(signed)) {
            new EdxmlWriter(dir).write(envelope(() -> new GeneratedContent(attachmentBytes)), TestKeys.ec(), out);
        }
        System.out.println("signed package bytes " + Files.size(signed));
        System.out.println("verdict " + new EdxmlSignatureValidator().validate(signed).verdict());
        Files.delete(signed);
    }

    private static EdxmlEnvelope envelope(AttachmentContent content) {
        return SamplePackages.envelope(List.of(Attachment.of("Hồ sơ quét.pdf", "application/pdf", null, content)));
    }

    private static byte[] sha256(FileContent file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(file.open(), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Counts what passes. */
    private static final class Counting extends java.io.FilterOutputStream {

        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
