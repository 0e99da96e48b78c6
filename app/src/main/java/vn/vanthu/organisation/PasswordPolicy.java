package vn.vanthu.organisation;

import java.util.Locale;

import vn.vanthu.core.InvalidValue;

/**
 * What a password must be: at least 8 characters with three of upper case, lower case, digits and symbols, and not
 * the user name. The usual rule of Vietnamese state systems, which users already know.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidValue(field, "organisation.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        int classes = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            throw new InvalidValue(field, "organisation.password.weak");
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValue(field, "organisation.password.contains-username");
        }
    }
}
