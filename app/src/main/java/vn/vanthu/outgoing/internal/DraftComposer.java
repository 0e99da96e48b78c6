package vn.vanthu.outgoing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.vanthu.web.PdfPrinter;

/**
 * Lays out an outgoing document drafted in the browser as an A4 PDF in the form Decree 30/2020 Appendix I prescribes,
 * so that what the official signs already looks like the issued document. The number and the date stay blank: they
 * are given only at issue, after the signature, by {@link IssueFields}.
 *
 * <p>The text is real text in embedded Liberation Serif (metrically compatible with Times New Roman, full Vietnamese
 * coverage): the signature placement finds the signer's name in it, and search indexes it.
 *
 * <p>It needs no Spring context: the template engine is its own, made once and thread-safe.
 */
public final class DraftComposer {

    private static final String TEMPLATE = "outgoing/draft-layout";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** "118/TTr-SKHCN", "30/2020/NĐ-CP", "V/v": a number and notation or a word broken at its slash is misread. */
    private static final Pattern UNBREAKABLE = Pattern.compile("\\S*[/\\-]\\S*");
    /** Longer than that, it may be a web address, which must be free to wrap rather than run into the margin. */
    private static final int UNBREAKABLE_LENGTH = 40;
    /** A drafter may type the list markers themselves: they are added once, in the form Appendix I wants. */
    private static final Pattern RECIPIENT_MARKERS = Pattern.compile("^[\\s\\-–•+]+|[\\s;.,]+$");

    private final TemplateEngine templates;

    public DraftComposer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DraftComposer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Thymeleaf's own engine evaluates expressions with OGNL, which is not on the classpath; the Spring one
        // evaluates them with SpEL and needs no application context
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    /** The draft as a PDF, ready to be reviewed and signed. */
    public byte[] compose(DraftLayout layout) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("draft", Printed.of(layout));
        return PdfPrinter.print(templates.process(TEMPLATE, context));
    }

    /**
     * The draft as the template prints it: the capitals Appendix I asks for already applied (Java's Vietnamese upper
     * case, not the renderer's), the body cut into paragraphs and lines, and the recipients' list markers in place.
     * The last paragraph is apart: it goes with the signature, which must not stand alone on a page.
     * Text is in NFC, so that the font's precomposed glyphs are used and the text found later is the text typed.
     */
    record Printed(@Nullable String parentAgency, String agency, String agencyRule, String place, String notation,
            @Nullable String typeTitle, String subject, List<Run> letterSubject, boolean officialLetter,
            List<String> marks, List<List<List<Run>>> paragraphs, List<List<Run>> lastParagraph,
            List<String> recipients, String keptLine, List<String> authorityLines, String signerName) {

        static Printed of(DraftLayout layout) {
            List<String> marks = Stream.of(layout.urgencyLabel(), layout.confidentialityLabel())
                    .map(Printed::upper).filter(mark -> !mark.isEmpty()).toList();
            String keptBy = text(layout.keptBy());
            String agency = upper(layout.agencyName());
            List<List<List<Run>>> paragraphs = paragraphs(layout.body());
            return new Printed(
                    layout.parentAgencyName() == null || layout.parentAgencyName().isBlank() ? null
                            : upper(layout.parentAgencyName()),
                    agency, AgencyRule.under(agency), text(layout.place()), upper(layout.notation()),
                    layout.isOfficialLetter() ? null : upper(layout.typeTitle()), text(layout.subject()),
                    Run.split("V/v " + text(layout.subject())), layout.isOfficialLetter(), marks,
                    paragraphs.subList(0, paragraphs.size() - 1), paragraphs.get(paragraphs.size() - 1),
                    layout.recipients().stream().map(Printed::recipient).filter(line -> !line.isEmpty()).toList(),
                    keptBy.isEmpty() ? "- Lưu: VT." : "- Lưu: VT, " + keptBy + ".",
                    layout.authorityLines().stream().map(Printed::upper).toList(), text(layout.signerName()));
        }

        /** The body's paragraphs, each a list of lines, each line a list of runs. */
        private static List<List<List<Run>>> paragraphs(String body) {
            String text = text(body).replace("\r\n", "\n").replace('\r', '\n');
            List<List<List<Run>>> paragraphs = new ArrayList<>();
            for (String paragraph : BLANK_LINES.split(text)) {
                List<List<Run>> lines = Arrays.stream(paragraph.split("\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).map(Run::split).toList();
                if (!lines.isEmpty()) {
                    paragraphs.add(lines);
                }
            }
            return paragraphs;
        }

        private static String recipient(String name) {
            String bare = RECIPIENT_MARKERS.matcher(text(name)).replaceAll("");
            return bare.isEmpty() ? "" : "- " + bare + ";";
        }

        private static String upper(@Nullable String text) {
            return text(text).toUpperCase(VIETNAMESE);
        }

        private static String text(@Nullable String text) {
            return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        }
    }

    /** A piece of a line; a {@code whole} one must not be broken across lines. */
    record Run(String text, boolean whole) {

        static List<Run> split(String line) {
            List<Run> runs = new ArrayList<>();
            Matcher word = UNBREAKABLE.matcher(line);
            int at = 0;
            while (word.find()) {
                if (word.end() - word.start() > UNBREAKABLE_LENGTH) {
                    continue;
                }
                if (word.start() > at) {
                    runs.add(new Run(line.substring(at, word.start()), false));
                }
                runs.add(new Run(word.group(), true));
                at = word.end();
            }
            if (at < line.length()) {
                runs.add(new Run(line.substring(at), false));
            }
            return runs;
        }
    }

    /**
     * The rule under the agency's name: Appendix I wants it a third to a half as long as the name, centred. CSS cannot
     * size a block by its neighbour's text, so the name is measured with the font it is printed in.
     */
    static final class AgencyRule {

        private static final float SIZE = 13;
        private static final float POINTS_PER_MM = 72 / 25.4f;
        /** The left column's width (40 % of the 165 mm between the margins): a longer name wraps. */
        private static final float COLUMN_MM = 66;
        private static final float MIN_MM = 12;
        private static final float MAX_MM = 25;
        private static final TrueTypeFont BOLD = load();

        private AgencyRule() {
        }

        static String under(String agency) {
            // a name wider than the column wraps, and its lines are then about as wide as the column
            float nameMm = Math.min(COLUMN_MM, widthMm(agency));
            float rule = Math.max(MIN_MM, Math.min(MAX_MM, nameMm * 0.4f));
            return String.format(Locale.ROOT, "%.1fmm", rule);
        }

        private static float widthMm(String text) {
            try {
                CmapLookup glyphs = BOLD.getUnicodeCmapLookup();
                float units = 0;
                for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                    units += BOLD.getAdvanceWidth(glyphs.getGlyphId(text.codePointAt(i)));
                }
                return units / BOLD.getUnitsPerEm() * SIZE / POINTS_PER_MM;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not measure the agency's name", e);
            }
        }

        private static TrueTypeFont load() {
            try (InputStream font = PdfPrinter.Face.BOLD.open()) {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the bold font", e);
            }
        }
    }
}
