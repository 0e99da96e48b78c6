package vn.vanthu.organisation;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.vanthu.core.InvalidValue;

/**
 * The newer identity code of Decision 20/2020/QĐ-TTg: at most 35 characters of digits, upper-case letters and dots,
 * one dot-separated group per level, developed from the left (e.g. {@code H41.19}). The national directory lists it
 * as {@code code} beside the QCVN 102 code ({@code code102}); VanThu keeps it when it is known.
 */
public record Decision20Code(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");
    private static final int MAX_LENGTH = 35;

    public Decision20Code {
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("codeQd20", "organisation.agency.code-qd20.invalid", String.valueOf(value));
        }
    }

    @JsonCreator
    public static Decision20Code of(String text) {
        return new Decision20Code(text.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
