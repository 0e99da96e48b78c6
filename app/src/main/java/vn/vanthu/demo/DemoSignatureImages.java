package vn.vanthu.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;

/**
 * Pictures for the demo province, drawn rather than shipped: a blue handwritten-looking signature for each official
 * (their given name in italics with a flourish) and a red round seal for each agency (its name around the rim, a star
 * in the middle), PNG with a transparent background as Appendix I wants.
 */
final class DemoSignatureImages {

    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    private static final Color SIGNATURE_BLUE = new Color(0, 51, 170);
    private static final Color SEAL_RED = new Color(215, 25, 32);

    private DemoSignatureImages() {
    }

    static byte[] signature(String fullName) {
        BufferedImage image = new BufferedImage(600, 220, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        String[] words = fullName.strip().split("\\s+");
        String given = words[words.length - 1];
        g.setColor(SIGNATURE_BLUE);
        g.setFont(font("fonts/LiberationSerif-Italic.ttf", 110f));
        g.drawString(given, 60, 140);
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D flourish = new Path2D.Float();
        flourish.moveTo(40, 175);
        flourish.curveTo(200, 120, 380, 215, 560, 150);
        g.draw(flourish);
        g.dispose();
        return png(image);
    }

    static byte[] seal(String agencyName) {
        int size = 600;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(14));
        g.drawOval(12, 12, size - 24, size - 24);
        g.setStroke(new BasicStroke(5));
        g.drawOval(130, 130, size - 260, size - 260);
        star(g, size / 2f, size / 2f, 70);
        String rim = agencyName.toUpperCase(Locale.forLanguageTag("vi")) + " ★ ";
        Font font = font("fonts/LiberationSerif-Bold.ttf", rim.length() > 45 ? 30f : 38f);
        g.setFont(font);
        double radius = size / 2.0 - 75;
        double step = 2 * Math.PI / Math.max(rim.length(), 24);
        double angle = -Math.PI / 2 - step * rim.length() / 2;
        for (char letter : rim.toCharArray()) {
            AffineTransform saved = g.getTransform();
            g.translate(size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            String text = String.valueOf(letter);
            g.drawString(text, -g.getFontMetrics().stringWidth(text) / 2f, 0);
            g.setTransform(saved);
            angle += step;
        }
        g.dispose();
        return png(image);
    }

    private static void star(Graphics2D g, float cx, float cy, float r) {
        Path2D star = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? r : r * 0.4;
            double x = cx + radius * Math.cos(a);
            double y = cy + radius * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Font font(String resource, float size) {
        return FONTS.computeIfAbsent(resource, DemoSignatureImages::load).deriveFont(size);
    }

    /** Parsed once: the demo draws hundreds of signatures and seals with two fonts. */
    private static Font load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
