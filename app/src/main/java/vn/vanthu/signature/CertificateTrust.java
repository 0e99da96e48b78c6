package vn.vanthu.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.vanthu.signature.internal.BuiltInAuthority;

/**
 * Whether a certificate chains, today, to a root this deployment trusts: its own authority's and the configured
 * {@code trustedRoots} (the Government Cipher Committee's, other provinces'). For signatures that carry no legal
 * weight of their own, such as an edXML package's: revocation is not asked here, since the documents inside carry
 * PAdES signatures that {@link SignatureValidation} checks in full.
 */
@Service
public class CertificateTrust {

    private final BuiltInAuthority authority;
    private final SignatureSettings settings;
    // read on first use: the authority opens after the beans are wired
    private volatile @Nullable Set<TrustAnchor> anchors;

    CertificateTrust(BuiltInAuthority authority, SignatureSettings settings) {
        this.authority = authority;
        this.settings = settings;
    }

    /**
     * @param certificate the certificate to judge
     * @param others certificates that may complete its chain (those a signature carries)
     */
    public boolean trusted(X509Certificate certificate, Collection<X509Certificate> others) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors(), target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (CertPathBuilderException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime builds PKIX paths", e);
        }
    }

    /** A certificate's subject as people read it: attribute names, not OIDs and hex. */
    public String subjectOf(X509Certificate certificate) {
        return SigningCertificate.readable(certificate.getSubjectX500Principal());
    }

    private Set<TrustAnchor> anchors() throws GeneralSecurityException {
        Set<TrustAnchor> known = anchors;
        if (known == null) {
            known = new HashSet<>();
            known.add(new TrustAnchor(authority.root(), null));
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (Path root : settings.trustedRoots()) {
                try (InputStream in = Files.newInputStream(root)) {
                    known.add(new TrustAnchor((X509Certificate) x509.generateCertificate(in), null));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the trusted root " + root, e);
                }
            }
            anchors = Set.copyOf(known);
        }
        return known;
    }
}
