package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.signature.XMLSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Packages VanThu signs validate here and with standard XML Signature libraries; changed ones do not. */
class SignatureUnitTests {

    private final EdxmlSignatureValidator validator = new EdxmlSignatureValidator();

    @TempDir
    Path dir;

    @BeforeAll
    static void initSantuario() {
        org.apache.xml.security.Init.init();
    }

    @Test
    void validatesAPackageSignedWithAnRsaKeyAndNamesTheSigner() throws IOException {
        SignatureValidation validation = validator.validate(signed(SamplePackages.envelope(), TestKeys.rsa()));

        assertThat(validation.verdict()).isEqualTo(SignatureValidation.Verdict.VALID);
        assertThat(validation.isValid()).isTrue();
        assertThat(validation.reason()).isNull();
        assertThat(validation.signer()).isEqualTo(TestKeys.rsa().certificate());
        assertThat(validation.certificates()).isEqualTo(TestKeys.rsa().chain());
    }

    @Test
    void validatesAPackageSignedWithAnEcdsaKey() throws IOException {
        SignatureValidation validation = validator.validate(signed(SamplePackages.envelope(), TestKeys.ec()));

        assertThat(validation.isValid()).isTrue();
        assertThat(validation.signer()).isEqualTo(TestKeys.ec().certificate());
    }

    @Test
    void signsStatusMessagesToo() throws IOException {
        assertThat(validator.validate(signed(SamplePackages.status(), TestKeys.rsa())).isValid()).isTrue();
    }

    @Test
    void standardXmlSignatureLibrariesAcceptTheSignature() throws Exception {
        for (SigningKey key : new SigningKey[] {TestKeys.rsa(), TestKeys.ec()}) {
            Path file = signed(SamplePackages.envelope(), key);

            assertThat(santuarioAccepts(file, key.certificate())).as("Santuario, " + key).isTrue();
            assertThat(jdkAccepts(file, key.certificate())).as("the JDK, " + key).isTrue();
        }
    }

    @Test
    void putsTheSignatureAfterTheTraceHeaderListAsTheSdkDoes() throws IOException {
        String xml = Files.readString(signed(SamplePackages.envelope(), TestKeys.rsa()));

        assertThat(xml).contains("</edXML:TraceHeaderList>\n      "
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n        <SignedInfo>");
        assertThat(xml).contains("</Signature>\n    </edXML:edXMLHeader>\n    <edXML:edXMLBody>");
        assertThat(xml).contains("<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\">",
                "<Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\">",
                "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\">",
                "<X509SubjectName>" + TestKeys.rsa().certificate().getSubjectX500Principal().getName()
                        + "</X509SubjectName>");
    }

    @Test
    void aSignedPackageReadsLikeTheUnsignedOne() throws IOException {
        EdxmlEnvelope envelope = SamplePackages.envelope();
        EdxmlEnvelope read = new EdxmlParser(ParserLimits.DEFAULT, dir)
                .parseEnvelope(Files.newInputStream(signed(envelope, TestKeys.rsa())));

        assertThat(read.messageHeader()).isEqualTo(envelope.messageHeader());
        assertThat(read.traceHeaderList()).isEqualTo(envelope.traceHeaderList());
    }

    @Test
    void refusesAPackageWhoseSubjectChangedAfterSigning() throws IOException {
        Path file = signed(SamplePackages.envelope(), TestKeys.rsa());
        replace(file, "phòng, chống lụt bão", "phòng, chống hạn hán");

        SignatureValidation validation = validator.validate(file);

        assertThat(validation.verdict()).isEqualTo(SignatureValidation.Verdict.INVALID);
        assertThat(validation.reason()).isEqualTo("the package was changed after it was signed: its digest does not "
                + "match");
        assertThat(validation.signer()).isEqualTo(TestKeys.rsa().certificate());
    }

    @Test
    void refusesAPackageWhoseAttachmentChangedAfterSigning() throws IOException {
        Path file = signed(SamplePackages.envelope(), TestKeys.ec());
        replace(file, ">AQID<", ">AQIE<");

        assertThat(validator.validate(file).reason()).contains("digest does not match");
    }

    @Test
    void refusesASignatureValueMadeWithAnotherKey() throws IOException {
        Path file = signed(SamplePackages.envelope(), TestKeys.rsa());
        String xml = Files.readString(file);
        String value = between(xml, "<SignatureValue>", "</SignatureValue>");
        String forged = (value.charAt(0) == 'A' ? "B" : "A") + value.substring(1);
        Files.writeString(file, xml.replace(value, forged));

        SignatureValidation validation = validator.validate(file);

        assertThat(validation.verdict()).isEqualTo(SignatureValidation.Verdict.INVALID);
        assertThat(validation.reason()).isEqualTo("the signature value does not match the signer's certificate");
    }

    @Test
    void refusesACertificateSwappedForAnotherOne() throws IOException {
        Path file = signed(SamplePackages.envelope(), TestKeys.ec());
        Path other = signed(SamplePackages.envelope(), TestKeys.rsa());
        String xml = Files.readString(file);
        String certificate = between(Files.readString(other), "<X509Certificate>", "</X509Certificate>");
        Files.writeString(file, xml.replace(between(xml, "<X509Certificate>", "</X509Certificate>"), certificate));

        SignatureValidation validation = validator.validate(file);

        assertThat(validation.isValid()).isFalse();
        assertThat(validation.signer()).isEqualTo(TestKeys.rsa().certificate());
    }

    @Test
    void saysWhenAPackageIsUnsigned() throws IOException {
        Path file = dir.resolve("unsigned.edxml");
        try (var out = Files.newOutputStream(file)) {
            new EdxmlWriter().write(SamplePackages.envelope(), out);
        }

        assertThat(validator.validate(file).verdict()).isEqualTo(SignatureValidation.Verdict.UNSIGNED);
        assertThat(validator.validate(Fixtures.file("status_inbox_01.edxml")).verdict())
                .isEqualTo(SignatureValidation.Verdict.UNSIGNED);
    }

    @Test
    void findsTheFixturesSignaturesToBeShowOnly() {
        SignatureValidation newPackage = validator.validate(Fixtures.file("edoc_new.edxml"));
        SignatureValidation smallPackage = validator.validate(Fixtures.file("edoc.edxml"));

        assertThat(newPackage.verdict()).isEqualTo(SignatureValidation.Verdict.INVALID);
        assertThat(newPackage.reason()).isEqualTo("the Signature element is not in the XML Signature namespace");
        assertThat(smallPackage.verdict()).isEqualTo(SignatureValidation.Verdict.INVALID);
        assertThat(smallPackage.reason()).contains("xlink");
        assertThat(smallPackage.signer().getSubjectX500Principal().getName()).contains("CMND:142587899");
    }

    private Path signed(EdxmlMessage message, SigningKey key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EdxmlWriter(dir).write(message, key, bytes);
        Path file = Files.createTempFile(dir, "signed-", ".edxml");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String xml = Files.readString(file);
        assertThat(xml).contains(from);
        Files.writeString(file, xml.replace(from, to));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static Element signatureElement(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        return (Element) document.getElementsByTagNameNS(XmlDsig.NAMESPACE, "Signature").item(0);
    }

    private static boolean santuarioAccepts(Path file, X509Certificate certificate) throws Exception {
        return new XMLSignature(signatureElement(file), "").checkSignatureValue(certificate);
    }

    private static boolean jdkAccepts(Path file, X509Certificate certificate) throws Exception {
        DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signatureElement(file));
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}
