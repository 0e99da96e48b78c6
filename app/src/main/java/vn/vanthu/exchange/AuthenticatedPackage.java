package vn.vanthu.exchange;

import java.nio.file.Path;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import vn.vanthu.core.NotPermitted;

/** A package as the exchange door let it in: the system that signed the request, and the body spooled to a file. */
public record AuthenticatedPackage(UUID peerId, Path file, String sha256, long length) {

    /** What the door left on the request; a request that did not come through the door has none. */
    public static AuthenticatedPackage of(HttpServletRequest request) {
        Object peer = request.getAttribute(PeerRequestFilter.PEER);
        if (!(peer instanceof UUID peerId)) {
            throw new NotPermitted("exchange.auth.refused");
        }
        return new AuthenticatedPackage(peerId, (Path) request.getAttribute(PeerRequestFilter.FILE),
                (String) request.getAttribute(PeerRequestFilter.SHA256),
                (Long) request.getAttribute(PeerRequestFilter.LENGTH));
    }
}
