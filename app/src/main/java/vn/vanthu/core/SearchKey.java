package vn.vanthu.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching: lower case, Vietnamese diacritics removed, {@code đ} read as {@code d}, spaces
 * collapsed. A clerk who types "so noi vu" finds "Sở Nội vụ".
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {
    }

    /**
     * Folded text to look for inside a search key with {@code like} (backslash escapes): the wildcards {@code %}
     * and {@code _} a person types are taken literally.
     */
    public static String forLike(String text) {
        return fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
