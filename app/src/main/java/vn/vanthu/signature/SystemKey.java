package vn.vanthu.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The deployment's own key, with its certificate first in the chain: what signs the edXML packages VanThu sends to
 * other systems, as the national hub's SDK signs a connected system's packages. It never leaves the application.
 */
public record SystemKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SystemKey {
        chain = List.copyOf(chain);
    }
}
