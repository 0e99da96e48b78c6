package vn.vanthu.edxml;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the signature of a package says: valid, invalid (and why), or absent. Valid means the package is
 * unchanged since the holder of the signer's key signed it; whether that certificate is trusted, unrevoked and
 * the agency's is for the caller to decide, with the certificates given here.
 *
 * @param verdict valid, invalid or unsigned
 * @param signer the signing certificate, or {@code null} when none could be read
 * @param certificates every certificate the signature carries, signer included; never {@code null}
 * @param reason why the signature is invalid or absent, or {@code null} when valid
 */
public record SignatureValidation(Verdict verdict, X509Certificate signer, List<X509Certificate> certificates,
                                  String reason) {

    /** The three answers. */
    public enum Verdict {
        /** The signature matches the package and the signer's certificate. */
        VALID,
        /** There is a signature, and it does not hold. */
        INVALID,
        /** There is no signature. */
        UNSIGNED
    }

    public SignatureValidation {
        Check.required(verdict, "verdict");
        certificates = Check.list(certificates);
    }

    /** Whether the signature holds. */
    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    static SignatureValidation valid(X509Certificate signer, List<X509Certificate> certificates) {
        return new SignatureValidation(Verdict.VALID, signer, certificates, null);
    }

    static SignatureValidation invalid(X509Certificate signer, List<X509Certificate> certificates, String reason) {
        return new SignatureValidation(Verdict.INVALID, signer, certificates, reason);
    }

    static SignatureValidation unsigned() {
        return new SignatureValidation(Verdict.UNSIGNED, null, List.of(), "the package carries no signature");
    }
}
