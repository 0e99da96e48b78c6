package vn.vanthu.outgoing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

class IssueFieldsUnitTests {

    private static final LocalDate SECOND_OF_NOVEMBER = LocalDate.of(2026, 11, 2);
    private static byte[] decision;

    @BeforeAll
    static void composeOnce() {
        decision = new DraftComposer().compose(Drafts.decision());
    }

    @Test
    void putsTheFieldsOnTheBlanksOfTheComposedDraft() throws IOException {
        IssueFields.Prepared prepared = IssueFields.prepare(decision);

        assertThat(prepared.numberFound()).isTrue();
        assertThat(prepared.dateFound()).isTrue();
        PageText.Read page = PageText.read(decision, 1);
        try (PDDocument document = Loader.loadPDF(prepared.pdf())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getFields()).extracting(field -> field.getPartialName())
                    .containsExactly(IssueFields.NUMBER, IssueFields.DAY, IssueFields.MONTH, IssueFields.YEAR);
            PDTextField number = (PDTextField) form.getField(IssueFields.NUMBER);
            assertThat(number.getDefaultAppearance()).isEqualTo("/TiRo 13 Tf 0 g");
            assertThat(((PDTextField) form.getField(IssueFields.DAY)).getDefaultAppearance())
                    .isEqualTo("/TiIt 13 Tf 0 g");
            assertThat(form.getDefaultResources().getFont(COSName.getPDFName("TiRo")).getName())
                    .isEqualTo("Times-Roman");
            assertThat(form.getDefaultResources().getFont(COSName.getPDFName("TiIt")).getName())
                    .isEqualTo("Times-Italic");
            PDRectangle box = number.getWidgets().get(0).getRectangle();
            assertThat(box.getLowerLeftX()).isGreaterThanOrEqualTo(right(page.find("Số:")));
            assertThat(box.getUpperRightX()).isLessThanOrEqualTo(left(page.find("/QĐ-UBND")));
            PDRectangle day = form.getField(IssueFields.DAY).getWidgets().get(0).getRectangle();
            assertThat(day.getLowerLeftX()).isGreaterThanOrEqualTo(right(page.find("ngày")));
            assertThat(day.getUpperRightX()).isLessThanOrEqualTo(left(page.find("tháng")));
            assertThat(number.getWidgets().get(0).getAppearanceCharacteristics()).as("no border, no background")
                    .isNull();
        }
    }

    @Test
    void fillsTheNumberAndDateAsAnIncrementalUpdateWhereTheBlanksWere() {
        byte[] prepared = IssueFields.prepare(decision).pdf();

        byte[] issued = IssueFields.fill(prepared, "05", SECOND_OF_NOVEMBER);

        assertThat(Arrays.copyOf(issued, prepared.length)).as("the prepared revision, byte for byte")
                .isEqualTo(prepared);
        assertThat(issued.length).isGreaterThan(prepared.length);
        PageText.Read page = PageText.read(issued, 1);
        assertThat(oneSpaced(page.text())).contains("Số: 05 /QĐ-UBND", "Bắc Ninh, ngày 02 tháng 11 năm 2026");
        assertOnTheLineBetween(page, "05", "Số:", "/QĐ-UBND");
        assertOnTheLineBetween(page, "02", "ngày", "tháng");
        assertOnTheLineBetween(page, "11", "tháng", "năm");
        List<TextPosition> year = page.onLineOf("năm").find("2026");
        assertThat(year.get(0).getXDirAdj()).isGreaterThan(right(page.find("năm")));
    }

    @Test
    void readsTheNotationWrittenAfterTheNumberBlankNotTheRightColumnBesideIt() {
        assertThat(IssueFields.notation(decision)).contains(Drafts.decision().notation());
        assertThat(IssueFields.notation(new DraftComposer().compose(Drafts.letter())))
                .contains(Drafts.letter().notation());
    }

    @Test
    void writesDaysBelowTenAndJanuaryAndFebruaryWithALeadingZero() {
        assertThat(IssueFields.day(LocalDate.of(2026, 3, 5))).isEqualTo("05");
        assertThat(IssueFields.month(LocalDate.of(2026, 3, 5))).isEqualTo("3");
        assertThat(IssueFields.day(LocalDate.of(2026, 2, 14))).isEqualTo("14");
        assertThat(IssueFields.month(LocalDate.of(2026, 2, 14))).isEqualTo("02");
        assertThat(IssueFields.month(LocalDate.of(2026, 1, 31))).isEqualTo("01");
        assertThat(IssueFields.month(LocalDate.of(2026, 11, 2))).isEqualTo("11");
    }

    @Test
    void returnsAPreparedDocumentUnchanged() {
        byte[] prepared = IssueFields.prepare(decision).pdf();

        IssueFields.Prepared again = IssueFields.prepare(prepared);

        assertThat(again.pdf()).isSameAs(prepared);
        assertThat(again.numberFound()).isTrue();
        assertThat(again.dateFound()).isTrue();
    }

    @Test
    void fallsBackToWhereAppendixIPutsTheBlanksWhenThePageDoesNotShowThem() throws IOException {
        IssueFields.Prepared prepared = IssueFields.prepare(letterhead("Tờ trình không có số"));

        assertThat(prepared.numberFound()).isFalse();
        assertThat(prepared.dateFound()).isFalse();
        try (PDDocument document = Loader.loadPDF(prepared.pdf())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            float pageTop = document.getPage(0).getCropBox().getUpperRightY();
            PDRectangle number = form.getField(IssueFields.NUMBER).getWidgets().get(0).getRectangle();
            assertThat(number.getLowerLeftX()).isCloseTo(mm(55), within(3f));
            assertThat(pageTop - number.getUpperRightY()).isBetween(mm(38), mm(45));
            PDRectangle day = form.getField(IssueFields.DAY).getWidgets().get(0).getRectangle();
            assertThat(day.getLowerLeftX()).isGreaterThan(mm(30 + 66));
            assertThat(day.getLowerLeftY()).isEqualTo(number.getLowerLeftY(), within(1f));
        }
    }

    @Test
    void leavesAYearTypedInTheDraftAsItIs() {
        byte[] draft = letterhead("Số:           /UBND-VP", "Hà Nội, ngày        tháng        năm 2026");

        IssueFields.Prepared prepared = IssueFields.prepare(draft);
        byte[] issued = IssueFields.fill(prepared.pdf(), "127", LocalDate.of(2026, 3, 9));

        assertThat(prepared.numberFound()).isTrue();
        assertThat(prepared.dateFound()).isTrue();
        // the spaces typed in the blanks are read between the digits drawn over them
        String text = PageText.of(issued, 1).replace(" ", "");
        assertThat(text).contains("Số:127/UBND-VP", "HàNội,ngày09tháng3năm2026\n");
    }

    @Test
    void refusesToFillADocumentThatWasNotPrepared() {
        assertThatIllegalStateException().isThrownBy(() -> IssueFields.fill(decision, "05", SECOND_OF_NOVEMBER))
                .withMessageContaining("vanthu_number").withMessageContaining("prepare");
    }

    @Test
    void keepsTheOfficialsSignatureValid() throws Exception {
        ApprovalSignature official = new ApprovalSignature();
        byte[] signed = official.sign(IssueFields.prepare(decision).pdf());

        byte[] issued = IssueFields.fill(signed, "05", SECOND_OF_NOVEMBER);

        assertThat(Arrays.copyOf(issued, signed.length)).isEqualTo(signed);
        assertSignatureCovers(issued, signed.length, official);
        assertThat(oneSpaced(PageText.of(issued, 1))).contains("Số: 05 /QĐ-UBND", "ngày 02 tháng 11 năm 2026");
    }

    @Test
    void showsDssOnlyAFormFillInAfterTheSignature() {
        byte[] signed = new ApprovalSignature().sign(IssueFields.prepare(decision).pdf());

        byte[] issued = IssueFields.fill(signed, "05", SECOND_OF_NOVEMBER);

        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(issued, "issued.pdf"));
        validator.setCertificateVerifier(new CommonCertificateVerifier());
        SignatureWrapper signature = validator.validateDocument().getDiagnosticData().getSignatures().get(0);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        PDFRevisionWrapper revision = signature.getPDFRevision();
        assertThat(revision.getPdfSignatureOrFormFillChanges()).isNotEmpty();
        assertThat(revision.getPdfUndefinedChanges()).isEmpty();
        assertThat(revision.getPdfAnnotationChanges()).isEmpty();
        assertThat(revision.getPdfVisualDifferenceConcernedPages()).isEmpty();
        assertThat(revision.getPdfPageDifferenceConcernedPages()).isEmpty();
        assertThat(revision.getPdfAnnotationsOverlapConcernedPages()).isEmpty();
    }

    @Test
    void preparesADocumentSignedAlreadyWithoutBreakingItsSignature() throws Exception {
        ApprovalSignature official = new ApprovalSignature();
        byte[] signed = official.sign(decision);

        byte[] issued = IssueFields.fill(IssueFields.prepare(signed).pdf(), "05", SECOND_OF_NOVEMBER);

        assertThat(Arrays.copyOf(issued, signed.length)).isEqualTo(signed);
        assertSignatureCovers(issued, signed.length, official);
        assertThat(oneSpaced(PageText.of(issued, 1))).contains("Số: 05 /QĐ-UBND");
    }

    private static void assertSignatureCovers(byte[] pdf, int signedLength, ApprovalSignature official)
            throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the signature covers the signed revision, to its last byte")
                    .isEqualTo(signedLength);
            CMSSignedData cms = ApprovalSignature.parse(signature.getContents(pdf), signature.getSignedContent(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(official.certificate))).isTrue();
        }
    }

    private static void assertOnTheLineBetween(PageText.Read page, String value, String before, String after) {
        List<TextPosition> word = page.find(before);
        List<TextPosition> written = page.onLineOf(before).find(value);
        assertThat(written.get(0).getYDirAdj()).as("%s on the baseline of %s", value, before)
                .isCloseTo(word.get(0).getYDirAdj(), within(0.2f));
        assertThat(written.get(0).getXDirAdj()).isGreaterThan(right(word));
        assertThat(right(written)).isLessThan(left(page.find(after)));
    }

    private static float left(List<TextPosition> glyphs) {
        return glyphs.get(0).getXDirAdj();
    }

    private static float right(List<TextPosition> glyphs) {
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    private static String oneSpaced(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }

    private static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }

    /** Page 1 of a document typed elsewhere: {@code lines} 13 pt from 45 mm down, starting 35 mm from the left. */
    private static byte[] letterhead(String... lines) {
        try (PDDocument document = new PDDocument();
                InputStream font = IssueFields.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDType0Font serif = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - mm(45);
                for (String line : lines) {
                    content.beginText();
                    content.setFont(serif, 13);
                    content.newLineAtOffset(mm(35), y);
                    content.showText(line);
                    content.endText();
                    y -= 20;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
