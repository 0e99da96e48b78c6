package vn.vanthu.signature;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.RuleViolation;

/**
 * Where and how a signature shows on the page, Decree 30/2020 Appendix I:
 * <ul>
 * <li>the personal signature: the official's image, centred between their title and name in the signature block
 * (found by their name on the last page), or where they clicked;</li>
 * <li>the agency signature on the main document: the seal at its real size, overlapping the left third of the
 * personal signature;</li>
 * <li>the agency signature on a separate file: no image, the number and notation and the signing time (ISO 8601,
 * +07:00) in a Times-compatible 10 pt font, black, at the top right of page 1.</li>
 * </ul>
 * Coordinates are PDF points from the top-left corner of the page, as DSS takes them.
 */
final class SignatureAppearance {

    static final float TOP_RIGHT_WIDTH = 170;
    static final float TOP_RIGHT_HEIGHT = 30;
    /** Right margin of Appendix I (15–20 mm): the text ends where the page's text ends. */
    static final float RIGHT_MARGIN = (float) (15 * SignatureImage.POINTS_PER_MM);
    static final float TOP_OFFSET = (float) (8 * SignatureImage.POINTS_PER_MM);
    private static final float GAP_ABOVE_NAME = 2;

    private SignatureAppearance() {
    }

    /** The box of a signature on a page. */
    record Box(int page, float x, float y, float width, float height) {

        SignatureFieldParameters field() {
            // no field id: DSS then adds a new field; an id would ask it to fill an existing one
            SignatureFieldParameters field = new SignatureFieldParameters();
            field.setPage(page);
            field.setOriginX(x);
            field.setOriginY(y);
            field.setWidth(width);
            field.setHeight(height);
            return field;
        }
    }

    /**
     * What a signature shows in its box: an image (scaled to fit and centred, or stretched to the box), or lines of
     * text in a colour, centred or aligned right, in the middle of the box or from its top.
     */
    record Look(Box box, @Nullable SignatureImage image, boolean stretch, @Nullable String text, Color colour,
            boolean alignRight, boolean fromTop) {

        static Look image(Box box, SignatureImage image, boolean stretch) {
            return new Look(box, image, stretch, null, Color.BLACK, false, false);
        }

        static Look text(Box box, String text, Color colour, boolean alignRight, boolean fromTop) {
            return new Look(box, null, false, text, colour, alignRight, fromTop);
        }

        /** The same look as DSS draws it, for the signatures DSS writes (remote signing, rotated pages). */
        SignatureImageParameters dss(DSSFont font) {
            SignatureImageParameters parameters = new SignatureImageParameters();
            parameters.setFieldParameters(box.field());
            if (image != null) {
                parameters.setImage(new InMemoryDocument(image.png(), "hinh-anh.png", MimeTypeEnum.PNG));
                parameters.setImageScaling(stretch ? ImageScaling.STRETCH : ImageScaling.ZOOM_AND_CENTER);
                return parameters;
            }
            SignatureImageTextParameters textParameters = new SignatureImageTextParameters();
            textParameters.setText(text);
            textParameters.setFont(font);
            textParameters.setTextColor(colour);
            textParameters.setSignerTextHorizontalAlignment(alignRight ? SignerTextHorizontalAlignment.RIGHT
                    : SignerTextHorizontalAlignment.CENTER);
            if (fromTop) {
                textParameters.setSignerTextPosition(SignerTextPosition.TOP);
                textParameters.setPadding(0);
            }
            parameters.setTextParameters(textParameters);
            return parameters;
        }
    }

    static Look personal(PDDocument document, @Nullable SignatureImage image, @Nullable Placement placement,
            String signerName) throws IOException {
        return personalAt(personalBox(document, image, placement, signerName), image, signerName);
    }

