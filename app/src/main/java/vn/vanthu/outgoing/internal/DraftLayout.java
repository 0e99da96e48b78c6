package vn.vanthu.outgoing.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the drafter typed in the browser, as the parts of Decree 30/2020 Appendix I that {@link DraftComposer} lays
 * out. The number and the date are not here: the clerk gives them only when the signed document is issued (see
 * {@link IssueFields}), so the draft keeps blanks for them.
 *
 * @param parentAgencyName the governing agency (cơ quan chủ quản), printed above the agency; {@code null} for none
 * @param agencyName the issuing agency (cơ quan ban hành)
 * @param place the place name of the date line (địa danh), e.g. "Bắc Ninh"
 * @param notation the notation after the number's slash, e.g. {@code QĐ-UBND}, or {@code UBND-VP} for a công văn
 * @param typeTitle the document type printed as the title, e.g. "Quyết định"; {@code null} for a công văn, which has
 *     no title and carries its subject as "V/v …" under the number instead
 * @param subject the subject (trích yếu)
 * @param body the text: paragraphs separated by blank lines, a single newline breaks the line
 * @param urgencyLabel the urgency mark, e.g. "Khẩn"; {@code null} when normal
 * @param confidentialityLabel the confidentiality mark, e.g. "Mật"; {@code null} when normal
 * @param recipients the addressees listed under "Nơi nhận:"
 * @param keptBy the abbreviation of the drafting unit that keeps a copy with the clerk ("Lưu: VT, …"); {@code null}
 *     when only the clerk keeps one
 * @param authorityLines the lines above the signature: the authority and the signer's position, e.g.
 *     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
 * @param signerName the signer's full name, under the space for the signature
 */
public record DraftLayout(
        @Nullable String parentAgencyName,
        String agencyName,
        String place,
        String notation,
        @Nullable String typeTitle,
        String subject,
        String body,
        @Nullable String urgencyLabel,
        @Nullable String confidentialityLabel,
        List<String> recipients,
        @Nullable String keptBy,
        List<String> authorityLines,
        String signerName) {

    public DraftLayout {
        required("agencyName", agencyName);
        required("place", place);
        required("notation", notation);
        required("subject", subject);
        required("body", body);
        required("signerName", signerName);
        recipients = List.copyOf(recipients);
        authorityLines = List.copyOf(authorityLines);
        if (authorityLines.isEmpty() || authorityLines.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "authorityLines needs the signer's position at least, and no blank line");
        }
    }

    /** A công văn has no type title: its subject goes under the number as "V/v …". */
    public boolean isOfficialLetter() {
        return typeTitle == null || typeTitle.isBlank();
    }

    private static void required(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
