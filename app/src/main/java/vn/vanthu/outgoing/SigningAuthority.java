package vn.vanthu.outgoing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Thẩm quyền ký, Decree 30/2020 Appendix I II.8: how the signer signs, printed above their title in the signature
 * block. {@code TM.} on behalf of a collective, {@code KT.} for the head as deputy, {@code Q.} acting head, {@code
 * TL.} and {@code TUQ.} by delegation of the head; none when the head signs as head.
 */
public enum SigningAuthority {
    NONE(""), TM("TM."), KT("KT."), Q("Q."), TL("TL."), TUQ("TUQ.");

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /**
     * The lines of the signature block above the signature: e.g. {@code TM. ỦY BAN NHÂN DÂN} then {@code CHỦ TỊCH};
     * {@code KT. CHỦ TỊCH} then {@code PHÓ CHỦ TỊCH}; an acting head signs as {@code Q. CHỦ TỊCH} alone.
     *
     * @param of the collective or the head signed for; ignored with {@link #NONE}
     */
    public List<String> lines(@Nullable String of, String signerPosition) {
        List<String> lines = new ArrayList<>();
        String position = signerPosition.strip().toUpperCase(Locale.forLanguageTag("vi"));
        if (this == NONE) {
            lines.add(position);
            return lines;
        }
        String on = of == null ? "" : of.strip().toUpperCase(Locale.forLanguageTag("vi"));
        lines.add(prefix + " " + on);
        if (this != Q) {
            lines.add(position);
        }
        return lines;
    }

    public String messageKey() {
        return "outgoing.authority." + name();
    }
}
