package vn.vanthu.outgoing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class DraftComposerUnitTests {

    private static final float MM = 72 / 25.4f;
    private final DraftComposer composer = new DraftComposer();

    @Test
    void laysOutADecisionInTheOrderOfAppendixI() {
        String text = oneSpaced(PageText.of(composer.compose(Drafts.decision()), 1));

        assertThat(text).containsSubsequence("ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BẮC NINH", "Độc lập - Tự do - Hạnh phúc", "Số:", "/QĐ-UBND", "Bắc Ninh, ngày", "tháng", "năm",
                "QUYẾT ĐỊNH", "Về việc phê duyệt Kế hoạch chuyển đổi số năm 2026 của tỉnh Bắc Ninh",
                "Căn cứ Luật Tổ chức chính quyền địa phương", "Điều 1. Phê duyệt", "Điều 2.", "Nơi nhận:");
        assertThat(text).as("left column").containsSubsequence("Nơi nhận:", "- Như Điều 2;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, KGVX.");
        assertThat(text).as("right column").containsSubsequence("Điều 2.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Nguyễn Văn An");
        assertThat(text).doesNotContain("V/v");
    }

    @Test
    void leavesTheNumberAndTheDateBlank() {
        PageText.Read page = PageText.read(composer.compose(Drafts.decision()), 1);

        float blank = page.find("/QĐ-UBND").get(0).getXDirAdj() - right(page.find("Số:"));
        assertThat(blank).as("the room for the number").isCloseTo(12 * MM, within(1.5f));
        assertThat(page.find("tháng").get(0).getXDirAdj() - right(page.find("ngày"))).isCloseTo(9 * MM, within(1.5f));
        assertThat(page.find("Số:").get(0).getYDirAdj()).as("number and date on one line")
                .isCloseTo(page.find("ngày").get(0).getYDirAdj(), within(0.5f));
    }

    @Test
    void keepsToTheMarginsOfAppendixIOnA4() throws IOException {
        byte[] pdf = composer.compose(Drafts.longDecision(12));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        }
        for (int page = 1; page <= 2; page++) {
            List<TextPosition> glyphs = PageText.read(pdf, page).glyphs();
            List<TextPosition> text = glyphs.stream().filter(glyph -> glyph.getYDirAdj() > 20 * MM).toList();
            float left = (float) text.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            float right = (float) text.stream().mapToDouble(glyph -> glyph.getXDirAdj() + glyph.getWidthDirAdj())
                    .max().orElseThrow();
            float bottom = (float) text.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
            assertThat(left).as("left margin, page %d", page).isCloseTo(30 * MM, within(1f));
            assertThat(right).as("right margin, page %d", page).isBetween(210 * MM - 15 * MM - 3, 210 * MM - 15 * MM);
            assertThat(bottom).as("bottom margin, page %d", page).isLessThanOrEqualTo(297 * MM - 20 * MM);
        }
    }

    @Test
    void numbersThePagesFromTheSecondOnInTheTopMargin() {
        byte[] pdf = composer.compose(Drafts.longDecision(12));

        assertThat(inTopMargin(PageText.read(pdf, 1))).isEmpty();
        List<TextPosition> number = inTopMargin(PageText.read(pdf, 2));
        assertThat(number).extracting(TextPosition::getUnicode).containsExactly("2");
        float centre = number.get(0).getXDirAdj() + number.get(0).getWidthDirAdj() / 2;
        assertThat(centre).as("centred over the text").isCloseTo((30 + (210 - 15)) / 2f * MM, within(2f));
    }

    @Test
    void keepsTheSignatureWithTheRecipientsAndTheLastParagraphOnOnePage() throws IOException {
        for (int articles = 4; articles <= 6; articles++) {
            byte[] pdf = composer.compose(Drafts.longDecision(articles));
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            String last = PageText.of(pdf, pages);
            assertThat(last).as("%d articles", articles).contains("Điều " + (2 + articles) + ".", "Nơi nhận:",
                    "- Lưu: VT, KGVX.", "TM. ỦY BAN NHÂN DÂN", Drafts.SIGNER);
        }
    }

    @Test
    void writesTheSignersNameAsTextUnderRoomForTheSignature() {
        PageText.Read page = PageText.read(composer.compose(Drafts.decision()), 1);

        TextPosition name = page.find(Drafts.SIGNER).get(0);
        TextPosition position = page.find("PHÓ CHỦ TỊCH").get(0);
        assertThat(name.getYDirAdj() - position.getYDirAdj()).as("room for the signature")
                .isBetween(30 * MM, 40 * MM);
        assertThat(name.getFont().getName()).contains("LiberationSerif-Bold");
    }

    @Test
    void embedsTheTimesCompatibleFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(composer.compose(Drafts.letter()))) {
            PDPage page = document.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                    "LiberationSerif-BoldItalic");
        }
    }

    @Test
    void putsALettersSubjectAndMarksUnderItsNumber() {
        PageText.Read page = PageText.read(composer.compose(Drafts.letter()), 1);

        assertThat(oneSpaced(page.text())).containsSubsequence("ỦY BAN NHÂN DÂN TỈNH", "BẮC NINH", "VĂN PHÒNG",
                "Số:", "/VP-HCTC", "V/v triển khai hệ thống quản lý văn", "bản điều hành VanThu", "KHẨN", "MẬT",
                "Kính gửi:", "- Như trên;", "- Lãnh đạo Văn phòng;", "- Lưu: VT, HCTC.", "Trần Thị Bình");
        assertThat(page.text()).doesNotContain("QUYẾT ĐỊNH");
        TextPosition number = page.find("Số:").get(0);
        assertThat(page.find("KHẨN").get(0).getYDirAdj()).isGreaterThan(number.getYDirAdj());
        assertThat(page.find("KHẨN").get(0).getXDirAdj()).isLessThan(30 * MM + 66 * MM);
    }

    @Test
    void printsWhatTheDrafterTypedAsText() {
        DraftLayout decision = Drafts.decision();
        String typed = "Giá <b>1.000</b> & \"ưu đãi\" <script>alert('x')</script> ${danger}";
        DraftLayout tricky = new DraftLayout(null, decision.agencyName(), decision.place(), decision.notation(),
                decision.typeTitle(), "Về việc <i>thử</i>", typed, null, null, List.of("<Sở Tài chính>"),
                null, decision.authorityLines(), decision.signerName());

        String text = oneSpaced(PageText.of(composer.compose(tricky), 1));

        assertThat(text).contains("Giá <b>1.000</b> & \"ưu đãi\" <script>alert('x')</script> ${danger}",
                "Về việc <i>thử</i>", "- <Sở Tài chính>;", "- Lưu: VT.");
    }

    @Test
    void keepsANumberAndNotationOnOneLine() {
        String line = "Theo đề nghị tại Tờ trình số 118/TTr-SKHCN ngày 02 tháng 3";

        List<DraftComposer.Run> runs = DraftComposer.Run.split(line);

        assertThat(runs).extracting(DraftComposer.Run::text).containsExactly("Theo đề nghị tại Tờ trình số ",
                "118/TTr-SKHCN", " ngày 02 tháng 3");
        assertThat(runs).extracting(DraftComposer.Run::whole).containsExactly(false, true, false);
    }

    private static List<TextPosition> inTopMargin(PageText.Read page) {
        return page.glyphs().stream().filter(glyph -> glyph.getYDirAdj() < 20 * MM).toList();
    }

    private static float right(List<TextPosition> glyphs) {
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj();
    }

    private static String oneSpaced(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }
}
