package vn.vanthu.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.Accounts;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.internal.DssToolkit;
import vn.vanthu.storage.Storage;

/**
 * Signing with a key that never leaves the official's phone (ký số trên thiết bị di động), by DSS's external signing:
 * VanThu prepares the signature and its data-to-sign, the phone shows the request (subject, a preview of the page with
 * the signature drawn) and signs the data with its non-extractable WebCrypto key when the official approves, and
 * VanThu completes the PAdES signature with that value. The same protocol (data-to-sign out, raw signature in) serves
 * any signer outside VanThu: a desktop token agent or a remote signing service.
 */
@Service
public class RemoteSigning {

    static final String PENDING = "PENDING";
    static final String SIGNING = "SIGNING";
    static final String SIGNED = "SIGNED";
    static final String REJECTED = "REJECTED";
    static final String EXPIRED = "EXPIRED";
    private static final String ENROLMENT_PROOF = "vanthu-enrol:";

    private final Signing signing;
    private final Certificates certificates;
    private final SignatureImages images;
    private final DssToolkit dss;
    private final Storage storage;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Accounts accounts;
    private final SignatureSettings settings;

    RemoteSigning(Signing signing, Certificates certificates, SignatureImages images, DssToolkit dss, Storage storage,
            JdbcClient jdbc, JsonMapper json, Accounts accounts, SignatureSettings settings) {
        this.signing = signing;
        this.certificates = certificates;
        this.images = images;
        this.dss = dss;
        this.storage = storage;
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
        this.settings = settings;
    }

    /**
     * Enrols a phone: its public key (SPKI, base64), a proof that the phone holds the private key (its signature over
     * {@code vanthu-enrol:<username>:<publicKey>}, raw P1363 as WebCrypto gives it), and the official's password, so
     * a session left open on someone else's screen cannot enrol a stranger's phone.
     */
    public CertificateView enrol(String publicKey, String deviceName, String password, String proof, CurrentUser me) {
        if (!accounts.hasPassword(me.username(), password)) {
            throw new InvalidValue("password", "signature.phone.wrong-password");
        }
        if (deviceName.isBlank() || deviceName.length() > 200) {
            throw new InvalidValue("deviceName", "signature.phone.device-name");
        }
        PublicKey key = publicKey(publicKey);
        byte[] challenge = (ENROLMENT_PROOF + me.username() + ":" + publicKey).getBytes(StandardCharsets.UTF_8);
        if (!verifies(key, challenge, base64(proof, "proof"))) {
            throw new InvalidValue("proof", "signature.phone.bad-proof");
        }
        return certificates.enrolPhone(key, deviceName, me);
    }

    /** Prepares the official's personal signature of {@code pdf} and sends it to their phone. */
    public RemoteRequestView request(byte[] pdf, @Nullable Placement placement, @Nullable UUID certificateId,
            @Nullable String subject, @Nullable String documentRef, CurrentUser me) {
        SigningPolicy.checkMaySign(SignatureKind.PERSONAL, me);
        Signing.checkPdf(pdf);
        SigningCertificate certificate = phoneCertificate(certificateId, me);
        SignatureImage image = images.signature(me.id()).orElse(null);
        SignatureAppearance.Box box = SignatureAppearance.personalBox(pdf, image, placement, me.fullName());
        Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ToBeSigned data = dataToSign(pdf, certificate, box, image, signedAt, me);
        String original = storage.store(pdf, "file").sha256();
        UUID id = vn.vanthu.core.Ids.next();
        Instant expiresAt = signedAt.plus(settings.remoteRequestTtl());
        Parameters parameters = new Parameters(box.page(), box.x(), box.y(), box.width(), box.height(),
                signedAt.toEpochMilli(), image == null ? null : Base64.getEncoder().encodeToString(image.png()),
                image == null ? 0 : image.widthMm(), documentRef);
        String shown = subject == null || subject.isBlank() ? "Văn bản" : subject.strip();
        jdbc.sql("""
                insert into remote_signing_request (id, certificate_id, signer_id, subject, original_sha256, parameters,
                    data_to_sign, state, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                """)
                .params(id, certificate.id(), me.id(), shown.length() > 500 ? shown.substring(0, 500) : shown,
                        original, json.writeValueAsString(parameters), data.getBytes(), PENDING,
                        expiresAt.atOffset(ZoneOffset.UTC), signedAt.atOffset(ZoneOffset.UTC))
                .update();
        return find(id, me);
    }

