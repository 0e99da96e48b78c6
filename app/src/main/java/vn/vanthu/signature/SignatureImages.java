package vn.vanthu.signature;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;

/**
 * The official's signature image (uploaded in their profile) and the agency's seal (uploaded by its administrator):
 * PNG only, with a transparent background, as Appendix I asks, so the page shows through.
 */
@Service
public class SignatureImages {

    static final double SIGNATURE_WIDTH_MM = 35;
    static final double SEAL_DIAMETER_MM = 36;
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int PRINT_DPI = 200;
    private static final int MAX_PIXELS = 5000;

    private final JdbcClient jdbc;

    SignatureImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void setSignature(UUID personId, byte[] png, CurrentUser me) {
        // a system administrator may help an official who cannot upload it themselves
        if (!me.id().equals(personId) && !me.isAdmin()) {
            throw new NotPermitted("signature.image.not-own");
        }
        keep(HolderKind.PERSON, personId.toString(), png, SIGNATURE_WIDTH_MM);
    }

    /** @param diameterMm the seal's real diameter (Decree 99/2016: 32 to 42 mm for most agencies) */
    @Transactional
    public void setSeal(AgencyCode agency, byte[] png, double diameterMm, CurrentUser me) {
        if (!me.administers(agency)) {
            throw new NotPermitted("signature.image.seal.not-permitted");
        }
        if (diameterMm < 20 || diameterMm > 60) {
            throw new InvalidValue("diameterMm", "signature.image.seal.diameter", 20, 60);
        }
        keep(HolderKind.AGENCY, agency.value(), png, diameterMm);
    }

    public Optional<SignatureImage> signature(UUID personId) {
        return find(HolderKind.PERSON, personId.toString());
    }

    public Optional<SignatureImage> seal(AgencyCode agency) {
        return find(HolderKind.AGENCY, agency.value());
    }

    private Optional<SignatureImage> find(HolderKind owner, String id) {
        return jdbc.sql("select image, width_mm from signature_image where owner_kind = ? and owner_id = ?")
                .params(owner.name(), id)
                .query((rs, row) -> stored(rs.getBytes(1), rs.getDouble(2)))
                .optional();
    }

    private void keep(HolderKind owner, String id, byte[] upload, double widthMm) {
        byte[] png = atPrintResolution(image(upload, widthMm), upload);
        jdbc.sql("""
                insert into signature_image (owner_kind, owner_id, image, width_mm, updated_at) values (?, ?, ?, ?, ?)
                on conflict (owner_kind, owner_id) do update set image = excluded.image, width_mm = excluded.width_mm,
                    updated_at = excluded.updated_at
                """)
                .params(owner.name(), id, png, widthMm, Instant.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * The image at no more than 200 dpi for its printed width (the scan standard for electronic copies): a scan of a
     * signature often comes at 600 dpi or more, and the PDF library re-encodes the image four times for every
     * signature it draws, so pixels beyond that cost signing time and file size for nothing.
     */
    static byte[] atPrintResolution(SignatureImage image, byte[] png) {
        int most = (int) Math.ceil(image.widthMm() / 25.4 * PRINT_DPI);
        if (image.pixelWidth() <= most) {
            return png;
        }
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
            int height = Math.max(1, (int) Math.round((double) source.getHeight() * most / source.getWidth()));
            BufferedImage scaled = new BufferedImage(most, height, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, most, height, null);
            g.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(scaled, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidValue("image", "signature.image.not-png");
        }
    }

    /** Refuses a picture that would take too much memory to decode, before decoding it (a small file can). */
    private static void checkDimensions(byte[] png) {
        SignatureImage header = stored(png, 1);
        if (header.pixelWidth() <= 0 || header.pixelHeight() <= 0 || header.pixelWidth() > MAX_PIXELS
                || header.pixelHeight() > MAX_PIXELS) {
            throw new InvalidValue("image", "signature.image.too-large", MAX_PIXELS);
        }
    }

    /** An image checked when it was uploaded: its size is read from the PNG header, without decoding it again. */
    static SignatureImage stored(byte[] png, double widthMm) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
        return new SignatureImage(png, widthMm, header.getInt(), header.getInt());
    }

    /** Reads and checks an upload: a PNG, not too big, with an alpha channel. */
    static SignatureImage image(byte[] png, double widthMm) {
        if (png.length == 0 || png.length > MAX_BYTES) {
            throw new InvalidValue("image", "signature.image.size", MAX_BYTES / 1024);
        }
        if (png.length < 24 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new InvalidValue("image", "signature.image.not-png");
        }
        try {
            checkDimensions(png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new InvalidValue("image", "signature.image.not-png");
            }
            if (!image.getColorModel().hasAlpha()) {
                throw new InvalidValue("image", "signature.image.not-transparent");
            }
            return new SignatureImage(png, widthMm, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new InvalidValue("image", "signature.image.not-png");
        }
    }
}
