package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The government SDK's sample packages read to the values they hold. */
class FixtureParsingUnitTests {

    private static final Set<String> COVERED = Set.of("edoc.edxml", "edoc_new.edxml", "status_inbox_01.edxml",
            "status_rejection_02.edxml", "status_acceptance_03.edxml", "status_assignment_04.edxml",
            "status_processing_05.edxml", "status_finish_06.edxml");

    @TempDir
    Path attachments;

    @Test
    void coversEveryFixture() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.directory())) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".edxml"))
                    .collect(Collectors.toSet())).isEqualTo(COVERED);
        }
    }

    @Test
    void readsTheNewDocumentPackageDespiteTheStrayCharactersBeforeItsDeclaration() throws IOException {
        EdxmlEnvelope envelope = parse("edoc_new.edxml");
        MessageHeader header = envelope.messageHeader();

        assertThat(header.from()).isEqualTo(new Organization("002.00.20.H13",
                "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                "Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội", "vpcp@gov.vn", "8043100", "048989898789", "vpcp.vn"));
        assertThat(header.to()).containsExactly(new Organization("28.22.H17",
                "UBND xã Hòa Sơn - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                "UBND xã Hòa Sơn - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                "số 62 - Võ Thị Sáu - Ngô Quyền - Hải Phòng", "bxd@moc.gov.vn", "(84-4) 3821 5137", "(023)37366617",
                "www.haiphong.gov.vn"));
        assertThat(header.documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(header.code()).isEqualTo(new Code("74fass22", "VPCP-TTĐT"));
        assertThat(header.promulgationInfo()).isEqualTo(new PromulgationInfo("Hà Nội", LocalDate.of(2019, 1, 16)));
        assertThat(header.documentType()).isEqualTo(new DocumentType(1, 0, "Công văn"));
        assertThat(header.subject()).isEqualTo("V/v kết nối, liên thông phần mềm quản lý văn bản");
        assertThat(header.content()).isEqualTo("V/v kết nối, liên thông phần mềm quản lý văn bản");
        assertThat(header.signerInfo()).isEqualTo(new SignerInfo("TL. BO TRUONG",
                "Cuc truong cuc ung dung cong nghe thong tin", "Nguyen Thanh Phuc"));
        assertThat(header.dueDate()).isEqualTo(LocalDate.of(2018, 9, 28));
        assertThat(header.otherInfo()).isEqualTo(new OtherInfo(0, "Liên thông văn bản quốc gia", "TVC", 2, 22, false,
                List.of("Công văn về việc kết nối, liên thông phần mềm quản lý văn bản")));
        assertThat(header.steeringType()).isEqualTo(1);
        assertThat(header.toPlaces()).containsExactly("Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP");
        assertThat(header.responseFor()).isEmpty();

        assertThat(envelope.traceHeaderList().traceHeaders()).containsExactly(
                new TraceHeader("000.00.00.G22", LocalDateTime.of(2018, 9, 28, 0, 0, 0)));
        assertThat(envelope.traceHeaderList().business()).isEqualTo(new Business(
                "000.00.00.G22,2014/02/30,7806/VPCP-TTĐT", BusinessDocType.NEW, "Văn bản điện tử mới", 0,
                new StaffInfo("Văn thư văn phòng", "Nguyễn Thị Ngọc Trâm", "84912000001", "vanthuvanphong@gov.vn"),
                List.of(), null));
    }

    @Test
    void decodesTheZippedAttachmentIntoAFileOfItsOwn() throws IOException {
        Attachment attachment = parse("edoc_new.edxml").attachments().get(0);

        assertThat(attachment.contentId()).isEqualTo("cid:209");
        assertThat(attachment.attachmentName()).isEqualTo("1896_QD-TTg_m_294779.doc");
        assertThat(attachment.description()).isEqualTo("1896_QD-TTg_m_294779.doc");
        assertThat(attachment.contentType()).isEqualTo("application/zip");
        FileContent content = (FileContent) attachment.content();
        assertThat(content.size()).isEqualTo(270_823);
        assertThat(Files.size(content.file())).isEqualTo(270_823);
        assertThat(content.file().getParent()).isEqualTo(attachments);
    }

    @Test
    void findsAWholePackageInsideTheZippedAttachment() throws IOException {
        FileContent zip = (FileContent) parse("edoc_new.edxml").attachments().get(0).content();

        try (ZipInputStream entries = new ZipInputStream(zip.open())) {
            ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo("32da2890-1a55-4ccd-9ac9-cd0d98559e67.edxml");
            EdxmlMessage inner = new EdxmlParser(ParserLimits.DEFAULT, attachments).parseHeader(entries);
            MessageHeader header = ((EdxmlEnvelope) inner).messageHeader();
            assertThat(header.from().organId()).isEqualTo("14.00.W00");
            assertThat(header.to().get(0).organName()).isEqualTo("Đơn vị nội bộ chuẩn 2803 04");
            assertThat(header.code()).isEqualTo(new Code("34E31", "PRO-TEST-CASE1"));
        }
    }

    @Test
    void readsTheSmallDocumentPackagesEnvelope() {
        EdxmlEnvelope envelope = (EdxmlEnvelope) parser().parseHeader(Fixtures.open("edoc.edxml"));
        MessageHeader header = envelope.messageHeader();

        assertThat(header.from()).isEqualTo(new Organization("002.00.20.H13", "Văn phòng Chính phủ",
                "Văn phòng Chính phủ", "Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội", "vpcp@gov.vn", "8043100", "04",
                "vpcp.vn"));
        assertThat(header.to()).extracting(Organization::organId, Organization::organName, Organization::organAdd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("000.00.15.H51",
                        "Trung tâm test production 02323232323", "185 Giảng Võ - Đống Đa - Hà Nội"));
        assertThat(header.documentId()).isEqualTo("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
        assertThat(header.code()).isEqualTo(new Code("12234555512", "PRO-TEST-CASE1"));
        assertThat(header.promulgationInfo()).isEqualTo(new PromulgationInfo("Hà Nội", LocalDate.of(2019, 1, 17)));
        assertThat(header.documentType()).isEqualTo(new DocumentType(1, null, "Thông tư"));
        assertThat(header.subject()).isEqualTo("Văn bản liên thông chỉ đạo - 190701");
        assertThat(header.content()).isEqualTo("test gửi liên thông vpcp");
        assertThat(header.dueDate()).isEqualTo(LocalDate.of(2018, 6, 25));
        assertThat(header.toPlaces()).containsExactly("Các bộ");
        assertThat(header.otherInfo()).isEqualTo(new OtherInfo(0, "Lưu hành nội bộ", "TVC", 10, 2, null,
                List.of("Phụ lục")));
        assertThat(header.steeringType()).isEqualTo(1);
        assertThat(envelope.traceHeaderList()).isEqualTo(new TraceHeaderList(
                List.of(new TraceHeader("01.02.G22", LocalDateTime.of(2018, 6, 20, 16, 35, 56))), null));
    }

    @Test
    void readsAResponseForOfEmptyElementsAsAnsweringNothing() {
        EdxmlEnvelope envelope = (EdxmlEnvelope) parser().parseHeader(Fixtures.open("edoc.edxml"));

        assertThat(envelope.messageHeader().responseFor()).isEmpty();
    }

    @Test
    void readsACombiningAccentAsThePrecomposedLetter() {
        EdxmlEnvelope envelope = (EdxmlEnvelope) parser().parseHeader(Fixtures.open("edoc.edxml"));

        // the file spells "Tuấn" as "Tuâ" and U+0301; the precomposed "ấ" is U+1EA5
        assertThat(envelope.messageHeader().signerInfo())
                .isEqualTo(new SignerInfo("Quyền 1", "Bộ trưởng", "Trương Minh Tu\u1EA5n"));
    }

    @Test
    void completesTheManifestWithTheAttachmentsDetails() {
        EdxmlEnvelope envelope = (EdxmlEnvelope) parser().parseHeader(Fixtures.open("edoc.edxml"));

        assertThat(envelope.attachments()).containsExactly(new Attachment("cid:36b8a92e-f054-11e7-842b-005056b672fc",
                null, "GUIDE_INSTALL OPENVPN.SIGNED.PDF", "Description 1", null));
    }

    @Test
    void refusesTheSmallPackagesAttachmentWhichIsATemplatePlaceholderAndLeavesNoFile() throws IOException {
        assertThatThrownBy(() -> parser().parse(Fixtures.open("edoc.edxml")))
                .isInstanceOfSatisfying(EdxmlException.class, e -> {
                    assertThat(e.rule()).isEqualTo(EdxmlException.Rule.BROKEN_BASE64);
                    assertThat(e.element()).isEqualTo("Attachment cid:36b8a92e-f054-11e7-842b-005056b672fc");
                })
                .hasMessage("Attachment cid:36b8a92e-f054-11e7-842b-005056b672fc: broken base64: '$' at character 0 "
                        + "is not base64");
        try (Stream<Path> left = Files.list(attachments)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status_inbox_01.edxml      | ARRIVED     | Văn thư - Phòng Văn thư - Lưu trữ: Đã đến - Phần mềm QLVB đã nhận "
                + "nhưng văn thư chưa xử lý",
        "status_rejection_02.edxml  | REFUSED     | Văn thư - Phòng Văn thư - Lưu trữ: Từ chối không tiếp nhận văn bản "
                + "điện tử",
        "status_acceptance_03.edxml | ACCEPTED    | Văn thư cơ - Phòng Văn thư - Lưu trữ: Tiếp nhận văn bản điện tử, "
                + "vào sổ văn bản đến của đơn vị",
        "status_assignment_04.edxml | ASSIGNED    | Lãnh đạo: Phân công xử lý",
        "status_processing_05.edxml | IN_PROGRESS | Đang xử lý văn bản đến",
        "status_finish_06.edxml     | DONE        | Văn thư: Ban hành văn bản đến, hoàn thành xử lý"})
    void readsEachStatusMessage(String fixture, StatusCode code, String description) {
        StatusMessage status = parser().parseStatus(Fixtures.open(fixture));

        assertThat(status.statusCode()).isEqualTo(code);
        assertThat(status.description()).isEqualTo(description);
        assertThat(status.from()).isEqualTo(new Organization("000.00.00.H41", "UBND Tỉnh Nghệ An", "UBND Tỉnh Nghệ An",
                "Số 03, đường Trường Thi, Thành phố Vinh, Tỉnh Nghệ An, Việt Nam", "nghean@gov.vn", "0383 840418",
                "0383 843049", "www.nghean.vn"));
        assertThat(status.to()).isNull();
        assertThat(status.responseFor()).isEqualTo(new ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT",
                LocalDate.of(2015, 9, 30), "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"));
        assertThat(status.staffInfo()).isEqualTo(new StaffInfo("Phong hanh chinh", "Nguyen thi ngoc tram",
                "84912000001", "ngoctram@nghean.vn"));
        assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2015, 9, 20, 11, 8, 36));
    }

    @Test
    void tellsAStatusMessageFromADocumentPackage() {
        assertThat(parser().parse(Fixtures.open("status_finish_06.edxml"))).isInstanceOf(StatusMessage.class);
        assertThatThrownBy(() -> parser().parseEnvelope(Fixtures.open("status_finish_06.edxml")))
                .hasMessage("MessageHeader: expected a document package, found a status message");
    }

    private EdxmlParser parser() {
        return new EdxmlParser(ParserLimits.DEFAULT, attachments);
    }

    private EdxmlEnvelope parse(String fixture) throws IOException {
        try (InputStream in = Fixtures.open(fixture)) {
            return parser().parseEnvelope(in);
        }
    }
}
