package vn.vanthu.signature.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.spi.client.http.DataLoader;

/**
 * Answers requests for the built-in authority's addresses in-process and passes every other address to DSS's HTTP
 * loader. A node then validates its own signatures without reaching its own public address (which a node behind a
 * load balancer often cannot), and without a request round trip for each revocation check.
 */
final class OwnPkiDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;

    private final transient BuiltInAuthority authority;
    private final String prefix;
    private final DataLoader others;

    OwnPkiDataLoader(BuiltInAuthority authority, String prefix, DataLoader others) {
        this.authority = authority;
        this.prefix = prefix;
        this.others = others;
    }

    @Override
    public byte[] get(String url) {
        if (!url.startsWith(prefix)) {
            return others.get(url);
        }
        String path = url.substring(prefix.length() - "/pki/".length());
        return switch (path) {
            case BuiltInAuthority.ROOT_CERTIFICATE -> BuiltInAuthority.der(authority.root());
            case BuiltInAuthority.ISSUING_CERTIFICATE -> BuiltInAuthority.der(authority.issuingCa());
            case BuiltInAuthority.ROOT_CRL -> authority.crl(true);
            case BuiltInAuthority.ISSUING_CRL -> authority.crl(false);
            default -> throw new DSSException("The built-in authority has nothing at " + url);
        };
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        DSSException last = new DSSException("No address to load from");
        for (String url : urls) {
            try {
                return new DataAndUrl(url, get(url));
            } catch (DSSException e) {
                last = e;
            }
        }
        throw last;
    }

    @Override
    public byte[] post(String url, byte[] content) {
        if (!url.startsWith(prefix)) {
            return others.post(url, content);
        }
        String path = url.substring(prefix.length() - "/pki/".length());
        try {
            return switch (path) {
                case BuiltInAuthority.OCSP -> authority.ocsp(content);
                case BuiltInAuthority.TIMESTAMPS -> authority.timestamps().respond(content);
                default -> throw new DSSException("The built-in authority takes nothing at " + url);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setContentType(String contentType) {
        others.setContentType(contentType);
    }
}
