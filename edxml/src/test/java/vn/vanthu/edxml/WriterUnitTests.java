package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writer's output looks like the government SDK's, byte for byte where it can. */
class WriterUnitTests {

    @Test
    void writesAStatusMessageAsTheSdksSamplesLayItOut() {
        assertThat(written(SamplePackages.status())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                  <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                    <edXML:edXMLHeader>
                      <edXML:MessageHeader>
                        <edXML:From>
                          <edXML:OrganId>000.00.00.G22</edXML:OrganId>
                          <edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>
                          <edXML:OrganAdd>Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội</edXML:OrganAdd>
                          <edXML:Email>vpcp@gov.vn</edXML:Email>
                          <edXML:Website>vpcp.gov.vn</edXML:Website>
                        </edXML:From>
                        <edXML:ResponseFor>
                          <edXML:OrganId>000.00.00.H41</edXML:OrganId>
                          <edXML:Code>15/CT-UBND</edXML:Code>
                          <edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate>
                          <edXML:DocumentId>000.00.00.H41,2026/11/20,15/CT-UBND</edXML:DocumentId>
                        </edXML:ResponseFor>
                        <edXML:StaffInfo>
                          <edXML:Department>Phòng Hành chính</edXML:Department>
                          <edXML:Staff>Trần Văn Ánh</edXML:Staff>
                          <edXML:Email>anh@vpcp.gov.vn</edXML:Email>
                          <edXML:Mobile>0912000002</edXML:Mobile>
                        </edXML:StaffInfo>
                        <edXML:StatusCode>03</edXML:StatusCode>
                        <edXML:Description>Tiếp nhận văn bản điện tử, vào sổ văn bản đến</edXML:Description>
                        <edXML:Timestamp>2026/11/20 09:00:00</edXML:Timestamp>
                      </edXML:MessageHeader>
                    </edXML:edXMLHeader>
                  </edXML:edXMLEnvelope>
                </edXML>
                """);
    }

    @Test
    void writesAttachmentsAfterTheEnvelopeOnOneBase64Line() {
        EdxmlEnvelope envelope = SamplePackages.envelope(List.of(new Attachment("cid:9", "application/pdf",
                "Công văn.pdf", "Văn bản chính", AttachmentContent.of("xin chào".getBytes(StandardCharsets.UTF_8)))));

        String xml = written(envelope);

        assertThat(xml).contains("""
                    <edXML:edXMLBody>
                      <edXML:edXMLManifest version="1.0">
                        <edXML:Reference>
                          <edXML:ContentId>cid:9</edXML:ContentId>
                          <edXML:ContentType>application/pdf</edXML:ContentType>
                          <edXML:Description>Văn bản chính</edXML:Description>
                          <edXML:AttachmentName>Công văn.pdf</edXML:AttachmentName>
                        </edXML:Reference>
                      </edXML:edXMLManifest>
                    </edXML:edXMLBody>
                  </edXML:edXMLEnvelope>
                  <AttachmentEncoded>
                    <Attachment>
                      <ContentId>cid:9</ContentId>
                      <AttachmentName>Công văn.pdf</AttachmentName>
                      <Description>Văn bản chính</Description>
                      <ContentType>application/pdf</ContentType>
                      <edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">\
                eGluIGNow6Bv</edXML:ContentTransferEncoded>
                    </Attachment>
                  </AttachmentEncoded>
                </edXML>
                """);
    }

    @Test
    void writesTheBusinessElementsWithTheStandardsSpelling() {
        assertThat(written(SamplePackages.envelope())).contains("""
                        <edXML:Bussiness>
                          <edXML:DocumentId>000.00.00.H41,2026/11/20,15/CT-UBND</edXML:DocumentId>
                          <edXML:BussinessDocType>0</edXML:BussinessDocType>
                          <edXML:BussinessDocReason>Văn bản điện tử mới</edXML:BussinessDocReason>
                          <edXML:Paper>0</edXML:Paper>
                """);
    }

    @Test
    void streamsEachAttachmentOnceAndClosesIt() {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        AttachmentContent content = () -> {
            opened.incrementAndGet();
            return new FilterInputStream(new ByteArrayInputStream(new byte[200_000])) {
                @Override
                public void close() throws IOException {
                    closed.incrementAndGet();
                    super.close();
                }
            };
        };

        written(SamplePackages.envelope(List.of(Attachment.of("scan.pdf", "application/pdf", null, content))));

        assertThat(opened).hasValue(1);
        assertThat(closed).hasValue(1);
    }

    @Test
    void escapesWhatXmlWouldOtherwiseChange() {
        StatusMessage status = SamplePackages.status();
        StatusMessage special = new StatusMessage(status.from(), null, status.responseFor(), null,
                StatusCode.REFUSED, "a < b & c > d\r\ndòng mới", null);

        assertThat(written(special))
                .contains("<edXML:Description>a &lt; b &amp; c &gt; d&#13;\ndòng mới</edXML:Description>");
    }

    @Test
    void writesVietnameseInPrecomposedForm() {
        StatusMessage status = SamplePackages.status();
        StatusMessage decomposed = new StatusMessage(status.from(), null, status.responseFor(), null,
                StatusCode.DONE, "Tuâ\u0301n", null);

        assertThat(written(decomposed)).contains("<edXML:Description>Tu\u1EA5n</edXML:Description>");
    }

    @Test
    void readsWhatItWrites() {
        EdxmlEnvelope envelope = SamplePackages.envelope(List.of());
        InputStream in = new ByteArrayInputStream(written(envelope).getBytes(StandardCharsets.UTF_8));

        assertThat(new EdxmlParser().parse(in)).isEqualTo(envelope);
    }

    private static String written(EdxmlMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(message, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
