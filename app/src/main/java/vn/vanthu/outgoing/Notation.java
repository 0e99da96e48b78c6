package vn.vanthu.outgoing;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;

/**
 * Số và ký hiệu, Decree 30 Appendix I II.3 and Appendix III: the notation is the type's abbreviation and the
 * agency's ({@code CT-UBND}); a công văn, which has no abbreviation, takes the agency's and the drafting unit's
 * ({@code VPCP-TTĐT}). Groups are joined by hyphens without spaces; numbers below 10 get a leading zero.
 */
final class Notation {

    private Notation() {
    }

    static String of(DocumentType type, String agencyAbbreviation, @Nullable String draftingUnit) {
        String agency = compact(agencyAbbreviation);
        if (type.abbreviation() != null) {
            return type.abbreviation() + "-" + agency;
        }
        return draftingUnit == null || draftingUnit.isBlank() ? agency : agency + "-" + compact(draftingUnit);
    }

    static String number(long number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    private static String compact(String abbreviation) {
        return abbreviation.strip().replaceAll("\\s+", "");
    }
}
