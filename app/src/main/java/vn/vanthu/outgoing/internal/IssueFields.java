package vn.vanthu.outgoing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The number and the date of an outgoing document as form fields, so that the clerk can give them after the official
 * has signed without breaking that signature. Decree 30/2020 (Art. 15–16) has the clerk number and date a document
 * only once it is signed, and the e-document is signed as a PDF: writing into the page would change the signed
 * content, while filling form fields that were already there is a change a PDF signature allows.
 *
 * <p>{@link #prepare} adds the empty fields before signing, on the blanks of page 1 ("Số:&nbsp;&nbsp;&nbsp;/…" and
 * "…, ngày&nbsp;&nbsp;tháng&nbsp;&nbsp;năm"), found in the page's text; {@link #fill} writes the values as an
 * incremental update after signing. Neither locks anything (no DocMDP, no FieldMDP): the agency's own signature comes
 * after the filling.
 */
public final class IssueFields {

    public static final String NUMBER = "vanthu_number";
    public static final String DAY = "vanthu_day";
    public static final String MONTH = "vanthu_month";
    public static final String YEAR = "vanthu_year";

    private static final float FONT_SIZE = 13;
    private static final COSName ROMAN = COSName.getPDFName("TiRo");
    private static final COSName ITALIC = COSName.getPDFName("TiIt");
    private static final float POINTS_PER_MM = 72 / 25.4f;
    private static final float HEIGHT = 18;
    /** PDFBox pads a field's text by twice the border width, and at least 1 pt twice: 2 pt without a border. */
    private static final float PADDING = 2;
    /** The value starts a space after the word before it, as a clerk writing by hand would start it. */
    private static final float SPACE = FONT_SIZE / 4;
    private static final float NUMBER_WIDTH = 40;
    private static final float DAY_WIDTH = 26;
    private static final float YEAR_WIDTH = 36;
    /** The blanks are in the header: a "Số:" or a date in the text below must not be taken for them. */
    private static final float HEADER_SHARE = 0.4f;
    private static final Pattern NUMBER_LABEL = Pattern.compile("Số\\s*:");
    /** Two points: less than a space of the 13 pt text, more than any kerning between the letters of a notation. */
    private static final float NOTATION_GAP = 2;
    private static final Pattern DATE_LINE = Pattern.compile("(ngày).*?(tháng).*?(năm)");

    private IssueFields() {
    }

    /**
     * A document ready to be signed and then issued.
     *
     * @param pdf the document with the empty fields
     * @param numberFound whether "Số:" was found on page 1; if not, the number goes where Appendix I puts it
     * @param dateFound whether the date line was found on page 1; if not, the date goes where Appendix I puts it
     */
    public record Prepared(byte[] pdf, boolean numberFound, boolean dateFound) {
    }

    /**
     * Adds the empty number and date fields on page 1, unless they are there already, in which case the document is
     * returned as it is. A day, month or year already typed after its word gets no field. The document is saved
     * anew, unless it is signed already: then the fields are an incremental update too.
     */
    public static Prepared prepare(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            Blanks blanks = Blanks.find(document, page);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDAcroForm form = catalog.getAcroForm(null);
            if (form != null && form.getField(NUMBER) != null) {
                return new Prepared(pdf, blanks.numberFound(), blanks.dateFound());
            }
            if (form == null) {
                form = new PDAcroForm(document);
                catalog.setAcroForm(form);
            }
            PDResources resources = form.getDefaultResources();
            if (resources == null) {
                resources = new PDResources();
                form.setDefaultResources(resources);
            }
            font(resources, ROMAN, Standard14Fonts.FontName.TIMES_ROMAN);
            font(resources, ITALIC, Standard14Fonts.FontName.TIMES_ITALIC);
            List<PDField> fields = new ArrayList<>(form.getFields());
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            add(form, fields, annotations, page, NUMBER, ROMAN, blanks.number());
            add(form, fields, annotations, page, DAY, ITALIC, blanks.day());
            add(form, fields, annotations, page, MONTH, ITALIC, blanks.month());
            add(form, fields, annotations, page, YEAR, ITALIC, blanks.year());
            form.setFields(fields);
            page.setAnnotations(annotations);
            // the values are drawn by VanThu when filling: a viewer must not redraw them in a font of its own
            form.setNeedAppearances(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (document.getSignatureDictionaries().isEmpty()) {
                document.save(out);
            } else {
                // signed already (by mistake, or by another system): a full save would break those signatures
                catalog.getCOSObject().setNeedToBeUpdated(true);
                page.getCOSObject().setNeedToBeUpdated(true);
                document.saveIncremental(out);
            }
            return new Prepared(out.toByteArray(), blanks.numberFound(), blanks.dateFound());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not add the number and date fields", e);
        }
    }

