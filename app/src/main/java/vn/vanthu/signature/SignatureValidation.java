package vn.vanthu.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.signature.internal.DssToolkit;
import vn.vanthu.storage.Storage;

/**
 * Validates the signatures of a PDF the ETSI way (DSS): per signature who signed, when (claimed and timestamped),
 * whether the bytes are intact, whether the chain reaches a trusted root, whether the certificate was revoked, and a
 * verdict with DSS's reasons said plainly. The last report of each stored file is kept, so lists show a badge
 * without validating again.
 */
@Service
public class SignatureValidation {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignatureValidation.class);

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** How long a check stands before a file is checked again (its certificates may have been revoked since). */
    private static final Duration FRESH = Duration.ofMinutes(10);

    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final DssToolkit dss;
    private final Storage storage;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Revocations revocations;

    SignatureValidation(DssToolkit dss, Storage storage, JdbcClient jdbc, JsonMapper json) {
        this.dss = dss;
        this.revocations = new Revocations(jdbc);
        this.storage = storage;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Validates an uploaded PDF (not kept). */
    public ValidationReport validate(byte[] pdf, String fileName) {
        Signing.checkPdf(pdf);
        if (!mayBeSigned(pdf)) {
            // a scan or an unsigned file: no need to have DSS read it all
            return new ValidationReport(fileName, Verdict.UNSIGNED, List.of(), Instant.now());
        }
        PDFDocumentValidator validator = dss.validator(new InMemoryDocument(pdf, fileName));
        Reports reports;
        try {
            reports = validator.validateDocument();
        } catch (eu.europa.esig.dss.spi.exception.IllegalInputException e) {
            LOG.info("DSS could not read {} as a signed PDF: {}", fileName, e.getMessage());
            throw new InvalidValue("file", "signature.pdf.invalid");
        }
        return report(fileName, reports);
    }

    /** Every PDF signature has a byte range; a file without the word has none. */
    private static boolean mayBeSigned(byte[] pdf) {
        return indexOf(pdf, pdf.length, BYTE_RANGE) >= 0;
    }

    /** {@link #mayBeSigned(byte[])} for a stored file, read a buffer at a time. */
    private static boolean mayBeSigned(InputStream pdf) throws IOException {
        int keep = BYTE_RANGE.length - 1;
        byte[] buffer = new byte[64 * 1024];
        int filled = 0;
        for (int read; (read = pdf.read(buffer, filled, buffer.length - filled)) != -1; ) {
            filled += read;
            if (indexOf(buffer, filled, BYTE_RANGE) >= 0) {
                return true;
            }
            // the word may begin in the last few bytes read: keep them in front of the next read
            int carried = Math.min(keep, filled);
            System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            filled = carried;
        }
        return false;
    }

    private static int indexOf(byte[] data, int length, byte[] word) {
        outer:
        for (int i = 0; i <= length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Validates a stored file and keeps the report for its badge. */
    public ValidationReport validateStored(String sha256) {
        byte[] pdf;
        try (InputStream in = storage.open(sha256)) {
            pdf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationReport report = validate(pdf, sha256 + ".pdf");
        keep(sha256, report, true);
        return report;
    }

    /** Keeps a stored file's report; one kept before stays unless {@code replace}. */
    private void keep(String sha256, ValidationReport report, boolean replace) {
        jdbc.sql("""
                insert into signature_validation (sha256, verdict, report, validated_at) values (?, ?, ?::jsonb, ?)
                on conflict (sha256) do\s""" + (replace ? """
                update set verdict = excluded.verdict, report = excluded.report, validated_at = excluded.validated_at
                """ : "nothing"))
                .params(sha256, report.verdict().name(), json.writeValueAsString(report),
                        report.validatedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The kept reports of these stored files, by SHA-256 (files never validated are missing). */
    public Map<String, ValidationReport> reports(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select sha256, report from signature_validation where sha256 in (:files)")
                .param("files", sha256s)
                .query((rs, row) -> Map.entry(rs.getString(1),
                        json.readValue(rs.getString(2), ValidationReport.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The verdict of each file's last check, for pages and lists that show a badge and need no more. */
    public Map<String, Verdict> verdicts(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select sha256, verdict from signature_validation where sha256 = any(?)")
                .param(sha256s.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString(1), Verdict.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Checks a stored file once however many ask at the same moment (a document issued to ten agencies of the
     * deployment is one file, checked by its sender and on every arrival): a check under way is waited for, and a
     * report of the last few minutes stands. A file DSS cannot read keeps no report.
     */
    public void checkStored(String sha256) {
        if (unsigned(sha256)) {
            return;
        }
        if (report(sha256).filter(report -> report.validatedAt().isAfter(Instant.now().minus(FRESH))).isPresent()) {
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(sha256, mine);
        if (running != null) {
            running.join();
            return;
        }
        try {
            validateStored(sha256);
        } catch (RuntimeException e) {
            LOG.warn("Could not check the signatures of stored file {}: {}", sha256, e.getMessage());
        } finally {
            inFlight.remove(sha256);
            mine.complete(null);
        }
    }

    /**
     * Whether the stored file carries no signature, which is so for good (its bytes never change): its report is kept
     * once, without DSS, and never made again.
     */
    private boolean unsigned(String sha256) {
        try (InputStream in = storage.open(sha256)) {
            if (mayBeSigned(in)) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keep(sha256, new ValidationReport(sha256 + ".pdf", Verdict.UNSIGNED, List.of(), Instant.now()), false);
        return true;
    }

    public Optional<ValidationReport> report(String sha256) {
        return Optional.ofNullable(reports(List.of(sha256)).get(sha256));
    }

    private ValidationReport report(String fileName, Reports reports) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureCheck> checks = new ArrayList<>();
        Verdict overall = Verdict.VALID;
        for (String id : simple.getSignatureIdList()) {
            SignatureCheck check = check(id, simple, diagnostic.getSignatureById(id), revocations);
            checks.add(check);
            overall = overall.worse(check.verdict());
        }
        return new ValidationReport(fileName, checks.isEmpty() ? Verdict.UNSIGNED : overall, List.copyOf(checks),
                Instant.now());
    }

    private static SignatureCheck check(String id, SimpleReport simple, SignatureWrapper signature,
            Revocations revocations) {
        CertificateWrapper signer = signature.getSigningCertificate();
        Verdict verdict = verdict(simple.getIndication(id));
        Set<String> reasons = new LinkedHashSet<>();
        SubIndication sub = simple.getSubIndication(id);
        if (sub != null) {
            reasons.add("signature.reason." + sub.name());
        }
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid()
                && signature.getDigestMatchers().stream().allMatch(m -> m.isDataFound() && m.isDataIntact());
        if (!intact) {
            reasons.add("signature.reason.altered");
        }
        boolean trusted = signer != null && signature.getCertificateChain().stream()
                .anyMatch(CertificateWrapper::isTrusted);
        RevocationState revocation = RevocationState.NOT_CHECKED;
        Instant revokedAt = null;
        if (signer != null) {
            CertificateRevocationWrapper latest = latest(signer);
            if (latest != null) {
                revocation = state(latest.getStatus());
                revokedAt = instant(latest.getRevocationDate());
            }
        }
        Instant timestamp = signature.getTimestampList().stream().map(TimestampWrapper::getProductionTime)
                .map(Date::toInstant).min(Instant::compareTo).orElse(null);
        // what the file carries may predate a revocation; for certificates issued here VanThu knows the present
        Instant revokedHere = signer == null ? null
                : revocations.revokedAt(signer.getSerialNumber(), signer.getBinaries());
        if (revokedHere != null) {
            revocation = RevocationState.REVOKED;
            revokedAt = revokedHere;
        }
        if (revocation == RevocationState.REVOKED) {
            Instant signedAt = timestamp != null ? timestamp : instant(signature.getClaimedSigningTime());
            boolean before = revokedAt == null || signedAt == null || !revokedAt.isAfter(signedAt);
            reasons.add(before ? "signature.reason.revoked" : "signature.reason.revoked-after-signing");
            if (before && verdict == Verdict.VALID) {
                verdict = Verdict.INVALID;
            }
        }
        List<String> details = new ArrayList<>();
        simple.getAdESValidationErrors(id).stream().map(Message::getValue).forEach(details::add);
        simple.getAdESValidationWarnings(id).stream().map(Message::getValue).forEach(details::add);
        return new SignatureCheck(id, signerName(signature, signer),
                signer == null ? null : signer.getOrganizationName(),
                signature.getSignatureFieldNames().isEmpty() ? null : signature.getSignatureFieldNames().get(0),
                instant(signature.getClaimedSigningTime()), timestamp, intact, trusted, revocation, revokedAt,
                simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(), verdict,
                List.copyOf(reasons), List.copyOf(details));
    }

    private static @Nullable CertificateRevocationWrapper latest(CertificateWrapper certificate) {
        CertificateRevocationWrapper latest = null;
        for (CertificateRevocationWrapper revocation : certificate.getCertificateRevocationData()) {
            if (latest == null || revocation.getProductionDate() != null && latest.getProductionDate() != null
                    && revocation.getProductionDate().after(latest.getProductionDate())) {
                latest = revocation;
            }
        }
        return latest;
    }

    private static String signerName(SignatureWrapper signature, @Nullable CertificateWrapper signer) {
        if (signer != null && signer.getCommonName() != null) {
            return signer.getCommonName();
        }
        return signature.getSignerName() == null ? "?" : signature.getSignerName();
    }

    private static Verdict verdict(@Nullable Indication indication) {
        if (indication == null) {
            return Verdict.INDETERMINATE;
        }
        return switch (indication) {
            case TOTAL_PASSED, PASSED -> Verdict.VALID;
            case TOTAL_FAILED, FAILED -> Verdict.INVALID;
            default -> Verdict.INDETERMINATE;
        };
    }

    private static RevocationState state(@Nullable CertificateStatus status) {
        if (status == null) {
            return RevocationState.NOT_CHECKED;
        }
        return switch (status) {
            case GOOD -> RevocationState.GOOD;
            case REVOKED -> RevocationState.REVOKED;
            default -> RevocationState.UNKNOWN;
        };
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

}
