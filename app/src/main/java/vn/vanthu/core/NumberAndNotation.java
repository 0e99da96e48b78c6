package vn.vanthu.core;

import org.jspecify.annotations.Nullable;

/** "Số/ký hiệu" as Decree 30 writes it: the number, a slash, the notation ({@code 15/CT-UBND}). */
public final class NumberAndNotation {

    private NumberAndNotation() {
    }

    public static @Nullable String of(@Nullable String number, @Nullable String notation) {
        if (number == null && notation == null) {
            return null;
        }
        return (number == null ? "" : number) + "/" + (notation == null ? "" : notation);
    }
}