    /**
     * Writes the number and the date into the fields of a prepared (and usually signed) document as an incremental
     * update: the signed bytes stay as they are, so every signature on them stays valid.
     *
     * @param number the number as the register gave it, e.g. {@code 05}
     * @param date the date of issue, written as Appendix I wants it ({@link #day}, {@link #month})
     * @throws IllegalStateException when the document has no number field, i.e. was not {@linkplain #prepare
     *     prepared}
     */
    public static byte[] fill(byte[] signedPdf, String number, LocalDate date) {
        if (number.isBlank()) {
            throw new IllegalArgumentException("The number must not be blank");
        }
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            // no fix-ups: they would change the form beyond the values
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null || !(form.getField(NUMBER) instanceof PDTextField)) {
                throw new IllegalStateException("The document has no " + NUMBER + " field: it was not prepared with "
                        + "IssueFields.prepare before it was signed, so its number and date cannot be filled in");
            }
            set(form, NUMBER, number.strip());
            set(form, DAY, day(date));
            set(form, MONTH, month(date));
            set(form, YEAR, String.valueOf(date.getYear()));
            form.getCOSObject().setNeedToBeUpdated(true);
            if (form.getDefaultResources() != null) {
                form.getDefaultResources().getCOSObject().setNeedToBeUpdated(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not fill in the number and date", e);
        }
    }

    /** Decree 30/2020 Appendix I, II.4: a day below 10 is written with a leading zero. */
    /**
     * The notation written after "Số: .../" on page 1, if the page has one ({@code QĐ-UBND}): Decree 30 Art. 15 wants
     * the number and notation on the page identical to the register's, so issuing compares them.
     */
    public static Optional<String> notation(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (Line line : Line.onFirstPage(document, page.getCropBox().getHeight() * HEADER_SHARE)) {
                Optional<String> written = line.notation();
                if (written.isPresent()) {
                    return written;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF: " + e.getMessage(), e);
        }
    }

    static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
    }

