package vn.vanthu.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;

/**
 * Makes the raw signature over DSS's data-to-sign with a certificate's key, wherever the key is. VanThu's own
 * providers sign at once (PKCS#12, PKCS#11); a phone signs later, through {@link RemoteSigning}, and a desktop token
 * agent or a remote signing service would do the same.
 */
interface SignatureProvider {

    KeySource source();

    SignatureValue sign(SigningCertificate certificate, ToBeSigned data, DigestAlgorithm digest, char[] pin);
}
