package vn.vanthu.edxml;

import java.text.Normalizer;

/**
 * Vietnamese text in one form: precomposed (NFC), as TCVN 6909:2001 wants. Senders mix forms (the SDK's own
 * sample spells "Tuấn" with a combining accent), and "Tuấn" in two forms are two strings to every search and
 * comparison, so text is made precomposed on the way in and on the way out.
 */
final class Nfc {

    private Nfc() {
    }

    static String of(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
