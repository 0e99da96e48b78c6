package vn.vanthu.edxml;

/** Numbers and flags from element text, with errors that say which element held what. */
final class Values {

    private Values() {
    }

    static Integer integer(String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new EdxmlException(EdxmlException.Rule.BAD_VALUE, where, "not a whole number: '" + text + "'");
        }
    }

    static Boolean bool(String text, String where) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new EdxmlException(EdxmlException.Rule.BAD_VALUE, where,
                    "not true or false: '" + text + "'");
        };
    }
}
