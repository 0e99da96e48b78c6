package vn.vanthu.edxml;

import java.time.LocalDate;

/**
 * Where and when the document was issued, as printed under its national motto.
 *
 * @param place the place of issue (e.g. "Hà Nội"), or {@code null}
 * @param promulgationDate the date of issue, written {@code yyyy/MM/dd}, or {@code null}
 */
public record PromulgationInfo(String place, LocalDate promulgationDate) {
}
