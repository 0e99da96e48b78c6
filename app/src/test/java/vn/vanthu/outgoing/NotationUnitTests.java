package vn.vanthu.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.core.DocumentType;

/** Số and ký hiệu as Decree 30 Appendix I II.3 and Appendix III write them. */
class NotationUnitTests {

    @Test
    void aTypedDocumentTakesItsTypeAndTheAgencysAbbreviation() {
        assertThat(Notation.of(DocumentType.CHI_THI, "UBND", "TH")).isEqualTo("CT-UBND");
        assertThat(Notation.of(DocumentType.QUY_DINH, "UBND", null)).isEqualTo("QyĐ-UBND");
        assertThat(Notation.of(DocumentType.TO_TRINH, "SNV", "VP")).isEqualTo("TTr-SNV");
    }

    @Test
    void aCongVanTakesTheAgencyAndTheDraftingUnitWithoutSpaces() {
        assertThat(Notation.of(DocumentType.CONG_VAN, "VPCP", "TTĐT")).isEqualTo("VPCP-TTĐT");
        assertThat(Notation.of(DocumentType.CONG_VAN, "UBND ", " T H")).isEqualTo("UBND-TH");
        assertThat(Notation.of(DocumentType.THU_CONG, "UBND", null)).isEqualTo("UBND");
    }

    @Test
    void numbersBelowTenGetALeadingZero() {
        assertThat(List.of(1L, 9L, 10L, 7816L).stream().map(Notation::number))
                .containsExactly("01", "09", "10", "7816");
    }

    @Test
    void theSignatureBlockSaysOnWhoseBehalf() {
        assertThat(SigningAuthority.TM.lines("Ủy ban nhân dân", "Chủ tịch"))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(SigningAuthority.KT.lines("Chủ tịch", "Phó Chủ tịch"))
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(SigningAuthority.Q.lines("Giám đốc", "Phó Giám đốc")).containsExactly("Q. GIÁM ĐỐC");
        assertThat(SigningAuthority.NONE.lines(null, "Chủ tịch")).containsExactly("CHỦ TỊCH");
    }
}
