package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a package does wrong, the parser refuses it with a named rule and element, never a stack trace. */
class HostileInputUnitTests {

    private static final String ROOT = "<edXML xmlns=\"" + EdxmlMessage.NAMESPACE + "\">";

    @TempDir
    Path attachments;

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + ROOT + "<edXMLEnvelope>&xxe;</edXMLEnvelope></edXML>";

        refuses(xxe, EdxmlException.Rule.DTD_REFUSED)
                .hasMessageStartingWith("DOCTYPE: refused: edXML needs no DTD");
    }

    @Test
    void refusesAPackageWhoseElementsAreBoundToAnotherNamespace() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new EdxmlWriter().write(SamplePackages.envelope(), out);
        String foreign = out.toString(java.nio.charset.StandardCharsets.UTF_8)
                .replace(EdxmlMessage.NAMESPACE, "urn:example:look-alike");

        refuses(foreign, EdxmlException.Rule.NOT_EDXML).hasMessageContaining("urn:example:look-alike");
        // prefixes left undeclared are what careless senders write, and are read
        assertThat(parser().parse(input("<edXML><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>"
                + "<edXML:From><edXML:OrganId>000.00.00.G22</edXML:OrganId></edXML:From><edXML:To><edXML:OrganId>"
                + "000.00.00.H41</edXML:OrganId></edXML:To></edXML:MessageHeader></edXML:edXMLHeader>"
                + "</edXML:edXMLEnvelope></edXML>"))).isInstanceOf(EdxmlEnvelope.class);
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String laughs = dtd + "]>" + ROOT + "<Subject>&lol9;</Subject></edXML>";

        refuses(laughs, EdxmlException.Rule.DTD_REFUSED);
    }

    @Test
    void refusesAnExternalDtdWithoutFetchingIt() {
        refuses("<!DOCTYPE edXML SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + ROOT + "</edXML>",
                EdxmlException.Rule.DTD_REFUSED);
    }

    @Test
    void refusesParameterEntitiesWithoutExpandingOrFetchingThem() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY % p0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY % p").append(i).append(" \"").append(("%p" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("<!ENTITY % ext SYSTEM \"http://127.0.0.1:9/x.dtd\"> %ext;]>");

        refuses(dtd + ROOT + "</edXML>", EdxmlException.Rule.DTD_REFUSED);
    }

    @Test
    void theSignatureValidatorRefusesDtdsToo() throws IOException {
        Path file = attachments.resolve("xxe.edxml");
        Files.writeString(file, "<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ROOT + "</edXML>");

        assertThatThrownBy(() -> new EdxmlSignatureValidator().validate(file))
                .isInstanceOfSatisfying(EdxmlException.class,
                        e -> assertThat(e.rule()).isEqualTo(EdxmlException.Rule.DTD_REFUSED));
    }

    @Test
    void refusesAPackageAboveTheSizeLimitAndLeavesNoFile() throws IOException {
        byte[] large = new byte[64 * 1024];
        String xml = written(SamplePackages.envelope(List.of(
                new Attachment("cid:1", "application/pdf", "a.pdf", null, AttachmentContent.of(large)))));
        EdxmlParser parser = new EdxmlParser(ParserLimits.DEFAULT.withMaxPackageBytes(50_000), attachments);

        assertThatThrownBy(() -> parser.parse(input(xml)))
                .isInstanceOfSatisfying(EdxmlException.class,
                        e -> assertThat(e.rule()).isEqualTo(EdxmlException.Rule.TOO_LARGE))
                .hasMessage("package: larger than the limit of 50000 bytes");
        try (Stream<Path> left = Files.list(attachments)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void allowsTwoHundredAndFiftyMegabytesByDefault() {
        assertThat(ParserLimits.DEFAULT.maxPackageBytes()).isEqualTo(250L * 1024 * 1024);
    }

    @Test
    void refusesDeepNesting() {
        String deep = ROOT + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</edXML>";

        refuses(deep, EdxmlException.Rule.TOO_DEEP)
                .hasMessage("…/a/a/a: elements nested deeper than 64 levels");
    }

    @Test
    void refusesAnOverlongText() {
        String xml = written(SamplePackages.envelope()).replace("Nội dung chỉ thị", "x".repeat(2_000_000));

        refuses(xml, EdxmlException.Rule.TOO_LARGE).hasMessage("Content: text longer than 1048576 characters");
    }

    @Test
    void namesAMissingSender() {
        String xml = written(SamplePackages.envelope())
                .replaceFirst("<edXML:OrganId>000.00.00.H41</edXML:OrganId>", "");

        refuses(xml, EdxmlException.Rule.MISSING).hasMessage("From/OrganId: missing");
    }

    @Test
    void namesABadDate() {
        String xml = written(SamplePackages.envelope())
                .replace("<edXML:PromulgationDate>2026/11/20", "<edXML:PromulgationDate>2026-13-40");

        refuses(xml, EdxmlException.Rule.BAD_DATE)
                .hasMessage("PromulgationInfo/PromulgationDate: bad date '2026-13-40', expected yyyy/MM/dd");
    }

    @Test
    void namesADateThatDoesNotExist() {
        String xml = written(SamplePackages.envelope()).replace("2026/12/31", "2026/02/30");

        refuses(xml, EdxmlException.Rule.BAD_DATE).hasMessage("DueDate: bad date '2026/02/30', expected yyyy/MM/dd");
    }

    @Test
    void namesABadTimestamp() {
        String xml = written(SamplePackages.status()).replace("2026/11/20 09:00:00", "2026/11/20 25:00");

        refuses(xml, EdxmlException.Rule.BAD_DATE)
                .hasMessage("Timestamp: bad timestamp '2026/11/20 25:00', expected yyyy/MM/dd HH:mm:ss");
    }

    @Test
    void namesAnUnknownStatusCode() {
        String xml = written(SamplePackages.status()).replace(">03<", ">07<");

        refuses(xml, EdxmlException.Rule.UNKNOWN_STATUS_CODE)
                .hasMessage("StatusCode: unknown status code '07', expected 01–06, 13, 15 or 16");
    }

    @Test
    void namesAnUnknownBusinessType() {
        String xml = written(SamplePackages.envelope())
                .replace("<edXML:BussinessDocType>0<", "<edXML:BussinessDocType>7<");

        refuses(xml, EdxmlException.Rule.BAD_VALUE)
                .hasMessage("TraceHeaderList/Bussiness/BussinessDocType: unknown business type 7, "
                        + "expected 0, 1, 2 or 3");
    }

    @Test
    void namesANumberThatIsNone() {
        String xml = written(SamplePackages.envelope()).replace("<edXML:PageAmount>3<", "<edXML:PageAmount>ba<");

        refuses(xml, EdxmlException.Rule.BAD_VALUE).hasMessage("OtherInfo/PageAmount: not a whole number: 'ba'");
    }

    @Test
    void namesBrokenBase64WithItsAttachmentAndPosition() {
        String xml = written(withAttachment("hello world")).replace("aGVsbG8gd29ybGQ=", "aGVs!G8gd29ybGQ=");

        refuses(xml, EdxmlException.Rule.BROKEN_BASE64)
                .hasMessage("Attachment cid:1: broken base64: '!' at character 4 is not base64");
    }

    @Test
    void namesDataAfterTheBase64Padding() {
        String xml = written(withAttachment("hello world")).replace("aGVsbG8gd29ybGQ=", "aGVsbG8gd29ybGQ=AAAA");

        refuses(xml, EdxmlException.Rule.BROKEN_BASE64)
                .hasMessage("Attachment cid:1: broken base64: data after the padding at character 16");
    }

    @Test
    void acceptsBase64BrokenIntoLines() {
        String xml = written(withAttachment("hello world")).replace("aGVsbG8gd29ybGQ=", "aGVs\r\n bG8g\n\td29ybGQ=");

        EdxmlEnvelope envelope = parser().parseEnvelope(input(xml));

        assertThat(((FileContent) envelope.attachments().get(0).content()).size()).isEqualTo(11);
    }

    @Test
    void namesAnAttachmentListedButMissing() {
        String xml = written(withAttachment("x"));
        xml = xml.substring(0, xml.indexOf("  <AttachmentEncoded>")) + "</edXML>";

        refuses(xml, EdxmlException.Rule.BROKEN_ATTACHMENT)
                .hasMessage("Attachment cid:1: listed in the manifest, but its content is missing");
    }

    @Test
    void refusesASecondSender() {
        String xml = written(SamplePackages.envelope()).replace("<edXML:To>",
                "<edXML:From><edXML:OrganId>000.00.00.H14</edXML:OrganId></edXML:From><edXML:To>");

        refuses(xml, EdxmlException.Rule.DUPLICATE).hasMessage("From: appears twice");
    }

    @Test
    void refusesWhatIsNotXml() {
        refuses("PK\u0003\u0004 a zip, not a package", EdxmlException.Rule.NOT_XML)
                .hasMessage("package: no XML in the first 1024 bytes");
    }

    @Test
    void namesWhereXmlBreaksOff() {
        String xml = written(SamplePackages.status());

        refuses(xml.substring(0, xml.indexOf("</edXML:StatusCode>")), EdxmlException.Rule.NOT_XML)
                .hasMessageStartingWith("StatusCode: not well-formed XML: line ");
    }

    @Test
    void refusesXmlThatIsNotEdxml() {
        refuses("<html><body/></html>", EdxmlException.Rule.NOT_EDXML)
                .hasMessage("html: root element <html> is not <edXML>");
    }

    @Test
    void theWriterRefusesTextXmlCannotCarry() {
        StatusMessage status = SamplePackages.status();
        StatusMessage broken = new StatusMessage(status.from(), null, status.responseFor(), null,
                status.statusCode(), "lỗi \u0001 ở đây", null);

        assertThatThrownBy(() -> new EdxmlWriter().write(broken, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(EdxmlException.class,
                        e -> assertThat(e.rule()).isEqualTo(EdxmlException.Rule.UNWRITABLE_TEXT))
                .hasMessage("Description: character U+0001 cannot be written in XML 1.0");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refuses(String xml, EdxmlException.Rule rule) {
        return assertThatThrownBy(() -> parser().parse(input(xml)))
                .isInstanceOfSatisfying(EdxmlException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private EdxmlParser parser() {
        return new EdxmlParser(ParserLimits.DEFAULT, attachments);
    }

    private static EdxmlEnvelope withAttachment(String content) {
        return SamplePackages.envelope(List.of(new Attachment("cid:1", "text/plain", "a.txt", null,
                AttachmentContent.of(content.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String written(EdxmlMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(message, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream input(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
