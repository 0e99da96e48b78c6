package vn.vanthu.signature.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TSPValidationException;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;

/**
 * The built-in RFC 3161 timestamp authority: DSS's key-entity source for VanThu's own signing, and the same key
 * answering requests from others over HTTP.
 */
public class BuiltInTimestampAuthority extends KeyEntityTSPSource {

    private static final long serialVersionUID = 1L;

    BuiltInTimestampAuthority(Authority authority, List<X509Certificate> chain) {
        super(authority.privateKey(), authority.certificate(), chain);
        setTsaPolicy(CertificateProfiles.TIMESTAMP_POLICY.getId());
        // DSS assumes RSA otherwise; the built-in authority's keys are ECDSA
        setEncryptionAlgorithm(EncryptionAlgorithm.forKey(authority.privateKey()));
        setDigestAlgorithm(DigestAlgorithm.SHA256);
    }

    /** The DER answer to a DER timestamp request; a request it cannot serve gets a rejection, not an exception. */
    public byte[] respond(byte[] request) throws IOException {
        TimeStampRequest timeStampRequest;
        try {
            timeStampRequest = new TimeStampRequest(request);
        } catch (IOException | IllegalArgumentException e) {
            return rejection(new TSPValidationException("not a timestamp request"));
        }
        try {
            DigestAlgorithm digest = DigestAlgorithm.forOID(timeStampRequest.getMessageImprintAlgOID().getId());
            return generateResponse(timeStampRequest, digest).getEncoded();
        } catch (TSPException | IllegalArgumentException e) {
            return rejection(new TSPValidationException(e.getMessage() == null ? "rejected" : e.getMessage()));
        }
    }

    private static byte[] rejection(TSPValidationException reason) throws IOException {
        try {
            TimeStampResponse rejected = new TimeStampResponseGenerator(null, null)
                    .generateRejectedResponse(reason);
            return rejected.getEncoded();
        } catch (TSPException e) {
            throw new IOException(e);
        }
    }
}
