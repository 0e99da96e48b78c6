package vn.vanthu.edxml;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;

/**
 * Writes a signed package in three streaming passes, because the signature sits in the header but covers the
 * attachments after it: the package is written to a work file with a slot for the signature, its digest is
 * computed from that file, and the file is copied out with the signature put into the slot. Memory stays small
 * whatever the attachments weigh.
 */
final class PackageSigner {

    /** Our own output needs no size limit; the depth is the parser's. */
    private static final ParserLimits OWN_OUTPUT = new ParserLimits(Long.MAX_VALUE, 64, Integer.MAX_VALUE);

    private PackageSigner() {
    }

    static void write(EdxmlMessage message, SigningKey key, OutputStream out, Path workDirectory) {
        Path unsigned = null;
        try {
            Files.createDirectories(workDirectory);
            unsigned = Files.createTempFile(workDirectory, "edxml-unsigned-", ".xml");
            long slot;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(unsigned), 64 * 1024)) {
                slot = PackageWriter.write(message, file, true);
            }
            byte[] digest;
            try (InputStream file = Files.newInputStream(unsigned)) {
                digest = ReferenceDigest.compute(file, OWN_OUTPUT, SignatureXml.TRANSFORMS, SignatureXml.DIGEST);
            }
            byte[] signature = SignatureXml.write(method(key), digest, sign(key, digest), key.chain());
            try (InputStream file = Files.newInputStream(unsigned)) {
                copy(file, out, slot);
                out.write(signature);
                file.transferTo(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(unsigned);
        }
    }

    private static byte[] sign(SigningKey key, byte[] digest) {
        try {
            Signature signer = Signature.getInstance(method(key).jcaName);
            signer.initSign(key.privateKey());
            signer.update(canonicalSignedInfo(key, digest));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new EdxmlException(EdxmlException.Rule.SIGNING_FAILED, "Signature", e.getMessage(), e);
        }
    }

    /**
     * SignedInfo as the validator will canonicalize it: read back from the Signature element placed among the
     * same ancestors as in the package, because inclusive canonicalization renders the namespaces in scope.
     */
    private static byte[] canonicalSignedInfo(SigningKey key, byte[] digest) {
        byte[] draft = SignatureXml.write(method(key), digest, new byte[1], key.chain());
        String skeleton = "<edXML xmlns=\"" + EdxmlMessage.NAMESPACE + "\"><edXML:edXMLEnvelope xmlns:edXML=\""
                + EdxmlMessage.NAMESPACE + "\"><edXML:edXMLHeader>" + new String(draft, StandardCharsets.UTF_8)
                + "</edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>";
        InputStream in = new ByteArrayInputStream(skeleton.getBytes(StandardCharsets.UTF_8));
        return SignatureReader.read(in, OWN_OUTPUT).canonicalSignedInfo();
    }

    private static XmlDsig.SignatureMethod method(SigningKey key) {
        return XmlDsig.SignatureMethod.forKey(key.privateKey().getAlgorithm());
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the work file ended early");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover work file in the temporary directory is not worth failing a written package for
            }
        }
    }
}
