package vn.vanthu.signature.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.spi.client.http.DataLoader;

/**
 * Lets DSS fetch certificates and revocation data only from addresses on the internet. The addresses come from the
 * certificates inside the file being validated, which anyone can send VanThu: without this, a crafted PDF would make
 * the server call into its own network (an admin page, a cloud metadata service) on every validation.
 */
final class PublicAddressesOnly implements DataLoader {

    private static final long serialVersionUID = 1L;

    private final DataLoader loader;

    PublicAddressesOnly(DataLoader loader) {
        this.loader = loader;
    }

    @Override
    public byte[] get(String url) {
        return loader.get(checked(url));
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        return loader.get(urls.stream().map(PublicAddressesOnly::checked).toList());
    }

    @Override
    public byte[] post(String url, byte[] content) {
        return loader.post(checked(url), content);
    }

    @Override
    public void setContentType(String contentType) {
        loader.setContentType(contentType);
    }

    static String checked(String url) {
        URI address;
        try {
            address = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new DSSException("Not an address: " + url);
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || address.getHost() == null) {
            throw new DSSException("Only http and https addresses are fetched: " + url);
        }
        try {
            for (InetAddress ip : InetAddress.getAllByName(address.getHost())) {
                if (ip.isLoopbackAddress() || ip.isSiteLocalAddress() || ip.isLinkLocalAddress()
                        || ip.isAnyLocalAddress() || ip.isMulticastAddress() || uniqueLocal(ip)) {
                    throw new DSSException("Not fetched from a private address: " + url);
                }
            }
        } catch (UnknownHostException e) {
            throw new DSSException("Unknown host: " + url);
        }
        return url;
    }

    /** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
    private static boolean uniqueLocal(InetAddress ip) {
        byte[] bytes = ip.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
