package vn.vanthu.edxml;

/** Which characters XML 1.0 can carry: no control characters but tab and line ends, no lone surrogates. */
final class XmlChars {

    private XmlChars() {
    }

    /** Whether the character at {@code index} (with its low surrogate, if it is a high one) may be written. */
    static boolean isAllowed(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
