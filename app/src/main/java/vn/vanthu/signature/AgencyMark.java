package vn.vanthu.signature;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.InvalidValue;

/**
 * How the agency signs a file, Appendix I: on the main document its seal overlaps the official's signature; a
 * separate file (an appendix sent on its own) gets text only, the number and notation and the signing time, at the
 * top right of page 1.
 *
 * @param numberAndNotation e.g. {@code 15/CT-UBND}; required for a separate file
 */
public record AgencyMark(boolean separateFile, @Nullable String numberAndNotation) {

    public static AgencyMark mainDocument() {
        return new AgencyMark(false, null);
    }

    public static AgencyMark separateFile(String numberAndNotation) {
        return new AgencyMark(true, numberAndNotation);
    }

    public AgencyMark {
        if (separateFile && (numberAndNotation == null || numberAndNotation.isBlank())) {
            throw new InvalidValue("numberAndNotation", "signature.agency.number-required");
        }
    }
}
