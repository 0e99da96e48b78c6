package vn.vanthu.organisation;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.vanthu.core.InvalidValue;

/**
 * An agency's electronic identity code in the QCVN 102:2016 form {@code LLL.KK.JJ.Xnn}, e.g. {@code 000.00.00.H41}:
 * read from the right, a letter and two digits for the top-level group, then two, two and three digits for the
 * lower levels, zeros where a level is not used. It is the edXML {@code OrganId} and how other modules refer to an
 * agency.
 */
public record AgencyCode(String value) implements Serializable, Comparable<AgencyCode> {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z](?!00)\\d{2}");

    public AgencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("code", "organisation.agency.code.invalid", String.valueOf(value));
        }
    }

    /** Reads a code as people type it: surrounding spaces and lower-case letters are forgiven. */
    @JsonCreator
    public static AgencyCode of(String text) {
        return new AgencyCode(text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** The top-level group, e.g. {@code H41} for the People's Committee of Nghệ An and everything under it. */
    public String group() {
        return value.substring(10);
    }

    @Override
    public int compareTo(AgencyCode other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
