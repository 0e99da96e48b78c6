package vn.vanthu.outgoing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.register.RegisterNumber;

/** What numbering and sealing produced, for the document to record as issued (no file for a paper one). */
record Issue(RegisterNumber number, String codeNumber, String codeNotation, LocalDate promulgationDate,
        String documentIdentity, String agencyName, @Nullable String mainSha256, String mainFileName, long mainSize,
        Map<UUID, Long> appendixSizes) {
}
