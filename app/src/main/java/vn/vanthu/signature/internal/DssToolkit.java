package vn.vanthu.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import vn.vanthu.signature.SignatureSettings;

/**
 * DSS set up the VanThu way: trusting the built-in root and the roots the deployment names, fetching revocation data
 * from the built-in authority in-process and from everyone else over HTTP, timestamping with the configured authority
 * or the built-in one, drawing signature text with a free Times-compatible font that has every Vietnamese glyph, and
 * validating without the page-by-page visual comparison (it renders every page and takes seconds).
 */
@Component
public class DssToolkit {

    private static final int TIMEOUT_MS = 10_000;

    private final BuiltInAuthority authority;
    private final SignatureSettings settings;
    // made on first use: they need the authority, which opens after the beans are wired
    private final SingletonSupplier<CommonCertificateVerifier> verifier = SingletonSupplier.of(this::newVerifier);
    private final SingletonSupplier<TSPSource> timestamps = SingletonSupplier.of(this::newTimestamps);
    private final byte[] font;
    private final java.util.Map<Float, DSSFileFont> fonts = new java.util.concurrent.ConcurrentHashMap<>();

    DssToolkit(BuiltInAuthority authority, SignatureSettings settings) throws IOException {
        // DSS looks BouncyCastle up among the JVM's providers and makes a new one each time it is missing
        if (java.security.Security.getProvider(org.bouncycastle.jce.provider.BouncyCastleProvider.PROVIDER_NAME)
                == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
        this.authority = authority;
        this.settings = settings;
        try (InputStream in = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
            this.font = in.readAllBytes();
        }
    }

    public CommonCertificateVerifier verifier() {
        return verifier.obtain();
    }

    private CommonCertificateVerifier newVerifier() {
        String prefix = settings.pkiUrl("/pki/");
        CommonCertificateVerifier made = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(authority.root()));
        for (Path root : settings.trustedRoots()) {
            try {
                trusted.addCertificate(DSSUtils.loadCertificate(Files.readAllBytes(root)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the trusted root " + root, e);
            }
        }
        made.setTrustedCertSources(trusted);
        made.setOcspSource(new OnlineOCSPSource(new OwnPkiDataLoader(authority, prefix, timed(new OCSPDataLoader()))));
        made.setCrlSource(new OnlineCRLSource(new OwnPkiDataLoader(authority, prefix, timed(new CommonsDataLoader()))));
        made.setAIASource(
                new DefaultAIASource(new OwnPkiDataLoader(authority, prefix, timed(new CommonsDataLoader()))));
        // signing decides itself what a missing revocation means (LT falls back to T); validation reports it
        made.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        made.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        made.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
        made.setAugmentationAlertOnSelfSignedCertificateChains(new SilentOnStatusAlert());
        return made;
    }

    private static DataLoader timed(CommonsDataLoader loader) {
        return new PublicAddressesOnly(timedTrusted(loader));
    }

    /** For an address the deployment configured itself (its timestamp authority), which may well be internal. */
    private static CommonsDataLoader timedTrusted(CommonsDataLoader loader) {
        loader.setTimeoutConnection(TIMEOUT_MS);
        loader.setTimeoutSocket(TIMEOUT_MS);
        return loader;
    }

    /** The configured timestamp authority, or the built-in one. */
    public TSPSource timestamps() {
        return timestamps.obtain();
    }

    private TSPSource newTimestamps() {
        URI external = settings.timestampUrl();
        return external == null ? authority.timestamps()
                : new OnlineTSPSource(external.toString(), timedTrusted(new TimestampDataLoader()));
    }

    /** A PAdES service: signature fields drawn as native PDF (text stays text), timestamps from {@link #timestamps}. */
    public PAdESService pades(CommonCertificateVerifier with) {
        PAdESService service = new PAdESService(with);
        service.setTspSource(timestamps());
        PdfBoxNativeObjectFactory objects = new PdfBoxNativeObjectFactory();
        // the agency's seal overlaps the official's signature on purpose (Appendix I)
        PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        objects.setPdfSignatureFieldPositionChecker(positions);
        service.setPdfObjFactory(objects);
        return service;
    }

    /** The signature text's font at {@code size} points; one per size, as reading the font file is not cheap. */
    public DSSFileFont font(float size) {
        return fonts.computeIfAbsent(size, points -> {
            DSSFileFont made = new DSSFileFont(new java.io.ByteArrayInputStream(font));
            made.setSize(points);
            return made;
        });
    }

    public PDFDocumentValidator validator(DSSDocument document) {
        PDFDocumentValidator validator = new PDFDocumentValidator(document);
        validator.setCertificateVerifier(verifier());
        // the certificates themselves in the report, not only their digests: a revocation VanThu knows of is matched
        // against the whole certificate
        validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        PdfBoxDefaultObjectFactory objects = new PdfBoxDefaultObjectFactory();
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        objects.setPdfDifferencesFinder(differences);
        validator.setPdfObjFactory(objects);
        return validator;
    }
}
