package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.internal.BuiltInAuthority;
import vn.vanthu.signature.internal.DssToolkit;
import vn.vanthu.storage.Storage;
import vn.vanthu.storage.StoredFile;

/**
 * The signing service the outgoing documents call: sign this PDF as this official, or as this agency. The result is
 * a new PAdES-signed file (BASELINE-LT when the revocation data can be fetched, BASELINE-T otherwise), kept in
 * storage beside the original, which is never changed. Signing is an approval signature, so the clerk's agency
 * signature and later form filling do not break it.
 */
@Service
public class Signing {

    private static final Logger LOG = LoggerFactory.getLogger(Signing.class);
    private static final DateTimeFormatter ISO_VIETNAM = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final float TEXT_SIZE = 10;

    private final Certificates certificates;
    private final SignatureImages images;
    private final DssToolkit dss;
    private final BuiltInAuthority authority;
    private final Storage storage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SignatureSettings settings;
    private final Map<KeySource, SignatureProvider> providers;
    private final PadesWriter writer;
    private final LongTermData longTermData;

    Signing(Certificates certificates, SignatureImages images, DssToolkit dss, BuiltInAuthority authority,
            Storage storage, JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
            SignatureSettings settings, List<SignatureProvider> providers, PadesWriter writer,
            LongTermData longTermData) {
        this.writer = writer;
        this.longTermData = longTermData;
        this.certificates = certificates;
        this.images = images;
        this.dss = dss;
        this.authority = authority;
        this.storage = storage;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.settings = settings;
        this.providers = providers.stream().collect(Collectors.toMap(SignatureProvider::source, Function.identity()));
    }

    /**
     * The official's personal signature with their image, where they clicked or above their name in the signature
     * block of the last page.
     *
     * @param certificateId which of their certificates; empty for the newest usable one
     * @param documentRef what the file belongs to, as the caller names it (e.g. {@code outgoing:<id>}), for the record
     */
    public SignedDocument signPersonally(byte[] pdf, @Nullable Placement placement, @Nullable UUID certificateId,
            char[] pin, @Nullable String documentRef, CurrentUser me) {
        SigningPolicy.checkMaySign(SignatureKind.PERSONAL, me);
        checkPdf(pdf);
        SigningCertificate certificate = certificate(HolderKind.PERSON, certificateId, me);
        SignatureImage image = images.signature(me.id()).orElse(null);
        return sign(pdf, SignatureKind.PERSONAL, certificate,
                document -> SignatureAppearance.personal(document, image, placement, me.fullName()), now(), pin,
                documentRef, me);
    }

    /**
     * The agency's signature, applied by its clerk: the seal over the official's signature on the main document, or
     * the number and time at the top right of a separate file.
     */
    public SignedDocument signAsAgency(byte[] pdf, AgencyMark mark, @Nullable UUID certificateId, char[] pin,
            @Nullable String documentRef, CurrentUser me) {
        SigningPolicy.checkMaySign(SignatureKind.AGENCY, me);
        checkPdf(pdf);
        SigningCertificate certificate = certificate(HolderKind.AGENCY, certificateId, me);
        Instant signedAt = now();
        LookAt look;
        if (mark.separateFile()) {
            String text = mark.numberAndNotation().strip() + "\n" + isoVietnam(signedAt);
            look = document -> SignatureAppearance.topRight(document, text);
        } else {
            SignatureImage seal = images.seal(me.agencyCode())
                    .orElseThrow(() -> new RuleViolation("signature.seal.missing"));
            look = document -> SignatureAppearance.seal(document, seal);
        }
        return sign(pdf, SignatureKind.AGENCY, certificate, look, signedAt, pin, documentRef, me);
    }

    /** Where and how the signature shows, found in the document being signed. */
    private interface LookAt {

        SignatureAppearance.Look in(PDDocument document) throws IOException;
    }

