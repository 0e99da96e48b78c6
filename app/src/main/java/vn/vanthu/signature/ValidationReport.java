package vn.vanthu.signature;

import java.time.Instant;
import java.util.List;

/** The signatures of one file and what they add up to: the worst verdict among them. */
public record ValidationReport(String fileName, Verdict verdict, List<SignatureCheck> signatures,
        Instant validatedAt) {

    public int count() {
        return signatures.size();
    }
}
