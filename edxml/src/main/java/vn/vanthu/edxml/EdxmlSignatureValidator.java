package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Checks the XML signature of a package, in two streaming passes over the file (the signature first, then the
 * digest of everything else), so a package of any size is checked in little memory. Reads signatures as the
 * government SDK writes them (SHA-1, its misspelt exclusive canonicalization URI) as well as VanThu's own.
 * Only the signature itself is judged; the certificate's trust is the caller's business
 * ({@link SignatureValidation}). Instances are immutable and thread-safe.
 */
public final class EdxmlSignatureValidator {

    private final ParserLimits limits;

    /** The parser's default limits. */
    public EdxmlSignatureValidator() {
        this(ParserLimits.DEFAULT);
    }

    public EdxmlSignatureValidator(ParserLimits limits) {
        Check.required(limits, "limits");
        this.limits = limits;
    }

    /**
     * Validates the signature of the package in {@code file}.
     *
     * @throws EdxmlException when the package is refused before any signature matters: a DTD, too large, too deep
     * @throws UncheckedIOException when the file cannot be read
     */
    public SignatureValidation validate(Path file) {
        SignatureElement signature;
        try {
            signature = read(file, in -> SignatureReader.read(in, limits));
        } catch (SignatureProblem problem) {
            return SignatureValidation.invalid(null, List.of(), problem.getMessage());
        }
        if (signature == null) {
            return SignatureValidation.unsigned();
        }
        List<X509Certificate> certificates = signature.certificates();
        X509Certificate signer = CertificateChains.signer(certificates);
        try {
            byte[] digest = read(file, in -> ReferenceDigest.compute(in, limits, signature.transforms(),
                    signature.digest()));
            if (!MessageDigest.isEqual(digest, signature.digestValue())) {
                return SignatureValidation.invalid(signer, certificates,
                        "the package was changed after it was signed: its digest does not match");
            }
            if (!verifies(signature, signer)) {
                return SignatureValidation.invalid(signer, certificates,
                        "the signature value does not match the signer's certificate");
            }
        } catch (SignatureProblem problem) {
            return SignatureValidation.invalid(signer, certificates, problem.getMessage());
        }
        return SignatureValidation.valid(signer, certificates);
    }

    private static boolean verifies(SignatureElement signature, X509Certificate signer) {
        if (!signature.method().keyAlgorithm.equals(signer.getPublicKey().getAlgorithm())) {
            throw new SignatureProblem("the signature method " + signature.method().uri
                    + " does not fit the signer's " + signer.getPublicKey().getAlgorithm() + " key");
        }
        try {
            Signature verifier = Signature.getInstance(signature.method().jcaName);
            verifier.initVerify(signer.getPublicKey());
            verifier.update(signature.canonicalSignedInfo());
            return verifier.verify(signature.signatureValue());
        } catch (GeneralSecurityException e) {
            throw new SignatureProblem("the signature value cannot be checked: " + e.getMessage(), e);
        }
    }

    private interface Pass<T> {
        T over(InputStream in);
    }

    /** One pass over the file; a package that is not well-formed XML cannot hold a valid signature. */
    private static <T> T read(Path file, Pass<T> pass) {
        try (InputStream in = Files.newInputStream(file)) {
            return pass.over(in);
        } catch (EdxmlException e) {
            if (e.rule() == EdxmlException.Rule.NOT_XML) {
                throw new SignatureProblem(e.getMessage(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