    /** The signing time as Appendix I writes it: ISO 8601 in Vietnam's time zone, e.g. 2026-11-22T09:30:00+07:00. */
    static String isoVietnam(Instant at) {
        return OffsetDateTime.ofInstant(at, VietnamTime.ZONE).format(ISO_VIETNAM);
    }

    private SignedDocument sign(byte[] pdf, SignatureKind kind, SigningCertificate certificate, LookAt lookAt,
            Instant signedAt, char[] pin, @Nullable String documentRef, CurrentUser me) {
        SignatureProvider provider = providers.get(certificate.keySource());
        if (provider == null) {
            throw new RuleViolation("signature.certificate.remote-only");
        }
        PadesWriter.KeyUse key = data -> provider.sign(certificate, data, DigestAlgorithm.SHA256, pin);
        List<X509Certificate> chain = chain(new CertificateToken(certificate.certificate())).stream()
                .map(CertificateToken::getCertificate).toList();
        PadesWriter.Written written;
        SignatureAppearance.Look look;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            look = lookAt.in(document);
            written = PadesWriter.canDraw(document, look)
                    ? writer.sign(document, pdf.length, look, reason(kind), signedAt, chain, key) : null;
        } catch (IOException e) {
            throw new InvalidValue("file", "signature.pdf.invalid");
        }
        if (written == null) {
            return signWithDss(pdf, kind, certificate, look, signedAt, key, documentRef, me);
        }
        SignatureLevel level = SignatureLevel.PAdES_BASELINE_T;
        byte[] signed = written.pdf();
        if (!"T".equalsIgnoreCase(settings.level())) {
            Optional<byte[]> longTerm = longTermData.add(signed, written.certificates());
            if (longTerm.isPresent()) {
                signed = longTerm.get();
                level = SignatureLevel.PAdES_BASELINE_LT;
            }
        }
        return keep(pdf, signed, kind, certificate, level, signedAt, documentRef, me);
    }

    /** The pages PDFBox alone does not draw on here (rotated ones) are signed through DSS, as remote signing is. */
    private SignedDocument signWithDss(byte[] pdf, SignatureKind kind, SigningCertificate certificate,
            SignatureAppearance.Look look, Instant signedAt, PadesWriter.KeyUse key, @Nullable String documentRef,
            CurrentUser me) {
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf");
        SignatureImageParameters appearance = look.dss(dss.font(TEXT_SIZE));
        PAdESSignatureParameters parameters = parameters(kind, certificate, appearance, signedAt,
                SignatureLevel.PAdES_BASELINE_LT);
        ToBeSigned data = dss.pades(dss.verifier()).getDataToSign(document, parameters);
        return complete(document, at -> parameters(kind, certificate, appearance, signedAt, at), key.sign(data), kind,
                certificate, signedAt, documentRef, me);
    }

    private static String reason(SignatureKind kind) {
        return kind == SignatureKind.PERSONAL ? "Ký số cá nhân" : "Ký số cơ quan";
    }

    /**
     * Wraps a signature value into the document at LT, or at T when the revocation data cannot be had (the data
     * signed does not depend on the level), and keeps the result with its record.
     *
     * @param parameters the same parameters the data to sign was made with, at the level asked for
     */
    SignedDocument complete(DSSDocument document, Function<SignatureLevel, PAdESSignatureParameters> parameters,
            SignatureValue value, SignatureKind kind, SigningCertificate certificate, Instant signedAt,
            @Nullable String documentRef, CurrentUser me) {
        SignatureLevel level = "T".equalsIgnoreCase(settings.level()) ? SignatureLevel.PAdES_BASELINE_T
                : SignatureLevel.PAdES_BASELINE_LT;
        DSSDocument signed;
        try {
            signed = dss.pades(dss.verifier()).signDocument(document, parameters.apply(level), value);
        } catch (AlertException | DSSException e) {
            if (level != SignatureLevel.PAdES_BASELINE_LT) {
                throw e;
            }
            LOG.warn("No revocation data for an LT signature; signing at T instead: {}", e.getMessage());
            level = SignatureLevel.PAdES_BASELINE_T;
            signed = dss.pades(dss.verifier()).signDocument(document, parameters.apply(level), value);
        }
        return keep(bytes(document), bytes(signed), kind, certificate, level, signedAt, documentRef, me);
    }

    PAdESSignatureParameters parameters(SignatureKind kind, SigningCertificate certificate,
            SignatureImageParameters appearance, Instant signedAt, SignatureLevel level) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        CertificateToken signer = new CertificateToken(certificate.certificate());
        parameters.setSigningCertificate(signer);
        parameters.setCertificateChain(chain(signer));
        parameters.bLevel().setSigningDate(Date.from(signedAt));
        parameters.setSigningTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
        parameters.setReason(reason(kind));
        parameters.setAppName("VanThu");
        parameters.setImageParameters(appearance);
        // room for the signature, its timestamp and a chain of three certificates; the default 9472 bytes is tight
        parameters.setContentSize(PadesWriter.CONTENT_SIZE);
        return parameters;
    }

    private List<CertificateToken> chain(CertificateToken signer) {
        if (authority.issued(signer.getCertificate())) {
            return List.of(signer, new CertificateToken(authority.issuingCa()), new CertificateToken(authority.root()));
        }
        return List.of(signer);
    }

    private SignedDocument keep(byte[] original, byte[] signed, SignatureKind kind, SigningCertificate certificate,
            SignatureLevel level, Instant signedAt, @Nullable String documentRef, CurrentUser me) {
        UUID signatureId = vn.vanthu.core.Ids.next();
        String levelName = level == SignatureLevel.PAdES_BASELINE_LT ? "PAdES-BASELINE-LT" : "PAdES-BASELINE-T";
        StoredFile result = transaction.execute(status -> {
            StoredFile before = storage.store(original, "file");
            StoredFile after = storage.store(signed, "file");
            jdbc.sql("""
                    insert into signature_made (id, kind, signer_id, agency_code, certificate_id, original_sha256,
                        signed_sha256, document_ref, level, signed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(signatureId, kind.name(), me.id(), me.agencyCode().value(), certificate.id(),
                            before.sha256(), after.sha256(), documentRef, levelName,
                            signedAt.atOffset(ZoneOffset.UTC))
                    .update();
            events.publishEvent(new DocumentSigned(signatureId, kind, me.id(), me.username(),
                    me.agencyCode().value(), certificate.id(), before.sha256(), after.sha256(), documentRef,
                    levelName, signedAt));
            return after;
        });
        return new SignedDocument(signatureId, result.sha256(), signed, kind, levelName, signedAt, certificate.view());
    }

    private SigningCertificate certificate(HolderKind holder, @Nullable UUID certificateId, CurrentUser me) {
        Instant now = Instant.now();
        if (certificateId != null) {
            SigningCertificate chosen = certificates.find(certificateId)
                    .filter(c -> c.holderKind() == holder)
                    .filter(c -> holder == HolderKind.PERSON ? me.id().equals(c.personId())
                            : me.agencyCode().equals(c.agencyCode()))
                    .orElseThrow(() -> new NotFound("signature.certificate.not-found"));
            chosen.checkUsable(now);
            return chosen;
        }
        List<SigningCertificate> all = holder == HolderKind.PERSON ? certificates.all(holder, me.agencyCode(),
                me.id()) : certificates.all(holder, me.agencyCode(), null);
        if (all.isEmpty()) {
            throw new RuleViolation(holder == HolderKind.PERSON ? "signature.certificate.none"
                    : "signature.certificate.none-for-agency");
        }
        return SigningCertificate.newestUsable(all, now, "signature.certificate.none");
    }

    static void checkPdf(byte[] pdf) {
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F' || pdf[4] != '-') {
            throw new InvalidValue("file", "signature.pdf.invalid");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
