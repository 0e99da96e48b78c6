package vn.vanthu.signature;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * Where a visible signature goes, in PDF points (1/72 inch) from the top-left corner of the page, as the official
 * picked it by clicking the page in the viewer.
 *
 * @param page 1 for the first page; 0 for the last
 * @param x left edge
 * @param y top edge
 * @param width the signature image's width; empty for the size it was uploaded with
 */
public record Placement(@Min(0) int page, @DecimalMin("0") float x, @DecimalMin("0") float y,
        @Nullable @DecimalMin("10") Float width) {
}
