package vn.vanthu.signature.internal;

import java.io.IOException;
import java.util.Base64;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The built-in authority over HTTP, for validators that are not VanThu (Adobe Reader, poppler, openssl, another
 * system): its certificates, its CRLs, its OCSP responder and its timestamp authority. Open to everyone, as a CA's
 * publication points are.
 */
@RestController
@Hidden
class PkiController {

    private static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");
    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");
    private static final MediaType TIMESTAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final BuiltInAuthority authority;

    PkiController(BuiltInAuthority authority) {
        this.authority = authority;
    }

    @GetMapping(BuiltInAuthority.ROOT_CERTIFICATE)
    ResponseEntity<byte[]> root() {
        return ResponseEntity.ok().contentType(CERTIFICATE).cacheControl(CacheControl.noCache())
                .body(BuiltInAuthority.der(authority.root()));
    }

    @GetMapping(BuiltInAuthority.ISSUING_CERTIFICATE)
    ResponseEntity<byte[]> issuing() {
        return ResponseEntity.ok().contentType(CERTIFICATE).cacheControl(CacheControl.noCache())
                .body(BuiltInAuthority.der(authority.issuingCa()));
    }

    @GetMapping(BuiltInAuthority.ROOT_CRL)
    ResponseEntity<byte[]> rootCrl() {
        return ResponseEntity.ok().contentType(CRL).cacheControl(CacheControl.noCache()).body(authority.crl(true));
    }

    @GetMapping(BuiltInAuthority.ISSUING_CRL)
    ResponseEntity<byte[]> issuingCrl() {
        return ResponseEntity.ok().contentType(CRL).cacheControl(CacheControl.noCache()).body(authority.crl(false));
    }

    @PostMapping(path = BuiltInAuthority.OCSP, consumes = "application/ocsp-request")
    ResponseEntity<byte[]> ocsp(@RequestBody byte[] request) {
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).body(authority.ocsp(request));
    }

    /** RFC 6960 A.1: a GET carries the request base64-encoded in the path. */
    @GetMapping(BuiltInAuthority.OCSP + "/{request}")
    ResponseEntity<byte[]> ocspGet(@PathVariable String request) {
        byte[] der;
        try {
            der = Base64.getDecoder()
                    .decode(java.net.URLDecoder.decode(request, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).body(authority.ocsp(der));
    }

    @PostMapping(path = BuiltInAuthority.TIMESTAMPS, consumes = "application/timestamp-query")
    ResponseEntity<byte[]> timestamp(@RequestBody byte[] request) throws IOException {
        return ResponseEntity.ok().contentType(TIMESTAMP_REPLY).body(authority.timestamps().respond(request));
    }
}
