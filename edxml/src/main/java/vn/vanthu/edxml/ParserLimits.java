package vn.vanthu.edxml;

/**
 * How much a package may ask of the parser. A package comes from outside, so every dimension an attacker could
 * inflate is bounded: the bytes, the nesting, and the text of one element (attachments go to disk and are bounded
 * by the bytes alone).
 *
 * @param maxPackageBytes the largest package read, in bytes
 * @param maxDepth the deepest element nesting
 * @param maxTextChars the longest text of one element other than attachment content
 */
public record ParserLimits(long maxPackageBytes, int maxDepth, int maxTextChars) {

    /** 250 MB: above what the national hub carries; edXML needs about ten levels of nesting. */
    public static final ParserLimits DEFAULT = new ParserLimits(250L * 1024 * 1024, 64, 1024 * 1024);

    public ParserLimits {
        if (maxPackageBytes < 1 || maxDepth < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with another package size limit. */
    public ParserLimits withMaxPackageBytes(long bytes) {
        return new ParserLimits(bytes, maxDepth, maxTextChars);
    }
}
