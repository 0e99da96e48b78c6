package vn.vanthu.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.Decision20Code;

/**
 * A file of the national directory, read and checked row by row before anything is written. Two shapes are taken,
 * told apart by their content, not their name:
 * <ul>
 * <li>JSON: an array of the hub's {@code Agency} objects ({@code id, pid, code, name, mail, oldCode, code102}) as its
 * {@code getAgenciesList} answers, the parent being the object whose {@code id} is the {@code pid};</li>
 * <li>CSV in UTF-8 (a byte order mark allowed) with the header {@code code,code102,oldCode,name,parent}, columns in any
 * order, the parent given by its QCVN 102 code or its Decision 20 code. A header with more semicolons than commas
 * makes semicolons the separator: that is how a spreadsheet set to Vietnamese saves CSV.</li>
 * </ul>
 * The first bad row refuses the whole file, naming where it is and which field.
 */
final class DirectoryFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int NAME_LENGTH = 300;
    private static final int CODE_LENGTH = 35;
    private static final int EMAIL_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    enum Format {
        JSON, CSV
    }

    private final Format format;
    private final List<Row> rows;

    private DirectoryFile(Format format, List<Row> rows) {
        this.format = format;
        this.rows = List.copyOf(rows);
    }

    Format format() {
        return format;
    }

    List<Row> rows() {
        return rows;
    }

    static DirectoryFile read(byte[] content) {
        String text = decode(content);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            throw new InvalidValue("file", "exchange.directory.empty");
        }
        char first = text.charAt(start);
        DirectoryFile file = first == '[' || first == '{' ? new DirectoryFile(Format.JSON, json(text))
                : new DirectoryFile(Format.CSV, csv(text));
        if (file.rows.isEmpty()) {
            throw new InvalidValue("file", "exchange.directory.empty");
        }
        file.checkNoCodeTwice();
        return file;
    }

    /** Strict UTF-8: a file saved in a Vietnamese legacy encoding would otherwise load with its names garbled. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidValue("file", "exchange.directory.not-utf8");
        }
    }

    // ---- JSON

    private static List<Row> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidValue("file", "exchange.directory.json.malformed",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidValue("file", "exchange.directory.json.not-array");
        }
        List<Row> rows = new ArrayList<>(root.size());
        Map<String, At> ids = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            At at = new At("exchange.directory.at.item", i + 1);
            JsonNode agency = root.get(i);
            if (!agency.isObject()) {
                throw new InvalidValue("file", "exchange.directory.json.not-object", at.label());
            }
            Row row = row(at, field -> jsonText(agency, field, at), "mail", "pid");
            if (row.id() != null) {
                At earlier = ids.putIfAbsent(row.id(), at);
                if (earlier != null) {
                    throw new InvalidValue("id", "exchange.directory.id.twice", at.label(), row.id(),
                            earlier.label());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static @Nullable String jsonText(JsonNode agency, String field, At at) {
        JsonNode value = agency.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidValue(field, "exchange.directory.not-text", at.label(), field);
        }
        return value.asString();
    }

    // ---- CSV

    private static List<Row> csv(String text) {
        CsvReader reader = new CsvReader(text);
        List<String> header = reader.next();
        if (header == null) {
            throw new InvalidValue("file", "exchange.directory.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("code102") || !columns.containsKey("name")) {
            throw new InvalidValue("file", "exchange.directory.csv.header");
        }
        List<Row> rows = new ArrayList<>();
        String emailField = columns.containsKey("mail") ? "mail" : "email";
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            List<String> fields = record;
            At at = new At("exchange.directory.at.line", reader.recordLine());
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() > header.size()) {
                // most often a name with the separator in it and no quotes: the columns after it have moved
                throw new InvalidValue("file", "exchange.directory.csv.columns", at.label(), fields.size(),
                        header.size());
            }
            rows.add(row(at, field -> {
                Integer column = columns.get(field.toLowerCase(Locale.ROOT));
                return column == null || column >= fields.size() ? null : fields.get(column);
            }, emailField, "parent"));
        }
        return rows;
    }

    // ---- one row, whichever the shape

    private interface Fields {
        @Nullable String get(String field);
    }

    private static Row row(At at, Fields fields, String emailField, String parentField) {
        String code102 = clean(fields.get("code102"));
        if (code102 == null) {
            throw new InvalidValue("code102", "exchange.directory.code102.required", at.label());
        }
        if (!AgencyCode.isValid(code102)) {
            throw new InvalidValue("code102", "exchange.directory.code102.invalid", at.label(), code102);
        }
        String code = clean(fields.get("code"));
        Decision20Code decision20 = null;
        if (code != null) {
            try {
                decision20 = Decision20Code.of(code);
            } catch (InvalidValue e) {
                throw new InvalidValue("code", "exchange.directory.code.invalid", at.label(), code);
            }
        }
        String oldCode = clean(fields.get("oldCode"));
        if (oldCode != null && oldCode.length() > CODE_LENGTH) {
            throw new InvalidValue("oldCode", "exchange.directory.too-long", at.label(), "oldCode", CODE_LENGTH);
        }
        String name = clean(fields.get("name"));
        if (name == null) {
            throw new InvalidValue("name", "exchange.directory.name.required", at.label());
        }
        if (name.length() > NAME_LENGTH) {
            throw new InvalidValue("name", "exchange.directory.too-long", at.label(), "name", NAME_LENGTH);
        }
        String email = clean(fields.get(emailField));
        if (email != null && email.length() > EMAIL_LENGTH) {
            throw new InvalidValue(emailField, "exchange.directory.too-long", at.label(), emailField, EMAIL_LENGTH);
        }
        String parent = clean(fields.get(parentField));
        return new Row(at, AgencyCode.of(code102), decision20, oldCode, name, email, clean(fields.get("id")),
                parent == null ? null : parent.toUpperCase(Locale.ROOT));
    }

    /**
     * Text as the table keeps it: precomposed (NFC; files mix combining accents with precomposed letters, and the
     * same name must compare equal on the next import), spaces collapsed, empty as absent.
     */
    private static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private void checkNoCodeTwice() {
        Map<AgencyCode, At> seen = new HashMap<>();
        for (Row row : rows) {
            At earlier = seen.putIfAbsent(row.code102(), row.at());
            if (earlier != null) {
                throw new InvalidValue("code102", "exchange.directory.code102.twice", row.at().label(),
                        row.code102().value(), earlier.label());
            }
        }
    }

    /** Where a row is: a line of a CSV file (counting the header), or the n-th object of a JSON array. */
    record At(String messageKey, int number) {

        /** "Dòng 5" or "Mục thứ 4", in the reader's language when the refusal is put in words. */
        MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {number});
        }
    }

    /**
     * One agency as the file gives it, checked. {@code id} is the hub's own number (JSON only); {@code parent} is the
     * hub's {@code pid} in JSON, or in CSV the parent's QCVN 102 or Decision 20 code, upper-cased.
     */
    record Row(At at, AgencyCode code102, @Nullable Decision20Code code, @Nullable String oldCode, String name,
            @Nullable String email, @Nullable String id, @Nullable String parent) {

        DirectoryEntry entry(@Nullable String parentCode102) {
            return new DirectoryEntry(code102.value(), code == null ? null : code.value(), oldCode, name,
                    parentCode102, email);
        }
    }

    /**
     * RFC 4180 records: fields separated by commas (or semicolons, see above), quoted with double quotes when they
     * hold the separator, a quote (doubled) or a line break; lines end with CRLF or LF.
     */
    private static final class CsvReader {

        private final String text;
        private final char separator;
        private int position;
        private int line = 1;
        private int recordLine;

        CsvReader(String text) {
            this.text = text;
            this.separator = separatorOf(text);
        }

        private static char separatorOf(String text) {
            int end = text.indexOf('\n');
            String header = end < 0 ? text : text.substring(0, end);
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        }

        /** The line the record last read began on. */
        int recordLine() {
            return recordLine;
        }

        @Nullable List<String> next() {
            if (position >= text.length()) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                        field.append('"');
                        position++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new InvalidValue("file", "exchange.directory.csv.unclosed-quote",
                        new At("exchange.directory.at.line", recordLine).label());
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
