package vn.vanthu.edxml;

import java.security.cert.X509Certificate;
import java.util.List;

/** Picks the signer out of the certificates a signature carries, whatever order the sender put them in. */
final class CertificateChains {

    private CertificateChains() {
    }

    /** The certificate that issued none of the others: the end of the chain; the first one if that is unclear. */
    static X509Certificate signer(List<X509Certificate> certificates) {
        for (X509Certificate candidate : certificates) {
            boolean issuesAnother = certificates.stream().anyMatch(other -> other != candidate
                    && other.getIssuerX500Principal().equals(candidate.getSubjectX500Principal()));
            if (!issuesAnother) {
                return candidate;
            }
        }
        return certificates.get(0);
    }
}
