package vn.vanthu.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.vanthu.core.InvalidValue;

/**
 * What a user name is: 3 to 50 lower-case letters without diacritics, digits, dots, dashes and underscores,
 * starting with a letter or digit ({@code vt.tinh}, {@code nguyenvana}). Sign-in lower-cases what is typed, so a name
 * with capitals could never sign in; every way of opening an account goes through here.
 */
final class UsernameRule {

    static final String PATTERN = "[a-z0-9][a-z0-9._-]{2,49}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private UsernameRule() {
    }

    /** The name as stored: trimmed and lower-cased, refused when it breaks the rule. */
    static String normalize(String field, String typed) {
        String name = typed.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(name).matches()) {
            throw new InvalidValue(field, "organisation.user.username.format");
        }
        return name;
    }

    /** Whether a typed name could belong to an account; one that cannot is not looked up at all. */
    static boolean possible(String typed) {
        return FORMAT.matcher(typed).matches();
    }

    /**
     * What the audit trail keeps of a name typed at sign-in that matches no account: its first three characters, so
     * that a guessing run still shows, but never all of it: people type their password into the user-name field, and
     * the trail is kept for ever.
     */
    static String recordable(String typed) {
        String start = typed.codePointCount(0, typed.length()) <= 3 ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, 3));
        return start.replaceAll("\\p{Cntrl}", "?") + "…(" + typed.length() + ")";
    }
}
