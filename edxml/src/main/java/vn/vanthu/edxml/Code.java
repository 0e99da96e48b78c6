package vn.vanthu.edxml;

/**
 * The document's number and notation (số, ký hiệu), e.g. {@code 7816} and {@code VPCP-TTĐT} for
 * "7816/VPCP-TTĐT". Kept apart because edXML carries them apart.
 *
 * @param codeNumber the number, or {@code null}
 * @param codeNotation the notation, or {@code null}
 */
public record Code(String codeNumber, String codeNotation) {
}