    /** Where the official's signature goes: where they clicked, else above their name, else the right column. */
    static Box personalBox(byte[] pdf, @Nullable SignatureImage image, @Nullable Placement placement,
            String signerName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return personalBox(document, image, placement, signerName);
        } catch (IOException e) {
            throw new InvalidValue("file", "signature.pdf.invalid");
        }
    }

    private static Box personalBox(PDDocument document, @Nullable SignatureImage image,
            @Nullable Placement placement, String signerName) throws IOException {
        float width = image == null ? 150 : placement != null && placement.width() != null ? placement.width()
                : image.widthPoints();
        float height = image == null ? 40 : image.heightPoints(width);
        return placement != null ? clicked(document, placement, width, height)
                : aboveName(document, signerName, width, height).orElseGet(() -> fallback(document, width, height));
    }

    /** The official's image in {@code box}, or their name in blue when they have not uploaded one. */
    static Look personalAt(Box box, @Nullable SignatureImage image, String signerName) {
        return image != null ? Look.image(box, image, false)
                : Look.text(box, signerName, new Color(0, 51, 204), false, false);
    }

    static Look seal(PDDocument document, SignatureImage seal) {
        Box personal = lastVisibleSignature(document)
                .orElseThrow(() -> new RuleViolation("signature.seal.no-personal-signature"));
        float size = seal.widthPoints();
        float height = seal.heightPoints(size);
        Box box = new Box(personal.page(), Math.max(0, personal.x() + personal.width() / 3 - size),
                Math.max(0, personal.y() + personal.height() / 2 - height / 2), size, height);
        return Look.image(box, seal, true);
    }

    static Look topRight(PDDocument document, String text) {
        float pageWidth = visibleWidth(document.getPage(0));
        Box box = new Box(1, pageWidth - RIGHT_MARGIN - TOP_RIGHT_WIDTH, TOP_OFFSET, TOP_RIGHT_WIDTH,
                TOP_RIGHT_HEIGHT);
        return Look.text(box, text, Color.BLACK, true, true);
    }

    private static Box clicked(PDDocument document, Placement placement, float width, float height) {
        int pages = document.getNumberOfPages();
        if (placement.page() < 0 || placement.page() > pages) {
            throw new InvalidValue("placement.page", "signature.placement.page", pages);
        }
        int page = placement.page() == 0 ? pages : placement.page();
        PDRectangle size = document.getPage(page - 1).getCropBox();
        if (placement.x() + width > size.getWidth() + 1 || placement.y() + height > size.getHeight() + 1) {
            throw new InvalidValue("placement", "signature.placement.outside");
        }
        return new Box(page, placement.x(), placement.y(), width, height);
    }

    /** Centred on the signer's name on the last page, just above it: between the title and the name. */
    private static Optional<Box> aboveName(PDDocument document, String signerName, float width, float height)
            throws IOException {
        int page = document.getNumberOfPages();
        String wanted = normal(signerName);
        if (wanted.isBlank()) {
            return Optional.empty();
        }
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                lines.add(new ArrayList<>(positions));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.getText(document);
        Optional<Box> found = Optional.empty();
        for (List<TextPosition> positions : lines) {
            StringBuilder text = new StringBuilder();
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                String glyph = normal(positions.get(i).getUnicode());
                text.append(glyph);
                for (int c = 0; c < glyph.length(); c++) {
                    owner.add(i);
                }
            }
            int at = text.indexOf(wanted);
            if (at < 0) {
                continue;
            }
            TextPosition first = positions.get(owner.get(at));
            TextPosition last = positions.get(owner.get(at + wanted.length() - 1));
            float left = first.getXDirAdj();
            float right = last.getXDirAdj() + last.getWidthDirAdj();
            float top = first.getYDirAdj() - first.getHeightDir();
            float centre = (left + right) / 2;
            // the last match on the page: the name in the signature block comes after any mention in the text
            found = Optional.of(new Box(page, Math.max(0, centre - width / 2),
                    Math.max(0, top - GAP_ABOVE_NAME - height), width, height));
        }
        return found;
    }

    /** No name to go by: the right-hand column of the last page, where Appendix I puts the signature block. */
    private static Box fallback(PDDocument document, float width, float height) {
        int page = document.getNumberOfPages();
        PDRectangle size = document.getPage(page - 1).getCropBox();
        float centre = size.getWidth() * 0.72f;
        return new Box(page, centre - width / 2, size.getHeight() * 0.6f, width, height);
    }

    /** The visible signature added last (the personal one the seal must overlap), if the document has one. */
    static Optional<Box> lastVisibleSignature(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return Optional.empty();
        }
        Box last = null;
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDSignatureField signature) || signature.getValue() == null) {
                continue;
            }
            for (PDAnnotationWidget widget : signature.getWidgets()) {
                PDRectangle rectangle = widget.getRectangle();
                PDPage page = widget.getPage();
                if (rectangle == null || rectangle.getWidth() < 1 || rectangle.getHeight() < 1) {
                    continue;
                }
                int index = page == null ? document.getNumberOfPages() - 1 : document.getPages().indexOf(page);
                if (index < 0) {
                    continue;
                }
                float pageHeight = document.getPage(index).getCropBox().getHeight();
                last = new Box(index + 1, rectangle.getLowerLeftX(), pageHeight - rectangle.getUpperRightY(),
                        rectangle.getWidth(), rectangle.getHeight());
            }
        }
        return Optional.ofNullable(last);
    }

    private static float visibleWidth(PDPage page) {
        return page.getRotation() % 180 == 0 ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

}
