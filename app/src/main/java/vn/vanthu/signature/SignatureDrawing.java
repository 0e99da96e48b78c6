package vn.vanthu.signature;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import eu.europa.esig.dss.spi.DSSUtils;
import vn.vanthu.core.InvalidValue;

/**
 * Draws a signature's {@link SignatureAppearance.Look look} as the appearance of its widget: the image fitted or
 * stretched to the box, or the text in the Times-compatible font that has every Vietnamese glyph (embedded as a
 * subset). An image is encoded for PDF once and kept: an official's signature is drawn many times a day, and
 * compressing its pixels costs more than the rest of a signature.
 */
@Component
class SignatureDrawing {

    private static final int KEPT_IMAGES = 500;
    private static final float LEADING = 1.2f;

    private final byte[] font;
    private final Map<String, Encoded> encoded = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Encoded> eldest) {
                    return size() > KEPT_IMAGES;
                }
            });

    SignatureDrawing() throws IOException {
        try (InputStream in = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
            this.font = in.readAllBytes();
        }
    }

    PDAppearanceDictionary appearance(PDDocument document, SignatureAppearance.Look look) throws IOException {
        SignatureAppearance.Box box = look.box();
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(box.width(), box.height()));
        stream.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            if (look.image() != null) {
                drawImage(document, content, look.image(), look.stretch(), box);
            } else {
                drawText(document, content, look, box);
            }
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    private void drawImage(PDDocument document, PDPageContentStream content, SignatureImage image, boolean stretch,
            SignatureAppearance.Box box) throws IOException {
        PDImageXObject picture = encoded(image).into(document);
        float width = box.width();
        float height = box.height();
        if (!stretch) {
            float scale = Math.min(box.width() / image.pixelWidth(), box.height() / image.pixelHeight());
            width = image.pixelWidth() * scale;
            height = image.pixelHeight() * scale;
        }
        content.drawImage(picture, (box.width() - width) / 2, (box.height() - height) / 2, width, height);
    }

    private void drawText(PDDocument document, PDPageContentStream content, SignatureAppearance.Look look,
            SignatureAppearance.Box box) throws IOException {
        PDType0Font type = PDType0Font.load(document, new ByteArrayInputStream(font), true);
        float size = Signing.TEXT_SIZE;
        float ascent = type.getFontDescriptor().getAscent() / 1000 * size;
        String[] lines = Normalizer.normalize(String.valueOf(look.text()), Normalizer.Form.NFC).split("\n");
        float block = lines.length * size * LEADING;
        float top = look.fromTop() ? box.height() : (box.height() + block) / 2;
        content.setNonStrokingColor(look.colour());
        for (int i = 0; i < lines.length; i++) {
            float width = type.getStringWidth(lines[i]) / 1000 * size;
            float x = look.alignRight() ? box.width() - width : (box.width() - width) / 2;
            content.beginText();
            content.setFont(type, size);
            content.newLineAtOffset(x, top - ascent - i * size * LEADING);
            content.showText(lines[i]);
            content.endText();
        }
    }

    private Encoded encoded(SignatureImage image) {
        String key = HexFormat.of().formatHex(DSSUtils.digest(eu.europa.esig.dss.enumerations.DigestAlgorithm.SHA256,
                image.png()));
        Encoded known = encoded.get(key);
        if (known != null) {
            return known;
        }
        Encoded made = Encoded.of(image.png());
        encoded.put(key, made);
        return made;
    }

    /** An image XObject's dictionary and compressed bytes, copied into each document it is drawn in. */
    private record Encoded(Map<COSName, COSBase> entries, byte[] data, @Nullable Encoded mask) {

        static Encoded of(byte[] png) {
            try (PDDocument scratch = new PDDocument()) {
                BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
                if (picture == null) {
                    throw new InvalidValue("image", "signature.image.not-png");
                }
                return capture(LosslessFactory.createFromImage(scratch, picture).getCOSObject());
            } catch (IOException e) {
                throw new InvalidValue("image", "signature.image.not-png");
            }
        }

        private static Encoded capture(COSStream stream) throws IOException {
            Map<COSName, COSBase> entries = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!entry.getKey().equals(COSName.LENGTH) && !entry.getKey().equals(COSName.SMASK)) {
                    entries.put(entry.getKey(), resolved(entry.getValue()));
                }
            }
            byte[] data;
            try (InputStream in = stream.createRawInputStream()) {
                data = in.readAllBytes();
            }
            COSBase mask = stream.getDictionaryObject(COSName.SMASK);
            return new Encoded(entries, data, mask instanceof COSStream alpha ? capture(alpha) : null);
        }

        PDImageXObject into(PDDocument document) throws IOException {
            return new PDImageXObject(new PDStream(stream(document)), null);
        }

        private COSStream stream(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            entries.forEach((key, value) -> stream.setItem(key, copy(value)));
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            if (mask != null) {
                stream.setItem(COSName.SMASK, mask.stream(document));
            }
            return stream;
        }

        private static COSBase resolved(COSBase value) {
            return value instanceof COSObject reference ? reference.getObject() : value;
        }

        /** Dictionaries and arrays belong to one document; names and numbers are immutable and shared. */
        private static COSBase copy(COSBase value) {
            if (value instanceof COSDictionary dictionary) {
                COSDictionary copied = new COSDictionary();
                dictionary.entrySet().forEach(e -> copied.setItem(e.getKey(), copy(resolved(e.getValue()))));
                return copied;
            }
            if (value instanceof COSArray array) {
                COSArray copied = new COSArray();
                for (int i = 0; i < array.size(); i++) {
                    copied.add(copy(resolved(array.get(i))));
                }
                return copied;
            }
            return value;
        }
    }
}
