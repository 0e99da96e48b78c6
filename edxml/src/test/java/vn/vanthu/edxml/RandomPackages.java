package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generated packages and status messages: Vietnamese text with XML's special characters, line ends and
 * characters beyond the BMP, every optional part present or not, several attachments. Sub-elements whose values
 * would all be empty are not generated, because they read back as absent, by design.
 *
 * <p>Everything comes from one {@link Random} with a given seed, so {@code new RandomPackages(seed).envelope()}
 * gives back the very value a failed run reported. No property-testing library is used: a seeded generator is
 * enough to reproduce any failure, and jqwik's author asks AI agents, who write this project, not to use it.
 */
final class RandomPackages {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộ"
            + "ờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯÀÁẠỆỨQWZ0123456789";
    private static final List<String> INNER = List.of(" ", "  ", "\t", "\n", "\r\n", "\r", "<", ">", "&", "\"", "'",
            "]]>", "/", ",", "-", "😀", "&amp;", "<!--");
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int[] EDGE_INTEGERS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final LocalDate FIRST_DATE = LocalDate.of(1950, 1, 1);

    private final Random random;
    /** Texts given out so far: one text in twenty repeats one of them, as equal values in different places. */
    private final List<String> texts = new ArrayList<>();

    RandomPackages(long seed) {
        this.random = new Random(seed);
    }

    EdxmlEnvelope envelope() {
        return new EdxmlEnvelope(header(), traceHeaderList(), attachments());
    }

    StatusMessage status() {
        return new StatusMessage(organization(), orNull(0.5, this::organization), responseFor(),
                orNull(0.3, this::staffInfo), oneOf(List.of(StatusCode.values())), optionalText(),
                orNull(0.2, this::timestamp));
    }

    /** A letter, up to twelve letters or awkward pieces, a letter. */
    String text() {
        if (!texts.isEmpty() && chance(0.05)) {
            return oneOf(texts);
        }
        StringBuilder text = new StringBuilder().append(letter());
        for (int n = between(0, 12); n > 0; n--) {
            text.append(random.nextBoolean() ? String.valueOf(letter()) : oneOf(INNER));
        }
        String result = text.append(letter()).toString();
        texts.add(result);
        return result;
    }

    private String optionalText() {
        return orNull(0.3, this::text);
    }

    private MessageHeader header() {
        return new MessageHeader(organization(), list(1, 3, this::organization), optionalText(),
                orNull(0.2, () -> new Code(text(), optionalText())),
                orNull(0.2, () -> new PromulgationInfo(text(), orNull(0.2, this::date))),
                orNull(0.2, () -> new DocumentType(integer(), integer(), text())), optionalText(), optionalText(),
                orNull(0.2, () -> new SignerInfo(optionalText(), optionalText(), text())), orNull(0.3, this::date),
                list(0, 3, this::text), orNull(0.2, this::otherInfo), list(0, 2, this::responseFor), integer());
    }

    private Organization organization() {
        String organId = String.format("%03d.%02d.%02d.%c%02d", between(0, 999), between(0, 99), between(0, 99),
                (char) between('A', 'Z'), between(1, 99));
        return new Organization(organId, optionalText(), optionalText(), optionalText(), optionalText(),
                optionalText(), optionalText(), optionalText());
    }

    private OtherInfo otherInfo() {
        return new OtherInfo(between(0, 4), optionalText(), optionalText(), integer(), integer(),
                orNull(0.5, random::nextBoolean), list(0, 3, this::text));
    }

    private ResponseFor responseFor() {
        return new ResponseFor(optionalText(), optionalText(), orNull(0.3, this::date), text());
    }

    private StaffInfo staffInfo() {
        return new StaffInfo(optionalText(), text(), optionalText(), optionalText());
    }

    private TraceHeaderList traceHeaderList() {
        return new TraceHeaderList(list(0, 3, () -> new TraceHeader(optionalText(), orNull(0.2, this::timestamp))),
                orNull(0.3, this::business));
    }

    private Business business() {
        return new Business(optionalText(), oneOf(List.of(BusinessDocType.values())), optionalText(), bit(0.3),
                orNull(0.3, this::staffInfo),
                list(0, 2, () -> new ReplacementInfo(optionalText(), list(0, 3, this::text))),
                orNull(0.5, () -> new BusinessDocumentInfo(bit(0.2), bit(0.2),
                        list(0, 3, () -> new Receiver(bit(0.2), optionalText())))));
    }

    /** Up to four attachments with distinct ids, up to 20 kB each; one in four is empty or a few bytes. */
    private List<Attachment> attachments() {
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0, n = between(0, 4); i < n; i++) {
            StringBuilder id = new StringBuilder("cid:" + i + "-");
            for (int length = between(1, 12); length > 0; length--) {
                id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
            byte[] content = new byte[chance(0.25) ? between(0, 3) : between(0, 20_000)];
            random.nextBytes(content);
            attachments.add(new Attachment(id.toString(), optionalText(), text(), optionalText(),
                    AttachmentContent.of(content)));
        }
        return attachments;
    }

    /** Any int, one in five an edge: 0, ±1, the least or the greatest; null three times in ten. */
    private Integer integer() {
        return orNull(0.3, () -> chance(0.2) ? EDGE_INTEGERS[random.nextInt(EDGE_INTEGERS.length)] : random.nextInt());
    }

    private Integer bit(double nullChance) {
        return orNull(nullChance, () -> between(0, 1));
    }

    private LocalDate date() {
        return FIRST_DATE.plusDays(between(0, 365 * 150));
    }

    private LocalDateTime timestamp() {
        return date().atStartOfDay().plusSeconds(between(0, 86_399));
    }

    private char letter() {
        return LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    private <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        for (int n = between(min, max); n > 0; n--) {
            list.add(element.get());
        }
        return list;
    }

    private <T> T orNull(double nullChance, Supplier<T> value) {
        return chance(nullChance) ? null : value.get();
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
