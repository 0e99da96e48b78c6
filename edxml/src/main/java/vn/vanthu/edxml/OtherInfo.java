package vn.vanthu.edxml;

import java.util.List;

/**
 * The remaining printed details of a document that receivers register (urgency, circulation, copies, pages).
 *
 * @param priority the urgency, 0 normal to 4 flash with a set time, or {@code null}
 * @param sphereOfPromulgation the circulation (e.g. "Lưu hành nội bộ"), or {@code null}
 * @param typerNotation the typist's initials, or {@code null}
 * @param promulgationAmount the number of copies issued, or {@code null}
 * @param pageAmount the number of pages, or {@code null}
 * @param direction the {@code Direction} flag of the government SDK, or {@code null}
 * @param appendixes the titles of the appendixes, never {@code null}
 */
public record OtherInfo(Integer priority, String sphereOfPromulgation, String typerNotation,
                        Integer promulgationAmount, Integer pageAmount, Boolean direction, List<String> appendixes) {

    public OtherInfo {
        appendixes = Check.list(appendixes);
    }
}
