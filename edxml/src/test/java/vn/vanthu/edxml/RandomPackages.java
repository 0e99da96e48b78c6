package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated packages and status messages: Vietnamese text with XML's special characters, line ends and
 * characters beyond the BMP, every optional part present or not, several attachments. Sub-elements whose values
 * would all be empty are not generated, because they read back as absent, by design.
 */
final class RandomPackages {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộ"
            + "ờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯÀÁẠỆỨQWZ0123456789";
    private static final List<String> INNER = List.of(" ", "  ", "\t", "\n", "\r\n", "\r", "<", ">", "&", "\"", "'",
            "]]>", "/", ",", "-", "😀", "&amp;", "<!--");

    private RandomPackages() {
    }

    static Arbitrary<EdxmlEnvelope> envelopes() {
        return Combinators.combine(headers(), traceHeaderLists(), attachments()).as(EdxmlEnvelope::new);
    }

    static Arbitrary<StatusMessage> statuses() {
        return Combinators.combine(organizations(), organizations().injectNull(0.5), responseFors(),
                staffInfos().injectNull(0.3), Arbitraries.of(StatusCode.class), optionalText(),
                timestamps().injectNull(0.2)).as(StatusMessage::new);
    }

    static Arbitrary<String> text() {
        Arbitrary<String> letter = Arbitraries.of(LETTERS.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        Arbitrary<String> inner = Arbitraries.oneOf(letter, Arbitraries.of(INNER)).list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
        return Combinators.combine(letter, inner, letter).as((first, middle, last) -> first + middle + last)
                .injectDuplicates(0.05);
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    private static Arbitrary<MessageHeader> headers() {
        Arbitrary<Code> codes = Combinators.combine(text(), optionalText()).as(Code::new);
        Arbitrary<PromulgationInfo> promulgations = Combinators.combine(text(), dates().injectNull(0.2))
                .as(PromulgationInfo::new);
        Arbitrary<DocumentType> types = Combinators.combine(integers(), integers(), text()).as(DocumentType::new);
        Arbitrary<SignerInfo> signers = Combinators.combine(optionalText(), optionalText(), text())
                .as(SignerInfo::new);
        Arbitrary<List<Object>> first = Combinators.combine(organizations(), organizations().list().ofMinSize(1)
                .ofMaxSize(3), optionalText(), codes.injectNull(0.2), promulgations.injectNull(0.2),
                types.injectNull(0.2), optionalText(), optionalText()).as(Arrays::asList);
        Arbitrary<List<Object>> second = Combinators.combine(signers.injectNull(0.2), dates().injectNull(0.3),
                text().list().ofMaxSize(3), otherInfos().injectNull(0.2), responseFors().list().ofMaxSize(2),
                integers()).as(Arrays::asList);
        return Combinators.combine(first, second).as(RandomPackages::header);
    }

    @SuppressWarnings("unchecked")
    private static MessageHeader header(List<Object> first, List<Object> second) {
        return new MessageHeader((Organization) first.get(0), (List<Organization>) first.get(1),
                (String) first.get(2), (Code) first.get(3), (PromulgationInfo) first.get(4),
                (DocumentType) first.get(5), (String) first.get(6), (String) first.get(7),
                (SignerInfo) second.get(0), (LocalDate) second.get(1), (List<String>) second.get(2),
                (OtherInfo) second.get(3), (List<ResponseFor>) second.get(4), (Integer) second.get(5));
    }

    private static Arbitrary<Organization> organizations() {
        Arbitrary<String> organIds = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                Arbitraries.chars().range('A', 'Z'), Arbitraries.integers().between(1, 99))
                .as((a, b, c, letter, d) -> String.format("%03d.%02d.%02d.%c%02d", a, b, c, letter, d));
        return Combinators.combine(organIds, optionalText(), optionalText(), optionalText(), optionalText(),
                optionalText(), optionalText(), optionalText()).as(Organization::new);
    }

    private static Arbitrary<OtherInfo> otherInfos() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), optionalText(), optionalText(),
                integers(), integers(), Arbitraries.of(true, false).injectNull(0.5), text().list().ofMaxSize(3))
                .as(OtherInfo::new);
    }

    private static Arbitrary<ResponseFor> responseFors() {
        return Combinators.combine(optionalText(), optionalText(), dates().injectNull(0.3), text())
                .as(ResponseFor::new);
    }

    private static Arbitrary<StaffInfo> staffInfos() {
        return Combinators.combine(optionalText(), text(), optionalText(), optionalText()).as(StaffInfo::new);
    }

    private static Arbitrary<TraceHeaderList> traceHeaderLists() {
        Arbitrary<TraceHeader> hops = Combinators.combine(optionalText(), timestamps().injectNull(0.2))
                .as(TraceHeader::new);
        return Combinators.combine(hops.list().ofMaxSize(3), businesses().injectNull(0.3)).as(TraceHeaderList::new);
    }

    private static Arbitrary<Business> businesses() {
        Arbitrary<ReplacementInfo> replacements = Combinators.combine(optionalText(), text().list().ofMaxSize(3))
                .as(ReplacementInfo::new);
        Arbitrary<Receiver> receivers = Combinators.combine(Arbitraries.of(0, 1).injectNull(0.2), optionalText())
                .as(Receiver::new);
        Arbitrary<BusinessDocumentInfo> documentInfos = Combinators.combine(Arbitraries.of(0, 1).injectNull(0.2),
                Arbitraries.of(0, 1).injectNull(0.2), receivers.list().ofMaxSize(3)).as(BusinessDocumentInfo::new);
        return Combinators.combine(optionalText(), Arbitraries.of(BusinessDocType.class), optionalText(),
                Arbitraries.of(0, 1).injectNull(0.3), staffInfos().injectNull(0.3), replacements.list().ofMaxSize(2),
                documentInfos.injectNull(0.5)).as(Business::new);
    }

    /** Several attachments with distinct ids, up to 20 kB each, empty ones included. */
    private static Arbitrary<List<Attachment>> attachments() {
        Arbitrary<byte[]> contents = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
        Arbitrary<List<Object>> attachment = Combinators.combine(Arbitraries.strings().alpha().numeric()
                .ofMinLength(1).ofMaxLength(12), optionalText(), text(), optionalText(), contents).as(Arrays::asList);
        return attachment.list().ofMaxSize(4).map(RandomPackages::attachments);
    }

    private static List<Attachment> attachments(List<List<Object>> parts) {
        return IntStream.range(0, parts.size()).mapToObj(i -> {
            List<Object> part = parts.get(i);
            return new Attachment("cid:" + i + "-" + part.get(0), (String) part.get(1), (String) part.get(2),
                    (String) part.get(3), AttachmentContent.of((byte[]) part.get(4)));
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Arbitrary<Integer> integers() {
        return Arbitraries.integers().injectNull(0.3);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 150).map(days -> LocalDate.of(1950, 1, 1).plusDays(days));
    }

    private static Arbitrary<LocalDateTime> timestamps() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 86_399))
                .as((date, seconds) -> date.atStartOfDay().plusSeconds(seconds));
    }
}
