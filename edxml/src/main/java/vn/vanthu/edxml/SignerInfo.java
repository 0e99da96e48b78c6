package vn.vanthu.edxml;

/**
 * Who signed the document on paper and in what capacity, as printed in its signature block.
 *
 * @param competence the signing authority (e.g. "TL. BỘ TRƯỞNG"), or {@code null}
 * @param position the signer's position, or {@code null}
 * @param fullName the signer's full name, or {@code null}
 */
public record SignerInfo(String competence, String position, String fullName) {
}
