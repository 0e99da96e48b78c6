package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import vn.vanthu.signature.internal.DssToolkit;

/**
 * Makes a signature just written long-term (PAdES BASELINE-LT): every certificate of its chain and of its
 * timestamp's, and an OCSP answer or else a CRL for each certificate that is not a trust anchor, added to the
 * document's DSS dictionary in one more incremental update. The answers come from the same sources DSS validation
 * uses (the built-in authority in-process, anyone else over HTTP), fetched after the timestamp, so they are fresh for
 * it.
 */
@Component
class LongTermData {

    private static final Logger LOG = LoggerFactory.getLogger(LongTermData.class);
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");

    private static final int MAX_PAIRS = 10_000;
    /**
     * How long an answer about a certificate other than the signer's (the CAs', the timestamp unit's) is reused: the
     * same few certificates sit in every chain, and their status changes rarely and never silently (a CA revoked is
     * an incident), so repositories such as DSS's revocation caches keep such answers until their next update.
     */
    private static final Duration SHARED_ANSWER = Duration.ofMinutes(5);

    private final DssToolkit dss;
    /** Whether a certificate is signed by another, by the pair of their DSS ids: the same few chains sign everything. */
    private final Map<String, Boolean> signedBy = new ConcurrentHashMap<>();
    /** Answers about the certificates shared by every chain, by DSS id. */
    private final Map<String, Answer> shared = new ConcurrentHashMap<>();

    /** An encoded OCSP answer or CRL, and until when it is reused. */
    private record Answer(byte[] encoded, boolean ocsp, Instant reusedUntil) {
    }

    LongTermData(DssToolkit dss) {
        this.dss = dss;
    }

    /**
     * The signed document with its validation data, or empty when a certificate's issuer or revocation status
     * cannot be had (the signature then stays at T).
     *
     * @param certificates the signer's chain and the timestamp's certificates
     */
    Optional<byte[]> add(byte[] signed, List<X509Certificate> certificates) {
        Collected collected = collect(certificates);
        if (collected == null) {
            return Optional.empty();
        }
        try (PDDocument document = Loader.loadPDF(signed)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary store = catalog.getCOSDictionary(DSS);
            if (store == null) {
                store = new COSDictionary();
                catalog.setItem(DSS, store);
            }
            append(document, store, CERTS, collected.certificates());
            append(document, store, OCSPS, collected.ocsps());
            append(document, store, CRLS, collected.crls());
            store.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + 32 * 1024);
            document.saveIncremental(out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            LOG.warn("Could not add the validation data to a signed document: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private record Collected(List<byte[]> certificates, List<byte[]> ocsps, List<byte[]> crls) {
    }

    private @Nullable Collected collect(List<X509Certificate> given) {
        CertificateVerifier verifier = dss.verifier();
        Map<String, CertificateToken> known = new LinkedHashMap<>();
        Deque<CertificateToken> waiting = new ArrayDeque<>();
        CertificateToken signer = null;
        for (X509Certificate certificate : given) {
            CertificateToken token = new CertificateToken(certificate);
            if (known.putIfAbsent(token.getDSSIdAsString(), token) == null) {
                waiting.add(token);
            }
            if (signer == null) {
                signer = token;
            }
        }
        List<byte[]> ocsps = new ArrayList<>();
        List<byte[]> crls = new ArrayList<>();
        while (!waiting.isEmpty()) {
            CertificateToken certificate = waiting.poll();
            if (signedBy(certificate, certificate)) {
                continue;
            }
            CertificateToken issuer = issuer(certificate, known, waiting, verifier);
            if (issuer == null) {
                LOG.warn("No issuer found for {}; the signature stays at T", certificate.getSubject().getRFC2253());
                return null;
            }
            Answer answer = certificate == signer ? fetch(certificate, issuer, verifier) : shared(certificate,
                    issuer, verifier);
            if (answer == null) {
                LOG.warn("No revocation data for {}; the signature stays at T", certificate.getSubject().getRFC2253());
                return null;
            }
            List<byte[]> into = answer.ocsp() ? ocsps : crls;
            if (into.stream().noneMatch(one -> java.util.Arrays.equals(one, answer.encoded()))) {
                into.add(answer.encoded());
            }
        }
        return new Collected(known.values().stream().map(CertificateToken::getEncoded).toList(), ocsps, crls);
    }

    /** The signer's own status, asked afresh for every signature: an OCSP answer, or else a CRL. */
    private static @Nullable Answer fetch(CertificateToken certificate, CertificateToken issuer,
            CertificateVerifier verifier) {
        RevocationToken<?> revocation = verifier.getOcspSource().getRevocationToken(certificate, issuer);
        boolean ocsp = revocation != null;
        if (revocation == null) {
            revocation = verifier.getCrlSource().getRevocationToken(certificate, issuer);
        }
        if (revocation == null) {
            return null;
        }
        Instant now = Instant.now();
        Instant next = revocation.getNextUpdate() == null ? now : revocation.getNextUpdate().toInstant();
        Instant until = next.isBefore(now.plus(SHARED_ANSWER)) ? next : now.plus(SHARED_ANSWER);
        return new Answer(revocation.getEncoded(), ocsp, until);
    }

    private @Nullable Answer shared(CertificateToken certificate, CertificateToken issuer,
            CertificateVerifier verifier) {
        String id = certificate.getDSSIdAsString();
        Answer kept = shared.get(id);
        if (kept != null && Instant.now().isBefore(kept.reusedUntil())) {
            return kept;
        }
        Answer fresh = fetch(certificate, issuer, verifier);
        if (fresh != null) {
            if (shared.size() >= MAX_PAIRS) {
                shared.clear();
            }
            shared.put(id, fresh);
        }
        return fresh;
    }

    private @Nullable CertificateToken issuer(CertificateToken certificate, Map<String, CertificateToken> known,
            Deque<CertificateToken> waiting, CertificateVerifier verifier) {
        for (CertificateToken candidate : known.values()) {
            if (candidate != certificate && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        if (verifier.getAIASource() == null) {
            return null;
        }
        for (CertificateToken fetched : verifier.getAIASource().getCertificatesByAIA(certificate)) {
            if (known.putIfAbsent(fetched.getDSSIdAsString(), fetched) == null) {
                waiting.add(fetched);
            }
            if (signedBy(certificate, fetched)) {
                return fetched;
            }
        }
        return null;
    }

    private boolean signedBy(CertificateToken certificate, CertificateToken issuer) {
        if (!certificate.getCertificate().getIssuerX500Principal()
                .equals(issuer.getCertificate().getSubjectX500Principal())) {
            return false;
        }
        String pair = certificate.getDSSIdAsString() + '|' + issuer.getDSSIdAsString();
        Boolean known = signedBy.get(pair);
        if (known == null) {
            if (signedBy.size() >= MAX_PAIRS) {
                signedBy.clear();
            }
            known = certificate.isSignedBy(issuer);
            signedBy.put(pair, known);
        }
        return known;
    }

    /** Adds each item as a stream of the array {@code name}, unless the document holds it already. */
    private static void append(PDDocument document, COSDictionary store, COSName name, List<byte[]> items)
            throws IOException {
        COSArray array = store.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            store.setItem(name, array);
        }
        List<byte[]> present = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream stream) {
                try (var in = stream.createInputStream()) {
                    present.add(in.readAllBytes());
                }
            }
        }
        for (byte[] item : items) {
            if (present.stream().anyMatch(one -> java.util.Arrays.equals(one, item))) {
                continue;
            }
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(item);
            }
            array.add(stream);
        }
        array.setNeedToBeUpdated(true);
    }
}