    /** The caller's requests still waiting for their phone, the newest first. */
    public List<RemoteRequestView> pending(CurrentUser me) {
        return jdbc.sql("select * from remote_signing_request where signer_id = ? and state = ? and expires_at > ? "
                + "order by created_at desc")
                .params(me.id(), PENDING, OffsetDateTime.now(ZoneOffset.UTC))
                .query((rs, n) -> view(row(rs))).list();
    }

    public RemoteRequestView find(UUID id, CurrentUser me) {
        return view(row(id, me));
    }

    /** The page the signature goes on, drawn with the signature, for the phone to show before the official approves. */
    public byte[] preview(UUID id, CurrentUser me) {
        Row row = row(id, me);
        SigningCertificate certificate = certificates.find(row.certificateId()).orElseThrow();
        PAdESSignatureParameters parameters = parameters(row, certificate, me, SignatureLevel.PAdES_BASELINE_T);
        return Signing.bytes(dss.pades(dss.verifier()).previewPageWithVisualSignature(document(row), parameters));
    }

    /**
     * Completes the signature with the phone's raw ECDSA signature over the data-to-sign (r and s, 32 bytes each, as
     * WebCrypto gives it). A value that does not verify with the phone's certificate changes nothing.
     */
    public RemoteRequestView approve(UUID id, String rawSignature, CurrentUser me) {
        Row row = pendingRow(id, me);
        SigningCertificate certificate = certificates.find(row.certificateId()).orElseThrow();
        certificate.checkUsable(Instant.now());
        byte[] der = der(base64(rawSignature, "signature"));
        if (!verifiesDer(certificate.certificate().getPublicKey(), row.dataToSign(), der)) {
            throw new InvalidValue("signature", "signature.phone.bad-signature");
        }
        SignatureValue value = new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, der);
        // claimed first: a second tap on the phone must not sign and record the document twice
        if (jdbc.sql("update remote_signing_request set state = ? where id = ? and state = ?")
                .params(SIGNING, id, PENDING).update() == 0) {
            throw new RuleViolation("signature.phone.not-pending");
        }
        SignedDocument signed;
        try {
            signed = signing.complete(document(row), (level) -> parameters(row, certificate, me, level), value,
                    SignatureKind.PERSONAL, certificate, row.parameters().signedAt(), row.parameters().documentRef(),
                    me);
        } catch (RuntimeException e) {
            jdbc.sql("update remote_signing_request set state = ? where id = ? and state = ?")
                    .params(PENDING, id, SIGNING).update();
            throw e;
        }
        jdbc.sql("update remote_signing_request set state = ?, signed_sha256 = ?, decided_at = ? where id = ?")
                .params(SIGNED, signed.sha256(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        return find(id, me);
    }

    public RemoteRequestView reject(UUID id, CurrentUser me) {
        pendingRow(id, me);
        jdbc.sql("update remote_signing_request set state = ?, decided_at = ? where id = ? and state = ?")
                .params(REJECTED, OffsetDateTime.now(ZoneOffset.UTC), id, PENDING).update();
        return find(id, me);
    }

    /** The signed PDF of an approved request. */
    public byte[] signedDocument(UUID id, CurrentUser me) {
        Row row = row(id, me);
        if (row.signedSha256() == null) {
            throw new RuleViolation("signature.phone.not-signed");
        }
        try (InputStream in = storage.open(row.signedSha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ToBeSigned dataToSign(byte[] pdf, SigningCertificate certificate, SignatureAppearance.Box box,
            @Nullable SignatureImage image, Instant signedAt, CurrentUser me) {
        SignatureImageParameters appearance = SignatureAppearance.personalAt(box, image, me.fullName()).dss(dss.font(Signing.TEXT_SIZE));
        PAdESSignatureParameters parameters = signing.parameters(SignatureKind.PERSONAL, certificate, appearance,
                signedAt, SignatureLevel.PAdES_BASELINE_LT);
        return dss.pades(dss.verifier()).getDataToSign(new InMemoryDocument(pdf, "document.pdf"), parameters);
    }

    private PAdESSignatureParameters parameters(Row row, SigningCertificate certificate, CurrentUser me,
            SignatureLevel level) {
        Parameters kept = row.parameters();
        SignatureImage image = kept.image() == null ? null
                : SignatureImages.stored(Base64.getDecoder().decode(kept.image()), kept.imageWidthMm());
        SignatureAppearance.Box box = new SignatureAppearance.Box(kept.page(), kept.x(), kept.y(), kept.width(),
                kept.height());
        SignatureImageParameters appearance = SignatureAppearance.personalAt(box, image, me.fullName()).dss(dss.font(Signing.TEXT_SIZE));
        return signing.parameters(SignatureKind.PERSONAL, certificate, appearance, kept.signedAt(), level);
    }

    private DSSDocument document(Row row) {
        try (InputStream in = storage.open(row.originalSha256())) {
            return new InMemoryDocument(in.readAllBytes(), "document.pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SigningCertificate phoneCertificate(@Nullable UUID certificateId, CurrentUser me) {
        Instant now = Instant.now();
        List<SigningCertificate> phones = certificates.all(HolderKind.PERSON, me.agencyCode(), me.id()).stream()
                .filter(c -> c.keySource() == KeySource.PHONE)
                .filter(c -> certificateId == null || c.id().equals(certificateId)).toList();
        return SigningCertificate.newestUsable(phones, now, "signature.phone.none");
    }

    private Row pendingRow(UUID id, CurrentUser me) {
        Row row = row(id, me);
        if (!PENDING.equals(row.state())) {
            throw new RuleViolation("signature.phone.not-pending");
        }
        if (Instant.now().isAfter(row.expiresAt())) {
            throw new RuleViolation("signature.phone.expired");
        }
        return row;
    }

    private Row row(UUID id, CurrentUser me) {
        return jdbc.sql("select * from remote_signing_request where id = ? and signer_id = ?")
                .params(id, me.id())
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(() -> new NotFound("signature.phone.request-not-found"));
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("certificate_id", UUID.class),
                rs.getString("subject"), rs.getString("original_sha256"),
                json.readValue(rs.getString("parameters"), Parameters.class), rs.getBytes("data_to_sign"),
                rs.getString("state"), rs.getString("signed_sha256"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private RemoteRequestView view(Row row) {
        String state = PENDING.equals(row.state()) && Instant.now().isAfter(row.expiresAt()) ? EXPIRED : row.state();
        return new RemoteRequestView(row.id(), row.certificateId(), row.subject(), state, row.createdAt(),
                row.expiresAt(),
                Base64.getEncoder().encodeToString(row.dataToSign()), row.signedSha256());
    }

    private static PublicKey publicKey(String spki) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(base64(spki, "publicKey")));
        } catch (GeneralSecurityException e) {
            throw new InvalidValue("publicKey", "signature.phone.bad-key");
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] raw) {
        return verifiesDer(key, data, der(raw));
    }

    private static boolean verifiesDer(PublicKey key, byte[] data, byte[] der) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(der);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** WebCrypto's ECDSA signature is r and s side by side (IEEE P1363); CMS wants them as a DER sequence. */
    static byte[] der(byte[] raw) {
        if (raw.length != 64) {
            throw new InvalidValue("signature", "signature.phone.bad-signature");
        }
        try {
            return new DERSequence(new ASN1Integer[] {
                new ASN1Integer(new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, 32))),
                new ASN1Integer(new BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64)))}).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] base64(String text, String field) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "signature.phone.not-base64");
        }
    }

    /** What is kept to sign again the same way when the phone answers. */
    record Parameters(int page, float x, float y, float width, float height, long signedAtMillis,
            @Nullable String image, double imageWidthMm, @Nullable String documentRef) {

        Instant signedAt() {
            return Instant.ofEpochMilli(signedAtMillis);
        }
    }

    private record Row(UUID id, UUID certificateId, String subject, String originalSha256, Parameters parameters,
            byte[] dataToSign, String state, @Nullable String signedSha256, Instant createdAt, Instant expiresAt) {
    }

}
