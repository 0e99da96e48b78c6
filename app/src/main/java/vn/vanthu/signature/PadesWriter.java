package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.signature.internal.DssToolkit;

/**
 * Writes a PAdES BASELINE-T signature into a PDF in one incremental update: the signature field and its appearance,
 * a CAdES detached signature (content type, message digest and signing-certificate-v2 signed; no signing-time, as
 * PAdES takes the time from the signature dictionary) and the signature's timestamp. DSS does the same in a pipeline
 * that writes the whole file twice and draws the image four times per signature; this writes it once, so a province's
 * morning of signing fits on two cores. DSS still validates every signature made here, in the tests as in use.
 */
@Component
class PadesWriter {

    /** Room for the signature, its timestamp and a chain of three certificates. */
    static final int CONTENT_SIZE = 16 * 1024;

    private final SignatureDrawing drawing;
    private final DssToolkit dss;

    PadesWriter(SignatureDrawing drawing, DssToolkit dss) {
        this.drawing = drawing;
        this.dss = dss;
    }

    /** The raw signature over the encoded signed attributes, with the signer's key wherever it is. */
    interface KeyUse {

        SignatureValue sign(ToBeSigned data);
    }

    /** Whether the look can be drawn here; DSS draws the rest (rotated pages). */
    static boolean canDraw(PDDocument document, SignatureAppearance.Look look) {
        int page = look.box().page();
        return page >= 1 && page <= document.getNumberOfPages() && document.getPage(page - 1).getRotation() == 0;
    }

    /** The signed PDF, and the certificates its validation data must cover: the signer's chain and the timestamp's. */
    record Written(byte[] pdf, List<X509Certificate> certificates) {
    }

    Written sign(PDDocument document, int originalSize, SignatureAppearance.Look look, String reason,
            Instant signedAt, List<X509Certificate> chain, KeyUse key) throws IOException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setReason(reason);
        Calendar time = Calendar.getInstance(TimeZone.getTimeZone(VietnamTime.ZONE));
        time.setTimeInMillis(signedAt.toEpochMilli());
        signature.setSignDate(time);
        COSDictionary application = new COSDictionary();
        application.setName(COSName.NAME, "VanThu");
        COSDictionary build = new COSDictionary();
        build.setItem(COSName.getPDFName("App"), application);
        signature.getCOSObject().setItem(COSName.getPDFName("Prop_Build"), build);
        document.setDocumentId(signedAt.toEpochMilli());

        SignatureAppearance.Box box = look.box();
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(CONTENT_SIZE);
            options.setPage(box.page() - 1);
            document.addSignature(signature, options);
        }
        PDAnnotationWidget widget = field(document, signature).getWidgets().get(0);
        PDPage page = document.getPage(box.page() - 1);
        PDRectangle crop = page.getCropBox();
        widget.setRectangle(new PDRectangle(crop.getLowerLeftX() + box.x(),
                crop.getUpperRightY() - box.y() - box.height(), box.width(), box.height()));
        widget.setAppearance(drawing.appearance(document, look));

        ByteArrayOutputStream out = new ByteArrayOutputStream(originalSize + CONTENT_SIZE * 2 + 64 * 1024);
        ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
        List<X509Certificate> certificates = new ArrayList<>(chain);
        external.setSignature(cms(external.getContent(), chain, key, certificates));
        return new Written(out.toByteArray(), certificates);
    }

    private static PDSignatureField field(PDDocument document, PDSignature signature) {
        for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof PDSignatureField candidate && candidate.getSignature() != null
                    && candidate.getSignature().getCOSObject() == signature.getCOSObject()) {
                return candidate;
            }
        }
        throw new IllegalStateException("The signature field just added is missing");
    }

    /** The CMS signature over the byte ranges; the timestamp's certificates are added to {@code certificates}. */
    private byte[] cms(InputStream content, List<X509Certificate> chain, KeyUse key,
            List<X509Certificate> certificates) throws IOException {
        X509Certificate signer = chain.get(0);
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(signer))
                    .build(new KeySigner(signer, key), signer));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData signed = generator.generate(new ByteRange(content), false);
            SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
            byte[] token = dss.timestamps().getTimeStampResponse(DigestAlgorithm.SHA256,
                    sha256(info.getSignature())).getBytes();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : new TimeStampToken(new CMSSignedData(token)).getCertificates()
                    .getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            info = SignerInformation.replaceUnsignedAttributes(info, new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(
                            token)))));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(info))
                    .getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | TSPException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("Could not make the CMS signature", e);
        }
    }

    /** PAdES baseline: the signing certificate bound by its hash, and no signing-time attribute. */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate signer)
            throws CertificateEncodingException {
        ESSCertIDv2 id = new ESSCertIDv2(sha256(signer.getEncoded()), new IssuerSerial(new GeneralNames(
                new GeneralName(X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                signer.getSerialNumber()));
        AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
        return new DefaultSignedAttributeTableGenerator(extra) {
            @Override
            @SuppressWarnings({ "rawtypes", "unchecked" })
            protected Hashtable createStandardAttributeTable(Map parameters) {
                Hashtable table = super.createStandardAttributeTable(parameters);
                table.remove(CMSAttributes.signingTime);
                return table;
            }
        };
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed byte ranges of the PDF, streamed into the CMS generator's digest. */
    private record ByteRange(InputStream content) implements CMSTypedData {

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        @Override
        public Object getContent() {
            return content;
        }
    }

    /** Hands BouncyCastle's encoded signed attributes to the key, wherever it is, and its signature back. */
    private static final class KeySigner implements ContentSigner {

        private final AlgorithmIdentifier algorithm;
        private final KeyUse key;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        KeySigner(X509Certificate signer, KeyUse key) {
            String name = "EC".equals(signer.getPublicKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(name);
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            return key.sign(new ToBeSigned(data.toByteArray())).getValue();
        }
    }
}