    /**
     * Decree 30/2020 Appendix I, II.4: only January and February get a leading zero ("tháng 01", "tháng 02", but
     * "tháng 3"), so that "tháng 1" cannot be turned into "tháng 11" or "tháng 12" by hand.
     */
    static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? "0" + month : String.valueOf(month);
    }

    private static void add(PDAcroForm form, List<PDField> fields, List<PDAnnotation> annotations, PDPage page,
            String name, COSName font, @Nullable Spot spot) {
        if (spot == null) {
            return;
        }
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setDefaultAppearance("/" + font.getName() + " " + (int) FONT_SIZE + " Tf 0 g");
        field.setMultiline(false);
        field.setDoNotScroll(true);
        field.setDoNotSpellCheck(true);
        field.setQ(PDTextField.QUADDING_LEFT);
        // only VanThu writes these, at issue: a reader's viewer must not offer to type into them
        field.setReadOnly(true);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        // no /MK and no /BS: no border and no background, the value looks typed on the line
        widget.setRectangle(spot.rectangle(capHeight(font)));
        widget.setPage(page);
        widget.setPrinted(true);
        annotations.add(widget);
        fields.add(field);
    }

    /**
     * A standard font, which every viewer has, so nothing is embedded for a few digits; a form that already names
     * it keeps its own.
     */
    private static void font(PDResources resources, COSName name, Standard14Fonts.FontName font) throws IOException {
        if (resources.getFont(name) == null) {
            resources.put(name, new PDType1Font(font));
        }
    }

    private static float capHeight(COSName font) {
        PDType1Font metrics = new PDType1Font(font.equals(ROMAN) ? Standard14Fonts.FontName.TIMES_ROMAN
                : Standard14Fonts.FontName.TIMES_ITALIC);
        return metrics.getFontDescriptor().getCapHeight() / 1000 * FONT_SIZE;
    }

    private static void set(PDAcroForm form, String name, String value) throws IOException {
        if (!(form.getField(name) instanceof PDTextField field)) {
            // a day, month or year typed in the draft has no field
            return;
        }
        field.setValue(value);
        field.getCOSObject().setNeedToBeUpdated(true);
        for (PDAnnotationWidget widget : field.getWidgets()) {
            widget.getCOSObject().setNeedToBeUpdated(true);
            PDAppearanceDictionary appearance = widget.getAppearance();
            if (appearance == null) {
                continue;
            }
            appearance.getCOSObject().setNeedToBeUpdated(true);
            PDAppearanceStream normal = widget.getNormalAppearanceStream();
            if (normal != null) {
                normal.getCOSObject().setNeedToBeUpdated(true);
                if (normal.getResources() != null) {
                    normal.getResources().getCOSObject().setNeedToBeUpdated(true);
                }
            }
        }
    }

    /**
     * Where a value is written: {@code x} where its text starts, {@code baseline} the line it sits on and
     * {@code width} the room it has, in PDF points from the page's lower left corner.
     */
    record Spot(float x, float baseline, float width) {

        /**
         * The widget's box. PDFBox draws a single line's text {@link #PADDING} in from the left and with the capitals
         * centred in the box inside a 1 pt padding (as Acrobat does), so the box is placed for that text to sit on the
         * line.
         */
        PDRectangle rectangle(float capHeight) {
            float baselineInBox = PADDING / 2 + (HEIGHT - PADDING - capHeight) / 2;
            return new PDRectangle(x - PADDING, baseline - baselineInBox, width + PADDING, HEIGHT);
        }
    }

    /** The blanks on page 1, found in its text or, failing that, where Appendix I puts them. */
    record Blanks(Spot number, @Nullable Spot day, @Nullable Spot month, @Nullable Spot year, boolean numberFound,
            boolean dateFound) {

        /** Appendix I: the number is under the agency's name, about 45 mm from the top and 25 mm into the text. */
        private static final float NUMBER_X_MM = 30 + 25;
        private static final float TOP_MM = 45;
        /** The date line is centred in the right column at the same height: where {@link DraftComposer} puts it. */
        private static final float[] DATE_X_MM = {137, 157, 174};

        static Blanks find(PDDocument document, PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            List<Line> lines = Line.onFirstPage(document, box.getHeight() * HEADER_SHARE);
            float fallbackBaseline = box.getUpperRightY() - TOP_MM * POINTS_PER_MM;
            Spot number = null;
            for (Line line : lines) {
                number = line.numberSpot(box);
                if (number != null) {
                    break;
                }
            }
            Spot[] date = null;
            for (Line line : lines) {
                date = line.dateSpots(box);
                if (date != null) {
                    break;
                }
            }
            boolean numberFound = number != null;
            if (number == null) {
                number = new Spot(box.getLowerLeftX() + NUMBER_X_MM * POINTS_PER_MM, fallbackBaseline, NUMBER_WIDTH);
            }
            boolean dateFound = date != null;
            if (date == null) {
                date = new Spot[3];
                for (int i = 0; i < 3; i++) {
                    date[i] = new Spot(box.getLowerLeftX() + DATE_X_MM[i] * POINTS_PER_MM, fallbackBaseline,
                            i == 2 ? YEAR_WIDTH : DAY_WIDTH);
                }
            }
            return new Blanks(number, date[0], date[1], date[2], numberFound, dateFound);
        }
    }

    /** A line of text on the page: its glyphs left to right, and their text in NFC with each char's glyph. */
    record Line(List<TextPosition> glyphs, String text, int[] glyphOfChar) {

        private static final float SAME_LINE = 2;

        static List<Line> onFirstPage(PDDocument document, float headerHeight) throws IOException {
            List<TextPosition> all = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.setSortByPosition(true);
            stripper.getText(document);
            all.removeIf(glyph -> glyph.getYDirAdj() > headerHeight);
            all.sort(Comparator.comparing(TextPosition::getYDirAdj));
            List<Line> lines = new ArrayList<>();
            List<TextPosition> current = new ArrayList<>();
            for (TextPosition glyph : all) {
                if (!current.isEmpty() && glyph.getYDirAdj() - current.get(0).getYDirAdj() > SAME_LINE) {
                    lines.add(of(current));
                    current = new ArrayList<>();
                }
                current.add(glyph);
            }
            if (!current.isEmpty()) {
                lines.add(of(current));
            }
            return lines;
        }

        private static Line of(List<TextPosition> glyphs) {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                String unicode = Normalizer.normalize(glyphs.get(i).getUnicode(), Normalizer.Form.NFC);
                text.append(unicode);
                for (int c = 0; c < unicode.length(); c++) {
                    owners.add(i);
                }
            }
            int[] glyphOfChar = owners.stream().mapToInt(Integer::intValue).toArray();
            return new Line(List.copyOf(glyphs), text.toString(), glyphOfChar);
        }

        /** The blank between "Số:" and the slash of the notation. */
        @Nullable Spot numberSpot(PDRectangle box) {
            Matcher label = NUMBER_LABEL.matcher(text);
            if (!label.find()) {
                return null;
            }
            int slash = text.indexOf('/', label.end());
            Spot spot = after(box, label.end(), NUMBER_WIDTH);
            // a slash far away is not the notation's: the number then gets the usual room
            return slash < 0 || spot.width() > 3 * NUMBER_WIDTH ? new Spot(spot.x(), spot.baseline(), NUMBER_WIDTH)
                    : spot;
        }

        /** The blanks after "ngày", "tháng" and "năm", in that order; none for a word already followed by digits. */
        Spot @Nullable [] dateSpots(PDRectangle box) {
            Matcher date = DATE_LINE.matcher(text);
            if (!date.find()) {
                return null;
            }
            Spot[] spots = new Spot[3];
            for (int i = 0; i < 3; i++) {
                int next = nextVisible(date.end(i + 1));
                if (next < text.length() && Character.isDigit(text.charAt(next))) {
                    continue;
                }
                spots[i] = after(box, date.end(i + 1), i == 2 ? YEAR_WIDTH : DAY_WIDTH);
            }
            return spots;
        }

        /**
         * The blank after the word ending before {@code wordEnd}: up to the next glyph on the line, or {@code room}
         * wide when the line ends there.
         */
        private Spot after(PDRectangle box, int wordEnd, float room) {
            TextPosition last = glyphs.get(glyphOfChar[wordEnd - 1]);
            float start = last.getXDirAdj() + last.getWidthDirAdj() + SPACE;
            int next = nextVisible(wordEnd);
            float width = next < text.length() ? glyphs.get(glyphOfChar[next]).getXDirAdj() - 1 - start : room;
            if (width < FONT_SIZE) {
                // something is written in the blank already: the value goes there all the same, with its room
                width = room;
            }
            return new Spot(box.getLowerLeftX() + start, box.getUpperRightY() - last.getYDirAdj(), width);
        }

        /**
         * The notation after "Số: .../" on this line: the letters, digits and hyphens that follow the slash with no
         * gap wider than a space between them (the header's two columns share a line, with nothing typed between).
         */
        Optional<String> notation() {
            Matcher label = NUMBER_LABEL.matcher(text);
            if (!label.find()) {
                return Optional.empty();
            }
            int slash = text.indexOf('/', label.end());
            if (slash < 0 || slash - label.end() > 40) {
                return Optional.empty();
            }
            StringBuilder notation = new StringBuilder();
            TextPosition previous = glyphs.get(glyphOfChar[slash]);
            for (int i = slash + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                TextPosition glyph = glyphs.get(glyphOfChar[i]);
                float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.') || gap > NOTATION_GAP) {
                    if (notation.length() > 0 || !Character.isWhitespace(c)) {
                        break;
                    }
                    continue;
                }
                notation.append(c);
                previous = glyph;
            }
            return notation.length() == 0 ? Optional.empty() : Optional.of(notation.toString());
        }

        private int nextVisible(int from) {
            int at = from;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
