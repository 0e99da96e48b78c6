package vn.vanthu.signature;

/**
 * The picture a signature shows: an official's handwritten signature (blue) or an agency's seal (red), a PNG with a
 * transparent background, and the width it is printed at (for the seal, its real diameter).
 */
public record SignatureImage(byte[] png, double widthMm, int pixelWidth, int pixelHeight) {

    static final double POINTS_PER_MM = 72 / 25.4;

    float widthPoints() {
        return (float) (widthMm * POINTS_PER_MM);
    }

    float heightPoints(float width) {
        return width * pixelHeight / pixelWidth;
    }
}
