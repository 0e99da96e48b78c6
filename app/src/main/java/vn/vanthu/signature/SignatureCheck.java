package vn.vanthu.signature;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One signature of a file, validated.
 *
 * @param signer the signer's name as their certificate gives it
 * @param organisation the signer's agency, from the certificate
 * @param claimedSigningTime the time the signer's software wrote (not proof)
 * @param timestampTime when a timestamp authority saw the signature (proof of time)
 * @param intact the signed bytes are unchanged and the signature over them verifies
 * @param trustedChain the certificate chains up to a root VanThu trusts
 * @param reasons message keys that explain a verdict other than valid, in plain words
 * @param details DSS's own messages, for the curious and for support
 */
public record SignatureCheck(
        String id,
        String signer,
        @Nullable String organisation,
        @Nullable String fieldName,
        @Nullable Instant claimedSigningTime,
        @Nullable Instant timestampTime,
        boolean intact,
        boolean trustedChain,
        RevocationState revocation,
        @Nullable Instant revokedAt,
        @Nullable String level,
        Verdict verdict,
        List<String> reasons,
        List<String> details) {
}
